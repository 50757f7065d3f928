package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 行政执法统计年报 of one year for one agency and the agencies under it: every figure with its
 * count (and sum, for money), due by 31 January of the next year.
 *
 * @param year the year reported
 * @param agencyId the agency reported on (with its subtree)
 * @param agencyName its name
 * @param dueOn 31 January of the next year
 * @param figures every figure, in the report's order
 */
public record AnnualReport(int year, long agencyId, String agencyName, LocalDate dueOn, List<Line> figures) {

	/** One figure's count and (for money) its sum in yuan. */
	public record Line(String key, String group, String label, long count, BigDecimal amount, boolean money) {

		/**
		 * The message key of the figure's name in the UI's language (Chinese default:
		 * label).
		 */
		public String messageKey() {
			return Figure.messageKey(this.key);
		}

		/** The message key of the section's title (Chinese default: group). */
		public String groupMessageKey() {
			return Figure.groupMessageKey(this.group);
		}

		/** The sum as people read it: {@code 50000.00}. */
		public String amountText() {
			return (this.amount == null) ? "0.00"
					: this.amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
		}

	}

	/** The figures by section, in order. */
	public Map<String, List<Line>> groups() {
		Map<String, List<Line>> groups = new LinkedHashMap<>();
		for (Line line : this.figures) {
			groups.computeIfAbsent(line.group(), (g) -> new java.util.ArrayList<>()).add(line);
		}
		return groups;
	}

	public Line line(String key) {
		return this.figures.stream().filter((l) -> l.key().equals(key)).findFirst().orElseThrow();
	}

	/** A record a figure counts. */
	public record Counted(String recordType, long recordId, String label, LocalDate date, String agencyName,
			BigDecimal amount, Long caseId) {

		public String link() {
			return FactKind.link(this.recordType, this.recordId, this.caseId);
		}

		public String recordName() {
			return FactKind.recordName(this.recordType);
		}

		/**
		 * The message key of the record type in the UI's language (Chinese default:
		 * recordName).
		 */
		public String recordMessageKey() {
			return "statistics.recordType." + this.recordType;
		}

	}

	/**
	 * The share of random inspections (双随机抽查) among all inspections counted, in per cent
	 * with one decimal ({@code 62.5}), or null when no inspection is counted.
	 */
	public BigDecimal randomInspectionShare() {
		long random = line(FactKind.INSPECTION + ":RANDOM").count();
		long all = random + line(FactKind.INSPECTION + ":OTHER").count();
		return (all == 0) ? null
				: BigDecimal.valueOf(random * 100L).divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP);
	}

}
