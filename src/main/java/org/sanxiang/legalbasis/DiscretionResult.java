package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.Money;

/**
 * The calculator's answer: the outcome (处罚, 应当不予处罚, 可以不予处罚 as chosen, or 不再认为是违法), band,
 * fine range (min ≤ max; both zero when not penalised), proposed penalty types, the
 * provisions cited with their text in force on the date whose law applies
 * ({@code lawDate}, 行政处罚法 第三十七条), the benchmark clause, the reasons (one line per step),
 * whether 可以不予处罚 is open to the decision-maker ({@code noPenaltyOption}, its ground),
 * whether education must be recorded (第三十三条第三款), whether the range is 减轻 and so needs
 * collective discussion, the additional line on a unit's responsible persons (双罚), and
 * the conditional measures whose condition holds.
 */
public record DiscretionResult(String violationCode, String violationName, PartyType party, Outcome outcome, Band band,
		Money min, Money max, List<PenaltyType> penaltyTypes, List<ResolvedProvision> violated,
		List<ResolvedProvision> penaltyProvisions, String benchmarkClause, String formula, List<String> reasons,
		LocalDate lawDate, String noPenaltyOption, boolean educationRequired, boolean reduced,
		boolean collectiveDiscussion, ResponsibleLine responsible, List<ProposedMeasure> measures) {

	public DiscretionResult {
		penaltyTypes = List.copyOf(penaltyTypes);
		violated = List.copyOf(violated);
		penaltyProvisions = List.copyOf(penaltyProvisions);
		reasons = List.copyOf(reasons);
		measures = List.copyOf(measures);
	}

	/** What the law says is to be done. */
	public enum Outcome {

		PENALTY("给予行政处罚"), MUST_NOT_PENALISE("应当不予行政处罚"), NO_PENALTY_CHOSEN("不予行政处罚（可以不予处罚，经裁量选择）"),
		NOT_AN_OFFENCE("不予行政处罚（新的规定不认为是违法）");

		private final String chineseName;

		Outcome(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

		public boolean penalised() {
			return this == PENALTY;
		}

	}

	/** 双罚: the fine on a unit's responsible persons, a separate line. */
	public record ResponsibleLine(String who, Money min, Money max, String basis, String formula) {
	}

	/**
	 * A conditional measure whose condition holds; {@code optional} when the law says 可以.
	 */
	public record ProposedMeasure(PenaltyType measure, boolean optional, String reason, String basis) {

		public String measureName() {
			return this.measure.chineseName();
		}

	}

}
