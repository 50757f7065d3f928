package org.sanxiang.ledger;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.sanxiang.storage.FileSystemBlobStore;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process is killed (SIGKILL) at 20 random points while it appends and
 * signs checkpoints. After each kill the log must be gap-free, contain every acknowledged
 * entry, and agree with every signed checkpoint.
 */
class LedgerCrashTests {

	static final int KILLS = 20;

	@Test
	void killingTheProcessDuringAppendsLosesNothingAcknowledgedAndLeavesTheLogConsistent() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
				.load()
				.migrate();
			Path keys = Files.createTempDirectory("ledger-crash-keys");
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			Random random = new Random(20261129);
			Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
			for (int round = 0; round < KILLS; round++) {
				Process victim = new ProcessBuilder(
						List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
								System.getProperty("java.class.path"), CrashAppender.class.getName(),
								postgres.getJdbcUrl("postgres", "postgres"), keys.toString(), "round" + round))
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
				Thread reader = new Thread(() -> {
					try (BufferedReader out = new BufferedReader(
							new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
						String line;
						while ((line = out.readLine()) != null) {
							if (line.startsWith("ACK ")) {
								acknowledged.add(Long.parseLong(line.substring(4)));
							}
						}
					}
					catch (java.io.IOException ex) {
						// the victim died mid-line
					}
				});
				reader.start();
				long before = acknowledged.size();
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				// two acknowledgements, so the kill lands while appends are flowing (a
				// loaded machine
				// may otherwise manage a single one before the random kill)
				while (acknowledged.size() < before + 2 && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
				Thread.sleep(random.nextInt(400));
				victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				reader.join(5000);

				List<Long> stored = jdbc.sql("select entry_index from ledger_entry order by entry_index")
					.query(Long.class)
					.list();
				assertThat(stored).as("round %d: the acknowledged entries are all there", round)
					.containsAll(acknowledged);
				List<Long> expected = new ArrayList<>();
				for (long i = 0; i < stored.size(); i++) {
					expected.add(i);
				}
				assertThat(stored).as("round %d: no gaps", round).isEqualTo(expected);
				IntegrityReport report = new LedgerIntegrity(new LedgerStore(jdbc), new LedgerKeys(keys), (event) -> {
				}, Clock.systemUTC(), new FileSystemBlobStore(keys.resolve("blobs")), LedgerIntegrity.BlobCheck.ALL, 0)
					.check("crash-test");
				assertThat(report.problems()).as("round %d", round).isEmpty();
			}
			assertThat(acknowledged).hasSizeGreaterThan(KILLS);
			assertThat(jdbc.sql("select count(*) from ledger_checkpoint").query(Long.class).single()).isPositive();
		}
	}

}
