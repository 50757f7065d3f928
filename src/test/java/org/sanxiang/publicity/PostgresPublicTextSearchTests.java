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

	@org.springframework.beans.factory.annotation.Autowired
	PublicTextSearch textSearch;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresPublicTextSearchTests.class, registry);
	}

	@Test
	void theQueryUsesTheBigramIndex() throws Exception {
		published("东宁市金禾化工有限公司废气超标案", "当事人东宁市金禾化工有限公司挥发性有机物超标排放。");
		assertThat(plan("金禾化工")).contains("publicity_publication_text_gram");
	}

	@Test
	void theIndexIsNotAskedForAPairInMostTextsAndTheAnswerStaysTheSame() throws Exception {
		long n = System.nanoTime() % 100_000;
		Publication dye = published("牡丹江鸿运印染有限公司频率案" + n, "当事人牡丹江鸿运印染有限公司偷排废水。");
		Publication paper = published("宁安北方造纸有限公司频率案" + n, "当事人宁安北方造纸有限公司未批先建。");
		// most texts now hold 有限公司; the statistics say so after ANALYZE
		insertPublished("某某有限公司频率" + n, 3_000);
		try (java.sql.Connection c = this.dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
			s.execute("analyze publicity_publication");
		}
		this.textSearch.forgetFrequencies();
		java.util.Map<String, Double> frequencies = this.textSearch.frequencies();
		assertThat(frequencies.get("公司")).isGreaterThan(PublicTextSearch.COMMON);
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("鸿运印染有限公司"), frequencies))
			.contains("鸿运", "运印", "印染")
			.doesNotContain("有限", "限公", "公司");
		// like still decides: the same decisions as before, none that only share the
		// common pairs
		assertThat(api("鸿运印染有限公司")).contains(dye.publicId()).doesNotContain(paper.publicId());
		assertThat(api("北方造纸有限公司")).contains(paper.publicId()).doesNotContain(dye.publicId());
		assertThat(api("印染有限公司频率案" + n)).containsExactly(dye.publicId());
		// a query of common pairs only still asks the index for its two rarest
		assertThat(PublicTextSearch.selective(PublicTextSearch.bigrams("有限公司"), frequencies)).hasSize(2);
	}

}
