package org.sanxiang.casefile;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case service and API on PostgreSQL: the same migrations, the same lost race. */
@SpringBootTest(properties = "sanxiang.test.context=casefile-pg")
class PostgresCasesTests extends CasesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresCasesTests.class, registry);
	}

}
