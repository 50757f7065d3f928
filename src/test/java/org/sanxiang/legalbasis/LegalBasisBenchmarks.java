package org.sanxiang.legalbasis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.sanxiang.ledger.AppendOnlyTrigger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throughput of the discretion calculator on the shipped catalogue (H2 in memory): the
 * full {@code calculate} (reads the type, the benchmark revisions and the cited article
 * versions) and {@code resolve} alone, against the pure band-and-range computation
 * ({@code assess}) on the same inputs as the baseline, measured in the same run. Rewrites
 * its section of docs/benchmarks.md.
 */
public final class LegalBasisBenchmarks {

	static final String START = "<!-- legalbasis:start -->";

	static final String END = "<!-- legalbasis:end -->";

	private LegalBasisBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(
				"jdbc:h2:mem:legal-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		AppendOnlyTrigger.answerToFormerName();
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(h2);
		ApplicationEventPublisher events = (event) -> {
		};
		Clock clock = Clock.systemUTC();
		LegalTexts texts = new LegalTexts(jdbc, events, clock,
				org.sanxiang.core.BusinessTime.of(clock, java.time.ZoneId.of("Asia/Shanghai")));
		ViolationCatalogue catalogue = new ViolationCatalogue(jdbc, events, clock);
		new ShippedLegalBasis(texts, catalogue, new EnforcementMatters(jdbc, texts, catalogue, events, clock), events,
				clock)
			.run(null);
		DiscretionCalculator calculator = new DiscretionCalculator(catalogue, texts);

		LocalDate date = LocalDate.of(2026, 6, 1);
		List<DiscretionRequest> requests = new ArrayList<>();
		List<ViolationType> types = new ArrayList<>();
		List<Benchmark> benchmarks = new ArrayList<>();
		for (ViolationType type : catalogue.all()) {
			Benchmark benchmark = catalogue.benchmarkOn(type.code(), date);
			Map<String, String> answers = new java.util.HashMap<>();
			benchmark.factors().forEach((f) -> answers.put(f.code(), f.options().get(f.options().size() - 1).code()));
			requests.add(DiscretionRequest.of(type.code(), answers, type.parties().iterator().next(), date)
				.following(type.dailyOriginals().isEmpty() ? null : type.dailyOriginals().get(0), date.minusDays(60))
				.with(Quantity.TOTAL_INVESTMENT, new java.math.BigDecimal("12345678.90"))
				.with(Quantity.DISPOSAL_COST, new java.math.BigDecimal("456789"))
				.with(Quantity.OCCURRENCES, java.math.BigDecimal.valueOf(4))
				.with(Quantity.ORIGINAL_FINE, new java.math.BigDecimal("200000"))
				.withContinuingDays(date.minusDays(20), date.minusDays(2)));
			types.add(type);
			benchmarks.add(benchmark);
		}
		int n = requests.size();
		double assess = rate(200_000, (i) -> DiscretionCalculator.assess(types.get(i % n), types.get(i % n).current(),
				benchmarks.get(i % n), requests.get(i % n)));
		double resolve = rate(20_000, (i) -> texts.resolve(types.get(i % n).penaltyProvisions().get(0), date));
		double calculate = rate(5_000, (i) -> calculator.calculate(requests.get(i % n)));

		String section = START + "\n## Legal basis: discretion calculator\n\n" + "Measured " + LocalDate.now() + " on "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + ". Command: `mvn -B -DskipTests test-compile "
				+ "exec:exec@legalbasis-benchmark -Pbench` (also part of `mvn -B -Pbench -DskipTests verify`). Shipped "
				+ "catalogue (" + n + " violation types, heaviest answers, bases given) on H2 in memory; one thread; "
				+ "each figure after an equal warm-up.\n\n| what | rate | × baseline |\n|---|---:|---:|\n"
				+ String.format(
						"| `assess` — band and range only, benchmark in memory (baseline) | %,.0f /s | 1.00 |%n",
						assess)
				+ String.format(
						"| `LegalTexts.resolve` — one citation to the text in force on a date | %,.0f /s | %.4f |%n",
						resolve, resolve / assess)
				+ String.format(
						"| `DiscretionCalculator.calculate` — type, benchmark revisions, all cited texts, explanation | %,.0f /s | %.4f |%n",
						calculate, calculate / assess)
				+ String.format("%nTarget: a calculator answer in under 5 ms (≥ 200 /s) — **%s** (%.2f ms each).%n",
						calculate >= 200 ? "met" : "not met", 1000 / calculate)
				+ END + "\n";
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + "\n" + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

	static double rate(int count, IntConsumer work) {
		for (int i = 0; i < count; i++) {
			work.accept(i);
		}
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			work.accept(i);
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

}
