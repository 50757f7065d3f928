package org.sanxiang.subject;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link NameSearchContract} on PostgreSQL. */
@SpringBootTest(properties = { "sanxiang.subject.name-index.common=30", "sanxiang.subject.name-index.enough=0" })
class PostgresNameSearchTests extends NameSearchContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresNameSearchTests.class, registry);
	}

}
