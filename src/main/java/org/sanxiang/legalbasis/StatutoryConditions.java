package org.sanxiang.legalbasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the statutes say about the conditional measures and about 按日连续处罚, encoded once so
 * that the catalogue — shipped or edited — is checked against it:
 * <ul>
 * <li>which measure each penalty article allows and under which condition (大气法 第九十九条 and
 * 水法 第八十三条, 排污许可管理条例 第三十三条/第三十四条 follow 实施限制生产、停产整治办法; 噪声法 第七十五条 leaves 限制生产/停产整治 to the
 * decision-maker as an alternative to 责令改正; 大气法 第一百条、 第一百零八条, 水法 第八十二条, 条例 第三十六条, 噪声法
 * 第七十六条 need 拒不改正; 大气法 第一百一十七条 gives 停工/停业整治 after 拒不改正; 固废法 第一百一十二条 停业、关闭 when 情节严重,
 * 第一百一十四条 together with the fine);</li>
 * <li>which conduct 按日连续处罚 may follow: 违法排放污染物 only (环境保护法 第五十九条; 大气法 第一百二十三条; 水法 第九十五条;
 * 固废法 第一百一十九条; 排污许可管理条例 第三十八条; 按日连续处罚办法 第五条).</li>
 * </ul>
 */
final class StatutoryConditions {

	private StatutoryConditions() {
	}

	/** A penalty article (and, where it matters, its items) and what it allows. */
	record Rule(String law, int article, int paragraph, Set<Integer> items,
			Map<PenaltyType, MeasureCondition> measures) {

		Rule(String law, int article, Set<Integer> items, Map<PenaltyType, MeasureCondition> measures) {
			this(law, article, 0, items, measures);
		}

		boolean covers(Citation c) {
			return c.lawCode().equals(this.law) && c.article() == this.article
					&& (this.paragraph == 0 || this.paragraph == c.paragraph())
					&& (this.items.isEmpty() || this.items.contains(c.item()));
		}

	}

	private static final Map<PenaltyType, MeasureCondition> XCTC_NO_RESTRICTION = Map.of(
			PenaltyType.SUSPEND_FOR_RECTIFICATION, MeasureCondition.SUSPENSION_CASE, PenaltyType.SUSPEND_OR_CLOSE,
			MeasureCondition.CLOSURE_CASE);

	private static final Map<PenaltyType, MeasureCondition> XCTC = Map.of(PenaltyType.RESTRICT_PRODUCTION,
			MeasureCondition.EXCEEDANCE, PenaltyType.SUSPEND_FOR_RECTIFICATION, MeasureCondition.SUSPENSION_CASE,
			PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.CLOSURE_CASE);

	private static final Map<PenaltyType, MeasureCondition> AFTER_REFUSAL = Map
		.of(PenaltyType.SUSPEND_FOR_RECTIFICATION, MeasureCondition.AFTER_REFUSAL);

	static final List<Rule> MEASURES = List.of(new Rule("AIR", 99, Set.of(2), XCTC),
			new Rule("AIR", 99, Set.of(1, 3), XCTC_NO_RESTRICTION), new Rule("AIR", 100, Set.of(), AFTER_REFUSAL),
			new Rule("AIR", 108, Set.of(), AFTER_REFUSAL),
			new Rule("AIR", 117, Set.of(),
					Map.of(PenaltyType.SUSPEND_WORK_OR_BUSINESS, MeasureCondition.AFTER_REFUSAL)),
			new Rule("WATER", 82, Set.of(), AFTER_REFUSAL), new Rule("WATER", 83, Set.of(2), XCTC),
			new Rule("WATER", 83, Set.of(1, 3, 4), XCTC_NO_RESTRICTION),
			new Rule("PERMIT", 33, Set.of(), XCTC_NO_RESTRICTION), new Rule("PERMIT", 34, Set.of(), XCTC),
			new Rule("PERMIT", 36, Set.of(), AFTER_REFUSAL),
			new Rule("SOLID", 112, Set.of(),
					Map.of(PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.SEVERE_CIRCUMSTANCES)),
			new Rule("SOLID", 114, Set.of(), Map.of(PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.ALWAYS)),
			new Rule("NOISE", 74, 1, Set.of(), Map.of(PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.ALWAYS)),
			new Rule("NOISE", 74, 2, Set.of(), Map.of(PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.AFTER_REFUSAL)),
			new Rule("NOISE", 75, Set.of(),
					Map.of(PenaltyType.RESTRICT_PRODUCTION, MeasureCondition.OPTION,
							PenaltyType.SUSPEND_FOR_RECTIFICATION, MeasureCondition.OPTION,
							PenaltyType.SUSPEND_OR_CLOSE, MeasureCondition.SEVERE_CIRCUMSTANCES)),
			new Rule("NOISE", 76, Set.of(), Map.of(PenaltyType.RESTRICT_PRODUCTION, MeasureCondition.AFTER_REFUSAL,
					PenaltyType.SUSPEND_FOR_RECTIFICATION, MeasureCondition.AFTER_REFUSAL)));

	/** Penalty provisions whose conduct is 违法排放污染物: the originals 按日连续处罚 may follow. */
	static final List<Rule> DAILY_ELIGIBLE = List.of(new Rule("AIR", 99, Set.of(1, 2, 3), Map.of()),
			new Rule("AIR", 117, Set.of(), Map.of()), new Rule("WATER", 83, Set.of(), Map.of()),
			new Rule("SOLID", 112, Set.of(3), Map.of()), new Rule("PERMIT", 33, Set.of(), Map.of()),
			new Rule("PERMIT", 34, Set.of(), Map.of()));

	/** The condition the type's penalty provisions set for {@code measure}, if any. */
	static java.util.Optional<MeasureCondition> conditionFor(PenaltyType measure, List<Citation> penaltyProvisions) {
		for (Citation c : penaltyProvisions) {
			for (Rule rule : MEASURES) {
				if (rule.covers(c) && rule.measures().containsKey(measure)) {
					return java.util.Optional.of(rule.measures().get(measure));
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** Whether 按日连续处罚 may follow a decision under these penalty provisions. */
	static boolean dailyEligible(List<Citation> penaltyProvisions) {
		return penaltyProvisions.stream().anyMatch((c) -> DAILY_ELIGIBLE.stream().anyMatch((r) -> r.covers(c)));
	}

	/**
	 * Why {@code type} cannot stand, empty when it can: a conditional measure in a band,
	 * listed without its condition or with another condition than its statute's, or a 按日
	 * link to a type whose conduct is not 违法排放污染物.
	 */
	static List<String> problems(ViolationType type, List<Benchmark> benchmarks,
			java.util.function.Function<String, java.util.Optional<ViolationType>> types) {
		List<String> problems = new ArrayList<>();
		for (Benchmark benchmark : benchmarks) {
			for (BandRule band : benchmark.bands()) {
				for (PenaltyType p : band.penalties()) {
					if (PenaltyType.CONDITIONAL.contains(p)) {
						problems.add("「" + band.band().chineseName() + "」档直接提出了" + p.chineseName()
								+ "，该措施须满足法定条件，不能由裁量档次决定");
					}
				}
			}
		}
		for (PenaltyType p : type.penaltyTypes()) {
			if (PenaltyType.CONDITIONAL.contains(p) && type.measures().stream().noneMatch((m) -> m.measure() == p)) {
				problems.add(p.chineseName() + "未写明适用条件");
			}
		}
		for (ConditionalMeasure m : type.measures()) {
			java.util.Optional<MeasureCondition> statutory = conditionFor(m.measure(), type.penaltyProvisions());
			if (statutory.isEmpty()) {
				problems.add("处罚依据未规定" + m.measure().chineseName());
			}
			else if (statutory.get() != m.condition()) {
				problems.add(m.measure().chineseName() + "的适用条件应为「" + statutory.get().chineseName() + "」");
			}
		}
		for (String original : type.dailyOriginals()) {
			java.util.Optional<ViolationType> linked = types.apply(original);
			if (linked.isEmpty()) {
				problems.add("按日连续处罚关联的违法行为「" + original + "」未收录");
			}
			else if (!dailyEligible(linked.get().penaltyProvisions())) {
				problems.add("「" + linked.get().name() + "」不属于违法排放污染物，不适用按日连续处罚");
			}
		}
		return problems;
	}

}
