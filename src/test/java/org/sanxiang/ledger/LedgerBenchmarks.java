package org.sanxiang.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.ledger.verifier.MerkleHashes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ledger benchmarks, written to {@code docs/benchmarks.md}: durable appends per second on
 * H2 (file) and PostgreSQL, one entry per transaction and batched, beside raw SHA-256
 * hashing of the same leaves in the same run; inclusion and consistency proof latency at
 * 1,000,000 entries. Run with {@code mvn -B -Pbench -DskipTests verify}.
 */
public final class LedgerBenchmarks {

	static final String START = "<!-- ledger:start -->";

	static final String END = "<!-- ledger:end -->";

	static final int APPENDS = 3000;

	static final int BATCH = 100;

	static final StringBuilder RESULTS = new StringBuilder();

	private LedgerBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		StringBuilder rows = new StringBuilder();
		double hashing = rawHashing();
		rows.append(String.format("| raw SHA-256 of the entry bytes (baseline, no storage) | %,.0f /s | 1.00 |%n",
				hashing));

		Path h2dir = Files.createTempDirectory("ledger-bench-h2");
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + h2dir.resolve("ledger")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		h2.setUser("sa");
		appendRows(rows, "H2 (file)", h2, "h2", hashing);

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			appendRows(rows, "PostgreSQL (embedded, fsync on)", postgres.getPostgresDatabase(), "postgresql", hashing);
		}

		String proofs = proofLatency(1_000_000);
		String section = START + "\n## Ledger: appends and proofs\n\n" + "Measured " + LocalDate.now() + " on "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + ". Command: `mvn -B -Pbench -DskipTests verify`. Each append "
				+ "takes its index under the head-row lock, encodes the entry, hashes it and inserts it; a transaction "
				+ "commits one entry (`Ledger.append`, " + APPENDS + " appends), or " + BATCH
				+ " entries reserved and inserted together (`Ledger.appendAll`, " + (APPENDS * 5) + " appends), "
				+ "after 300 warm-up appends.\n\n| what | rate | × baseline |\n|---|---:|---:|\n" + rows
				+ "\nTarget: ≥ 2,000 durable appends/s (batched as the design allows). " + RESULTS.toString().strip()
				+ "\n\n" + proofs + END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	static double rawHashing() {
		List<byte[]> inputs = new ArrayList<>();
		for (int i = 0; i < 200_000; i++) {
			inputs.add(EntryEncoding
				.encode(i, new TestRecord("bench-" + i, "content " + i, true), Instant.now(), "bench", 1L)
				.leafInput()
				.getBytes(StandardCharsets.UTF_8));
		}
		long sink = 0;
		for (int round = 0; round < 2; round++) {
			for (byte[] input : inputs) {
				sink += MerkleHashes.leaf(input)[0];
			}
		}
		long start = System.nanoTime();
		for (byte[] input : inputs) {
			sink += MerkleHashes.leaf(input)[0];
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink);
		}
		return inputs.size() / seconds;
	}

	static void appendRows(StringBuilder rows, String name, DataSource dataSource, String vendor, double baseline) {
		AppendOnlyTrigger.answerToFormerName();
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load()
			.migrate();
		LedgerStore store = new LedgerStore(JdbcClient.create(dataSource));
		Ledger ledger = new Ledger(store, null, java.time.Clock.systemUTC(), "bench", (event) -> {
		});
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		appendAll(ledger, transactions, 300, 1);
		double single = appendAll(ledger, transactions, APPENDS, 1);
		double batched = appendAll(ledger, transactions, APPENDS * 5, BATCH);
		RESULTS.append(String.format("%s: %,.0f /s batched (%s). ", name, batched,
				batched >= 2000 ? "target met" : "target not met"));
		rows.append(String.format("| %s, one entry per transaction | %,.0f /s | %.4f |%n", name, single,
				single / baseline));
		rows.append(String.format("| %s, %d entries per transaction | %,.0f /s | %.4f |%n", name, BATCH, batched,
				batched / baseline));
	}

	static double appendAll(Ledger ledger, TransactionTemplate transactions, int count, int batch) {
		long start = System.nanoTime();
		for (int done = 0; done < count; done += batch) {
			int from = done;
			List<TestRecord> records = new ArrayList<>();
			for (int i = from; i < Math.min(from + batch, count); i++) {
				records.add(new TestRecord("b-" + i, "content " + i, true));
			}
			transactions.executeWithoutResult((status) -> {
				if (records.size() == 1) {
					ledger.append(records.get(0));
				}
				else {
					ledger.appendAll(records);
				}
			});
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	static String proofLatency(int size) {
		MerkleTree tree = new MerkleTree();
		Random random = new Random(42);
		byte[] leaf = new byte[32];
		long buildStart = System.nanoTime();
		for (int i = 0; i < size; i++) {
			random.nextBytes(leaf);
			tree.append(MerkleHashes.leaf(leaf));
		}
		double build = (System.nanoTime() - buildStart) / 1e9;
		int samples = 20_000;
		long sink = 0;
		for (int warm = 0; warm < 2; warm++) {
			for (int i = 0; i < samples; i++) {
				sink += tree.inclusionProof(random.nextInt(size), size).size();
				int second = 2 + random.nextInt(size - 1);
				sink += tree.consistencyProof(1 + random.nextInt(second - 1), second).size();
			}
		}
		long start = System.nanoTime();
		for (int i = 0; i < samples; i++) {
			sink += tree.inclusionProof(random.nextInt(size), size).size();
		}
		double inclusion = (System.nanoTime() - start) / 1e3 / samples;
		start = System.nanoTime();
		for (int i = 0; i < samples; i++) {
			int second = 2 + random.nextInt(size - 1);
			sink += tree.consistencyProof(1 + random.nextInt(second - 1), second).size();
		}
		double consistency = (System.nanoTime() - start) / 1e3 / samples;
		start = System.nanoTime();
		for (int i = 0; i < samples; i++) {
			sink += tree.root(1 + random.nextInt(size))[0];
		}
		double root = (System.nanoTime() - start) / 1e3 / samples;
		return String.format("Proofs from the cached tree at %,d entries (built in %.1f s; %,d random requests each "
				+ "after warm-up; checksum %d):%n%n| proof | µs/op | target |%n|---|---:|---|%n"
				+ "| inclusion | %.1f | < 1000 |%n| consistency | %.1f | < 1000 |%n| root of an earlier size | %.1f | — |%n%n",
				size, build, samples, sink % 1000, inclusion, consistency, root);
	}

}
