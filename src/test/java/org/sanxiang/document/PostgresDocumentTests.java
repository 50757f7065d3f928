package org.sanxiang.document;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class PostgresDocumentTests extends DocumentContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresDocumentTests.class, registry);
	}

}
