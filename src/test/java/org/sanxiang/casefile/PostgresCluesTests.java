package org.sanxiang.casefile;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Clues on PostgreSQL: the same migration (V52), calendar, party link and 一企一档. */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues-pg")
class PostgresCluesTests extends CluesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresCluesTests.class, registry);
	}

}
