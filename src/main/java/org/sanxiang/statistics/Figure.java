package org.sanxiang.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.casefile.MeasureKind;
import org.sanxiang.casefile.Remedy;
import org.sanxiang.review.DecisionAction;

/**
 * One figure of the annual report: the facts of one kind and category. Its key
 * ({@code PENALTY:FINE}) is what the links to its records carry.
 *
 * @param kind the kind of fact counted
 * @param category the category within the kind ({@code ""} if none)
 * @param group the section of the report
 * @param label the figure's name
 * @param money whether the figure's amounts are summed (罚款, 没收)
 */
public record Figure(String kind, String category, String group, String label, boolean money) {

	static final String ACTS = "执法行为";

	static final String PENALTIES = "处罚种类与罚没金额";

	static final String HEARINGS = "听证与法制审核";

	static final String REMEDIES = "行政复议与行政诉讼";

	static final String PUBLICITY = "执法决定公示时效";

	static final String INSPECTIONS = "行政检查与当场处罚";

	static final String COERCION = "行政强制措施";

	static final String LICENSING = "行政许可";

	private static final java.util.Map<String, String> GROUP_CODES = java.util.Map.of(ACTS, "ACTS", PENALTIES,
			"PENALTIES", HEARINGS, "HEARINGS", REMEDIES, "REMEDIES", PUBLICITY, "PUBLICITY", INSPECTIONS, "INSPECTIONS",
			COERCION, "COERCION", LICENSING, "LICENSING");

	/**
	 * The message key of a figure's name in the UI's language
	 * ({@code statistics.figure.PENALTY.FINE}); the Chinese {@link #label()} is the
	 * default.
	 */
	static String messageKey(String figureKey) {
		return "statistics.figure." + figureKey.replace(':', '.');
	}

	/** The message key of a section's title ({@code statistics.group.ACTS}). */
	static String groupMessageKey(String group) {
		return "statistics.group." + GROUP_CODES.getOrDefault(group, "");
	}

	/** Every figure of the report, in the report's order. */
	static final List<Figure> ALL = all();

	/** The message key of the figure's name in the UI's language. */
	public String messageKey() {
		return messageKey(key());
	}

	public String key() {
		return this.category.isEmpty() ? this.kind : this.kind + ":" + this.category;
	}

	static Optional<Figure> byKey(String key) {
		return ALL.stream().filter((f) -> f.key().equals(key)).findFirst();
	}

	private static List<Figure> all() {
		List<Figure> all = new ArrayList<>();
		all.add(new Figure(FactKind.CASE_FILED, "", ACTS, "立案", false));
		all.add(new Figure(FactKind.DECISION_ISSUED, "", ACTS, "作出行政处罚决定", false));
		all.add(new Figure(FactKind.NOT_PUNISHED, "", ACTS, "决定不予行政处罚", false));
		for (DecisionAction action : DecisionAction.values()) {
			all.add(new Figure(FactKind.PENALTY, action.name(), PENALTIES, action.chineseName(),
					action == DecisionAction.FINE));
		}
		all.add(new Figure(FactKind.CONFISCATION, "", PENALTIES, "没收金额", true));
		all.add(new Figure(FactKind.HEARING_HELD, "", HEARINGS, "举行听证", false));
		all.add(new Figure(FactKind.REVIEW, "PASSED", HEARINGS, "法制审核通过（轮次）", false));
		all.add(new Figure(FactKind.REVIEW, "RETURNED", HEARINGS, "法制审核退回（轮次）", false));
		for (Remedy.Kind kind : Remedy.Kind.values()) {
			for (Remedy.Outcome outcome : Remedy.Outcome.values()) {
				all.add(new Figure(FactKind.REMEDY, kind.name() + ":" + outcome.name(), REMEDIES,
						kind.chineseName() + "·" + outcome.chineseName(), false));
			}
		}
		all.add(new Figure(FactKind.PUBLICATION, "ON_TIME", PUBLICITY, "按期公开", false));
		all.add(new Figure(FactKind.PUBLICATION, "LATE", PUBLICITY, "逾期公开", false));
		all.add(new Figure(FactKind.PUBLICATION, "OVERDUE", PUBLICITY, "超期未公开", false));
		all.add(new Figure(FactKind.INSPECTION, "RANDOM", INSPECTIONS, "行政检查·双随机抽查", false));
		all.add(new Figure(FactKind.INSPECTION, "OTHER", INSPECTIONS, "行政检查·其他检查", false));
		all.add(new Figure(FactKind.INSPECTION_FINDING, "", INSPECTIONS, "检查发现涉嫌违法", false));
		all.add(new Figure(FactKind.ON_THE_SPOT, "", INSPECTIONS, "当场处罚决定", true));
		for (MeasureKind kind : MeasureKind.values()) {
			all.add(new Figure(FactKind.COERCIVE_MEASURE, kind.name(), COERCION, kind.chineseName(), false));
		}
		all.add(new Figure(FactKind.LICENSING, "GRANTED", LICENSING, "准予行政许可", false));
		all.add(new Figure(FactKind.LICENSING, "REFUSED", LICENSING, "不予行政许可", false));
		return List.copyOf(all);
	}

}
