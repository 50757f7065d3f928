package org.sanxiang.subject;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.ImportReport.DuplicatePolicy;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Regulated-party benchmarks, written to {@code docs/benchmarks.md}: the 100,000-row XLSX
 * import (rows/s and peak heap, against reading the same file without validating or
 * writing, and against a 20,000-row import for flatness), and search p99 at 100,000
 * parties through the service against the same SQL run raw.
 */
public final class SubjectBenchmarks {

	static final String START = "<!-- subject:start -->";

	static final String END = "<!-- subject:end -->";

	/** The raw {@code like} scan takes up to a second on H2: fewer lookups for it. */
	static final int RAW_LOOKUPS = 100;

	private SubjectBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		Path work = Files.createTempDirectory("subject-bench");
		String h2 = measure("H2 file database (embedded: it shares the JVM and its heap)",
				"jdbc:h2:file:" + work.resolve("db")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", work.resolve("h2"));
		String postgres;
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				java.sql.Connection connection = server.getPostgresDatabase().getConnection()) {
			postgres = measure(
					"PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
							+ " (embedded server in its own process: the heap is the application's alone)",
					server.getJdbcUrl("postgres", "postgres"), "postgres", work.resolve("pg"),
					"--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
		}
		String section = START + "\n## Regulated parties: XLSX import and search\n\nMeasured " + LocalDate.now()
				+ " on " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
				+ " " + System.getProperty("java.version") + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1 << 20)
				+ " MB, on both databases in turn. Command: `mvn -B -DskipTests test-compile "
				+ "exec:exec@subject-benchmark -Pbench`. Files generated with SXSSF, 14 columns, 1 % bad rows "
				+ "(bad check character, missing name, duplicate code, 10,000-character cell, formula); an import is "
				+ "preview (stream, validate) + confirm (stream again, validate, seal phones with SM4-GCM, write parties, "
				+ "contacts, change list and name index in JDBC batches of 1,000, one transaction). Heap: *peak in use* "
				+ "samples every 20 ms and includes garbage not yet collected; *peak live* is the most the heap held "
				+ "right after a collection. Search: 500 lookups each after 50 warm-up (the raw SQL 100 after 10, "
				+ "since it scans); {i} is a random number below 100,000. The service looks a name substring up in "
				+ "the bigram index (`subject_name_gram`, see `docs/subject.md`) and checks the candidates; the "
				+ "baseline is the same query as plain SQL, `name like '%…%'`. On PostgreSQL the connection pool sets "
				+ "`reWriteBatchedInserts` as the `pg` profile does, and `vacuum analyze` runs after the imports (what "
				+ "autovacuum does within a minute of a bulk load) before the searches.\n" + h2 + postgres + END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	static String measure(String database, String url, String user, Path work, String... extra) throws Exception {
		Files.createDirectories(work);
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=",
				"--sanxiang.subject.key-file=" + work.resolve("keys/subject.key"),
				"--sanxiang.ledger.key-dir=" + work.resolve("ledger"), "--sanxiang.blobs.dir=" + work.resolve("blobs"),
				"--logging.file.name=" + work.resolve("log"), "--logging.level.root=WARN", "--server.port=0",
				"--sanxiang.demo.enabled=true", "--sanxiang.demo.document-history=0"));
		arguments.addAll(List.of(extra));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new))) {
			return "\n### " + database + "\n\n" + run(context, work);
		}
	}

	static String run(ConfigurableApplicationContext context, Path work) throws Exception {
		PartyImport imports = context.getBean(PartyImport.class);
		PartyRegistry registry = context.getBean(PartyRegistry.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Agency hailin = context.getBean(AgencyDirectory.class)
			.all()
			.stream()
			.filter((a) -> a.code().equals("HLJ-MDJ-HL"))
			.findFirst()
			.orElseThrow();
		Set<Long> scope = Set.of(hailin.id());
		List<ImportColumn> columns = List.of(ImportColumn.values());

		Path small = ImportFiles.write(work.resolve("20k.xlsx"), 7, 20_000, columns);
		Path big = ImportFiles.write(work.resolve("100k.xlsx"), 8, 100_000, columns);
		double readOnly = timed(() -> SheetReader.read(big, 500, (row, cells) -> {
		}));
		Measured smallImport = importOnce(imports, small, hailin.id(), scope);
		Measured bigImport = importOnce(imports, big, hailin.id(), scope);
		boolean postgres = context.getEnvironment()
			.getProperty("spring.datasource.url", "")
			.startsWith("jdbc:postgresql");
		if (postgres) {
			// what autovacuum does within a minute of a bulk load: visibility map and
			// statistics
			jdbc.sql("vacuum analyze").update();
		}
		long parties = jdbc.sql("select count(*) from subject_party where agency_id = :a")
			.param("a", hailin.id())
			.query(Long.class)
			.single();

		Random random = new Random(42);
		String rawSql = "select id, agency_id, kind, name, credit_code, region_code, id_number_masked, phone_masked,"
				+ " key_polluter, management_class from subject_party where agency_id in (:agencies) and %s"
				+ " order by id desc limit 21 offset 0";
		int[] byName = random.ints(500, 0, 100_000).toArray();
		int[] byCode = random.ints(500, 0, 100_000).toArray();
		List<String[]> nameLookups = List.of(
				new String[] { "one party: `8号企业{i}有` (every bigram shared by thousands)", "8号企业%d有" },
				new String[] { "a few parties: `企业{i}`", "企业%d" }, new String[] { "no party: `华盛{i}`", "华盛%d" },
				new String[] { "every party: `有限公司` (first page)", "有限公司" });
		StringBuilder nameRows = new StringBuilder();
		double worstName = 0;
		for (String[] lookup : nameLookups) {
			double[] service = latencies(byName,
					(i) -> registry.search(scope, String.format(lookup[1], i), null, 0).items().size());
			double[] raw = latencies(Arrays.copyOf(byName, RAW_LOOKUPS),
					(i) -> jdbc.sql(String.format(rawSql, "name like :p"))
						.param("agencies", scope)
						.param("p", "%" + String.format(lookup[1], i) + "%")
						.query()
						.listOfRows());
			nameRows.append(row(lookup[0], service, raw));
			worstName = Math.max(worstName, p(service, 99));
		}
		double[] serviceCode = latencies(byCode,
				(i) -> registry.search(scope, ImportFiles.creditCode(8, i), null, 0).items().size());
		double[] rawCode = latencies(byCode,
				(i) -> jdbc.sql(String.format(rawSql, "credit_code = :c"))
					.param("agencies", scope)
					.param("c", ImportFiles.creditCode(8, i))
					.query()
					.listOfRows());
		String nameOf = "导入测试8号企业%d有限公司";
		if (registry.search(scope, String.format(nameOf, 12), null, 0).items().size() != 1
				|| registry.search(scope, "8号企业12有", null, 0).items().size() != 1) {
			throw new IllegalStateException("search did not find the one party: the benchmark measures nothing");
		}

		return "| what | rows | seconds (of which preview) | rows/s | peak heap in use | peak live heap |\n"
				+ "|---|---:|---:|---:|---:|---:|\n"
				+ String.format(
						"| baseline: SAX read of the 100,000-row file only | 100,000 | %.1f | %,.0f | — | — |%n",
						readOnly, 100_000 / readOnly)
				+ String.format("| import 20,000 rows | 20,000 | %.1f (%.1f) | %,.0f | %,d MB | %,d MB |%n",
						smallImport.seconds, smallImport.previewSeconds, 20_000 / smallImport.seconds,
						smallImport.peakMb, smallImport.liveMb)
				+ String.format("| import 100,000 rows | 100,000 | %.1f (%.1f) | %,.0f | %,d MB | %,d MB |%n",
						bigImport.seconds, bigImport.previewSeconds, 100_000 / bigImport.seconds, bigImport.peakMb,
						bigImport.liveMb)
				+ String.format(
						"%nImport target < 60 s for 100,000 rows: **%s** (%.1f s, %.1f× the read-only baseline). Memory: peak live "
								+ "heap at 100,000 rows is %.2f× the peak at 20,000 rows (flat memory means close to 1×).%n",
						bigImport.seconds < 60 ? "met" : "not met", bigImport.seconds, bigImport.seconds / readOnly,
						(double) bigImport.liveMb / Math.max(1, smallImport.liveMb))
				+ String.format("%nSearch with %,d parties in the agency:%n%n", parties)
				+ "| lookup | service p50 | service p99 | raw SQL p50 | raw SQL p99 |\n|---|---:|---:|---:|---:|\n"
				+ nameRows + row("exact credit code (index)", serviceCode, rawCode)
				+ String.format("%nTarget p99 < 50 ms: **%s** for name (worst p99 %.1f ms), **%s** for credit code.%n",
						worstName < 50 ? "met" : "not met", worstName, p(serviceCode, 99) < 50 ? "met" : "not met");
	}

	/**
	 * One import: seconds, the peak heap in use (garbage included, sampled every 20 ms),
	 * the peak heap still live after a collection (what the import holds), and the
	 * preview's share of the seconds.
	 */
	record Measured(double seconds, long peakMb, long liveMb, double previewSeconds) {
	}

	static Measured importOnce(PartyImport imports, Path file, long agencyId, Set<Long> scope) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long[] peak = { 0 };
		long[] live = { 0 };
		NotificationListener afterGc = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = heap.stream()
					.map((p) -> info.getGcInfo().getMemoryUsageAfterGc().get(p.getName()))
					.filter(Objects::nonNull)
					.mapToLong(MemoryUsage::getUsed)
					.sum();
				synchronized (live) {
					live[0] = Math.max(live[0], used);
				}
			}
		};
		List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(NotificationEmitter.class::cast)
			.toList();
		collectors.forEach((c) -> c.addNotificationListener(afterGc, null, null));
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long used = heap.stream().mapToLong((p) -> p.getUsage().getUsed()).sum();
				peak[0] = Math.max(peak[0], used);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		ImportReport[] preview = new ImportReport[1];
		double previewSeconds = timed(() -> {
			try (InputStream in = Files.newInputStream(file)) {
				preview[0] = imports.preview(in, file.getFileName().toString(), agencyId, DuplicatePolicy.REFUSE, scope,
						"bench");
			}
		});
		double seconds = previewSeconds + timed(() -> imports.confirm(preview[0].token(), "bench", scope));
		sampler.interrupt();
		sampler.join();
		for (NotificationEmitter c : collectors) {
			c.removeNotificationListener(afterGc);
		}
		synchronized (live) {
			return new Measured(seconds, peak[0] / (1 << 20), live[0] / (1 << 20), previewSeconds);
		}
	}

	interface Work {

		void run() throws Exception;

	}

	static double timed(Work work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e9;
	}

	static double[] latencies(int[] inputs, IntConsumer lookup) {
		for (int i = 0; i < Math.min(50, inputs.length / 10); i++) {
			lookup.accept(inputs[i]);
		}
		List<Double> millis = new ArrayList<>();
		for (int input : inputs) {
			long start = System.nanoTime();
			lookup.accept(input);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return sorted;
	}

	static double p(double[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
	}

	static String row(String name, double[] service, double[] raw) {
		return String.format("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", name, p(service, 50), p(service, 99),
				p(raw, 50), p(raw, 99));
	}

}
