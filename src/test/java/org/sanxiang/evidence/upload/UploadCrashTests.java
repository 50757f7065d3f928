package org.sanxiang.evidence.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.UuidUploadIdFactory;
import me.desair.tus.server.upload.disk.DiskStorageService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.ledger.AppendOnlyTrigger;
import org.sanxiang.ledger.LedgerProbe;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.storage.FileSystemBlobStore;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application is killed (SIGKILL) at 20 random points while it receives tus PATCHes,
 * finalises complete uploads into the blob store and registers them as evidence sealed in
 * the ledger ({@link UploadCrashVictim}, a child JVM on an H2 file database opened with
 * the application's URL settings). After each kill: every acknowledged offset is still
 * there (or its upload finished), every acknowledged result and item has its row and its
 * bytes, and no row lacks its bytes. After a last run that finishes what is left and the
 * clean-up job: every acknowledged upload is an item, no partial upload, temporary or
 * unreferenced file is left, and the ledger's integrity check (which re-hashes every
 * sealed blob) is clean.
 */
class UploadCrashTests {

	static final int KILLS = Integer.getInteger("crash.kills", 20);

	@TempDir
	Path root;

	final Map<UUID, Long> acknowledgedOffsets = new ConcurrentHashMap<>();

	final Map<UUID, ContentDigests> acknowledgedResults = new ConcurrentHashMap<>();

	final Map<Long, String> acknowledgedItems = new ConcurrentHashMap<>();

	final List<String> refusals = new CopyOnWriteArrayList<>();

	final AtomicInteger acknowledgements = new AtomicInteger();

	final List<Long> startup = new CopyOnWriteArrayList<>();

	@Test
	void killingTheProcessDuringUploadsAndFinalisationLosesNothingAcknowledgedAndLeavesNoOrphan() throws Exception {
		UploadCrashContext.Place place = new UploadCrashContext.Place(this.root);
		prepareDatabase(place);
		Random random = new Random(20261130);
		for (int round = 0; round < KILLS; round++) {
			long logStart = victimLogSize();
			Process victim = start(place, String.valueOf(random.nextLong()));
			int before = this.acknowledgements.get();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (this.acknowledgements.get() < before + 2 && victim.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(random.nextInt(1500));
			if (!victim.isAlive()) {
				fail("round %d: the victim ended by itself (exit value %d) after %d acknowledgements; it wrote:%n%s",
						round, victim.exitValue(), this.acknowledgements.get() - before, victimLog(logStart));
			}
			victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			Thread.sleep(100); // the reader drains what the victim wrote before it died
			checkAfterKill(place, round);
			System.out.printf("round %d: %d acknowledgements, %d items, started in %s ms%n", round,
					this.acknowledgements.get(), this.acknowledgedItems.size(), this.startup);
		}
		assertThat(this.refusals).as("requests refused after a restart").isEmpty();

		Process last = start(place, "finish");
		assertThat(last.waitFor(60, TimeUnit.SECONDS)).as("the last run finishes what is left").isTrue();
		Thread.sleep(100);
		assertThat(last.exitValue()).isZero();
		assertThat(this.refusals).as("requests refused after a restart").isEmpty();
		checkAfterKill(place, KILLS);

		try (AnnotationConfigApplicationContext context = UploadCrashContext.start(place,
				Clock.offset(Clock.systemUTC(), Duration.ofDays(2)))) {
			context.getBean(UploadCleanup.class).run();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String> finished = jdbc.sql("select upload_id from evidence_upload").query(String.class).list();
			List<String> registered = jdbc.sql("select owner_id from evidence_item").query(String.class).list();
			assertThat(finished).as("every acknowledged upload finished")
				.containsAll(this.acknowledgedOffsets.keySet().stream().map(UUID::toString).toList());
			assertThat(registered).as("each finished upload registered once")
				.containsExactlyInAnyOrderElementsOf(finished);
			assertThat(entries(place.uploads().resolve("uploads"))).as("partial uploads left after the clean-up job")
				.isEmpty();
			assertThat(entries(place.blobs().resolve("tmp"))).as("temporary blob files left after the clean-up job")
				.isEmpty();
			List<String> sealed = jdbc.sql("select sha256 from evidence_upload").query(String.class).list();
			try (Stream<Path> blobs = Files.walk(place.blobs().resolve("sha256"))) {
				assertThat(blobs.filter(Files::isRegularFile).map((p) -> p.getFileName().toString()))
					.as("every stored file belongs to a finished upload")
					.allMatch(sealed::contains);
			}
			LedgerProbe.Integrity integrity = LedgerProbe.integrity(context, "crash-test");
			assertThat(integrity.problems()).isEmpty();
			assertThat(integrity.entries()).isEqualTo(registered.size());
		}
		assertThat(this.acknowledgedItems).hasSizeGreaterThanOrEqualTo(KILLS / 2);
	}

	private void prepareDatabase(UploadCrashContext.Place place) {
		AppendOnlyTrigger.answerToFormerName();
		SingleConnectionDataSource db = new SingleConnectionDataSource(place.jdbcUrl(), "sa", "", true);
		try {
			Flyway.configure()
				.dataSource(db)
				.locations("classpath:db/migration/common", "classpath:db/migration/h2")
				.load()
				.migrate();
			JdbcClient jdbc = JdbcClient.create(db);
			jdbc.sql(
					"insert into agency (code, name, short_name, level, path) values ('CRASH', '崩溃测试局', '崩溃', 'CITY', :path)")
				.param("path", UploadCrashVictim.AGENCY_PATH)
				.update();
			jdbc.sql(
					"""
							insert into officer (agency_id, name, certificate_number, issuing_authority, valid_from, valid_to, status)
							select id, '测试执法人员', :certificate, '测试', date '2020-01-01', date '2099-12-31', 'VALID'
							from agency where code = 'CRASH'""")
				.param("certificate", UploadCrashVictim.CERTIFICATE)
				.update();
		}
		finally {
			db.destroy();
		}
	}

	private static final Path VICTIM_LOG = Path.of("target", "upload-crash-victim.log");

	private static long victimLogSize() throws IOException {
		return Files.exists(VICTIM_LOG) ? Files.size(VICTIM_LOG) : 0;
	}

	/**
	 * What the victims wrote to standard error since {@code from}: the last 8 KB of it.
	 */
	private static String victimLog(long from) {
		try {
			byte[] all = Files.readAllBytes(VICTIM_LOG);
			int start = (int) Math.max(from, all.length - 8192L);
			return new String(all, start, all.length - start, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	private Process start(UploadCrashContext.Place place, String argument) throws IOException {
		Process victim = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
				UploadCrashVictim.class.getName(), place.root().toString(), argument))
			.redirectError(ProcessBuilder.Redirect.appendTo(VICTIM_LOG.toFile()))
			.start();
		Thread reader = new Thread(() -> read(victim));
		reader.setDaemon(true);
		reader.start();
		return victim;
	}

	private void read(Process victim) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				String[] f = line.split(" ");
				switch (f[0]) {
					case "OFFSET" ->
						this.acknowledgedOffsets.merge(UUID.fromString(f[1]), Long.parseLong(f[2]), Math::max);
					case "FINISHED" ->
						this.acknowledgedResults.put(UUID.fromString(f[1]), new ContentDigests(f[2], f[3]));
					case "ITEM" -> this.acknowledgedItems.put(Long.parseLong(f[1]), f[3]);
					case "REFUSED" -> this.refusals.add(line);
					case "READY" -> {
						this.startup.add(Long.parseLong(f[1]));
						continue;
					}
					default -> {
						continue;
					}
				}
				this.acknowledgements.incrementAndGet();
			}
		}
		catch (IOException | RuntimeException ex) {
			// the victim died mid-line
		}
	}

	private void checkAfterKill(UploadCrashContext.Place place, int round) throws IOException {
		SingleConnectionDataSource db = new SingleConnectionDataSource(place.jdbcUrl(), "sa", "", true);
		try {
			JdbcClient jdbc = JdbcClient.create(db);
			BlobStore blobs = new FileSystemBlobStore(place.blobs());
			DiskStorageService partial = new DiskStorageService(place.uploads().toString());
			partial.setIdFactory(new UuidUploadIdFactory());
			Map<String, ContentDigests> finished = new ConcurrentHashMap<>();
			jdbc.sql("select upload_id, sha256, sm3, file_name from evidence_upload").query((rs) -> {
				finished.put(rs.getString(1), new ContentDigests(rs.getString(2), rs.getString(3)));
				String[] name = rs.getString(4).split("[-.]");
				assertThat(new ContentDigests(rs.getString(2), rs.getString(3)))
					.as("round %d: upload %s holds exactly the bytes sent", round, rs.getString(1))
					.isEqualTo(ContentDigests
						.of(UploadCrashVictim.content(Long.parseLong(name[1]), Integer.parseInt(name[2]))));
			});
			for (Map.Entry<UUID, Long> ack : this.acknowledgedOffsets.entrySet()) {
				if (finished.containsKey(ack.getKey().toString())) {
					continue;
				}
				UploadInfo info = partial.getUploadInfo(new UploadId(ack.getKey()));
				assertThat(info).as("round %d: acknowledged upload %s is there", round, ack.getKey()).isNotNull();
				assertThat(info.getOffset()).as("round %d: acknowledged offset of %s", round, ack.getKey())
					.isGreaterThanOrEqualTo(ack.getValue());
			}
			this.acknowledgedResults.forEach((id, digests) -> assertThat(finished.get(id.toString()))
				.as("round %d: acknowledged result of %s", round, id)
				.isEqualTo(digests));
			Map<Long, String> items = new ConcurrentHashMap<>();
			jdbc.sql("select id, sha256, sm3 from evidence_item").query((rs) -> {
				items.put(rs.getLong(1), rs.getString(2));
				assertThat(blobs.verify(new ContentDigests(rs.getString(2), rs.getString(3))))
					.as("round %d: item %d has its bytes", round, rs.getLong(1))
					.isEqualTo(BlobStore.Integrity.INTACT);
			});
			this.acknowledgedItems
				.forEach((id, sha256) -> assertThat(items.get(id)).as("round %d: acknowledged item %d", round, id)
					.isEqualTo(sha256));
			finished.forEach((id, digests) -> assertThat(blobs.verify(digests))
				.as("round %d: finished upload %s has its bytes", round, id)
				.isEqualTo(BlobStore.Integrity.INTACT));
		}
		finally {
			db.destroy();
		}
	}

	private static List<Path> entries(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.toList();
		}
	}

}
