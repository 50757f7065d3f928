package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The canonical byte form of a 行政执法统计年报 whose digests the ledger seals: UTF-8 text, one
 * line per item, each ending with LF —
 *
 * <pre>
 * sanxiang-annual-report/1
 * year=2025
 * agency=2
 * agencies=2,3            (the agencies counted, ascending)
 * figure=KEY\tCOUNT\tAMOUNT   (every figure in the report's order; amount in yuan, 2 decimals)
 * record=KIND\tCATEGORY\tRECORD_TYPE\tRECORD_ID\tDATE\tAMOUNT   (every counted fact, '-' for no amount;
 *                          the lines in ascending order of their bytes)
 * </pre>
 *
 * Two reports of the same records give the same bytes (docs/statistics.md).
 */
final class AnnualReportStatement {

	static final String FORMAT = "sanxiang-annual-report/1";

	private AnnualReportStatement() {
	}

	/** One counted fact as it appears in the statement. */
	record Counted(String kind, String category, String recordType, long recordId, java.time.LocalDate date,
			BigDecimal amount) {

		String line() {
			return "record=" + this.kind + "\t" + this.category + "\t" + this.recordType + "\t" + this.recordId + "\t"
					+ this.date + "\t" + ((this.amount == null) ? "-" : money(this.amount));
		}

	}

	static String of(AnnualReport report, Collection<Long> agencies, Collection<Counted> records) {
		StringBuilder text = new StringBuilder(FORMAT).append('\n');
		text.append("year=").append(report.year()).append('\n');
		text.append("agency=").append(report.agencyId()).append('\n');
		text.append("agencies=")
			.append(new TreeSet<>(agencies).stream().map(String::valueOf).collect(Collectors.joining(",")))
			.append('\n');
		for (AnnualReport.Line line : report.figures()) {
			text.append("figure=")
				.append(line.key())
				.append('\t')
				.append(line.count())
				.append('\t')
				.append(money(line.amount()))
				.append('\n');
		}
		List<String> lines = new ArrayList<>(records.stream().map(Counted::line).toList());
		lines.sort(AnnualReportStatement::byBytes);
		lines.forEach((line) -> text.append(line).append('\n'));
		return text.toString();
	}

	static byte[] bytes(String statement) {
		return statement.getBytes(StandardCharsets.UTF_8);
	}

	/** The figures of a statement: key → {@code COUNT\tAMOUNT}, in order. */
	static Map<String, String> figures(String statement) {
		Map<String, String> figures = new LinkedHashMap<>();
		statement.lines().filter((l) -> l.startsWith("figure=")).forEach((l) -> {
			String[] parts = l.substring("figure=".length()).split("\t", 2);
			figures.put(parts[0], (parts.length > 1) ? parts[1] : "");
		});
		return figures;
	}

	/** The record lines of a statement. */
	static Set<String> records(String statement) {
		return statement.lines().filter((l) -> l.startsWith("record=")).collect(Collectors.toSet());
	}

	static String money(BigDecimal amount) {
		return ((amount == null) ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static int byBytes(String a, String b) {
		return java.util.Arrays.compareUnsigned(bytes(a), bytes(b));
	}

}
