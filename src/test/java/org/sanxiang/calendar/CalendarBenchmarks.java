package org.sanxiang.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link WorkingCalendarBenchmark} and writes its section of
 * {@code docs/benchmarks.md}: every figure beside the baseline measured in the same run.
 */
public final class CalendarBenchmarks {

	static final String START = "<!-- calendar:start -->";

	static final String END = "<!-- calendar:end -->";

	private CalendarBenchmarks() {
	}

	public static void main(String[] args) throws RunnerException, IOException {
		Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
		Options options = new OptionsBuilder().include(WorkingCalendarBenchmark.class.getName())
			.forks(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(1))
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, double[]> scores = new TreeMap<>();
		for (RunResult result : results) {
			String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			scores.put(name,
					new double[] { result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError() });
		}
		double baseline = scores.get("plainPlusDaysLoop")[0];
		StringBuilder section = new StringBuilder(START).append("\n## Working-day calendar: `addWorkingDays`\n\n");
		section.append("Measured ")
			.append(LocalDate.now())
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, ")
			.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.version"))
			.append(". Command: `mvn -B -Pbench -DskipTests verify` (JMH, 1 fork, 3×1 s warm-up, 5×1 s measurement). ")
			.append("Random start dates 2019-01-01..2026-09-30, n uniform in 0..60, same inputs for every row.\n\n");
		section.append("| benchmark | ns/op | ± (99.9 %) | × baseline |\n|---|---:|---:|---:|\n");
		scores.forEach((name, score) -> section
			.append(String.format("| %s | %.1f | %.1f | %.2f |%n", name, score[0], score[1], score[0] / baseline)));
		double ratio = scores.get("addWorkingDays")[0] / baseline;
		section.append(
				"\nBaseline: `plainPlusDaysLoop` (n × `LocalDate.plusDays(1)`, no calendar). Target: `addWorkingDays` ")
			.append("within 10× of the baseline — ")
			.append(ratio <= 10 ? "**met**" : "**not met**")
			.append(String.format(" (%.2f×).%n", ratio))
			.append(END)
			.append('\n');
		String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
		String updated = existing.contains(START) ? existing.substring(0, existing.indexOf(START)) + section
				+ existing.substring(existing.indexOf(END) + END.length() + 1) : existing + section;
		Files.writeString(report, updated);
		System.out.println(section);
	}

}
