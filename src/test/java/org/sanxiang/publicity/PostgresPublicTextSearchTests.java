package org.sanxiang.publicity;

import org.junit.jupiter.api.Test;
import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public full-text search on PostgreSQL: the same answers as on H2, and the query
 * goes through the GIN index of bigrams (V75) instead of reading every published text.
 */
@SpringBootTest(properties = { "sanxiang.test.context=publicity-text-pg", "sanxiang.security.password.max-age=3650d" })
class PostgresPublicTextSearchTests extends PublicTextSearchTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresPublicTextSearchTests.class, registry);
	}

	@Test
	void theQueryUsesTheBigramIndex() throws Exception {
		published("东宁市金禾化工有限公司废气超标案", "当事人东宁市金禾化工有限公司挥发性有机物超标排放。");
		assertThat(plan("金禾化工")).contains("publicity_publication_text_gram");
	}

}
