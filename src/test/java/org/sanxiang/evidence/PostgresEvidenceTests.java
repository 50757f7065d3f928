package org.sanxiang.evidence;

import org.sanxiang.EmbeddedPostgresSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class PostgresEvidenceTests extends EvidenceContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresEvidenceTests.class, registry);
	}

}
