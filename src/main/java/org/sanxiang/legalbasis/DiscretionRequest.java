package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the calculator needs: the violation type, the answer to each of its benchmark
 * factors (factor code → option code), the party type, the day of the act (and, for a
 * continuing act, the day it ended — 行政处罚法 第三十六条第二款), the decision date, and — where they
 * matter — base amounts or counts, the circumstances of 第三十条/第三十二条/第三十三条 and of the
 * conditional measures, the decision-maker's choice of 可以不予处罚 or of 减轻处罚, and for 按日连续处罚
 * the original violation and decision, the day the 责令改正 decision was served and the
 * re-inspection day.
 */
public record DiscretionRequest(String violationCode, Map<String, String> answers, PartyType party, LocalDate actDate,
		LocalDate actEnd, LocalDate decisionDate, Map<Quantity, BigDecimal> quantities,
		LocalDate correctionOrderServedOn, LocalDate reinspectedOn, Set<Circumstance> circumstances,
		boolean chooseNoPenalty, boolean reduce, String originalViolation, LocalDate originalDecisionDate) {

	public DiscretionRequest {
		answers = (answers != null) ? Map.copyOf(answers) : Map.of();
		quantities = (quantities != null) ? Map.copyOf(quantities) : Map.of();
		circumstances = (circumstances != null) ? Set.copyOf(circumstances) : Set.of();
	}

	/** An act on {@code actDate}, decided on {@code decisionDate}. */
	public static DiscretionRequest of(String violationCode, Map<String, String> answers, PartyType party,
			LocalDate actDate, LocalDate decisionDate) {
		return new DiscretionRequest(violationCode, answers, party, actDate, null, decisionDate, Map.of(), null, null,
				Set.of(), false, false, null, null);
	}

	/** An act done on the decision day itself (tests and on-the-spot decisions). */
	public static DiscretionRequest of(String violationCode, Map<String, String> answers, PartyType party,
			LocalDate decisionDate) {
		return of(violationCode, answers, party, decisionDate, decisionDate);
	}

	/** The day the act was done and the day a continuing act ended. */
	public DiscretionRequest actedOn(LocalDate start, LocalDate end) {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, start, end, this.decisionDate,
				this.quantities, this.correctionOrderServedOn, this.reinspectedOn, this.circumstances,
				this.chooseNoPenalty, this.reduce, this.originalViolation, this.originalDecisionDate);
	}

	public DiscretionRequest with(Quantity quantity, BigDecimal value) {
		Map<Quantity, BigDecimal> more = new java.util.EnumMap<>(Quantity.class);
		more.putAll(this.quantities);
		more.put(quantity, value);
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, more, this.correctionOrderServedOn, this.reinspectedOn, this.circumstances,
				this.chooseNoPenalty, this.reduce, this.originalViolation, this.originalDecisionDate);
	}

	public DiscretionRequest with(Circumstance... more) {
		Set<Circumstance> all = this.circumstances.isEmpty() ? EnumSet.noneOf(Circumstance.class)
				: EnumSet.copyOf(this.circumstances);
		all.addAll(java.util.List.of(more));
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, this.quantities, this.correctionOrderServedOn, this.reinspectedOn, all,
				this.chooseNoPenalty, this.reduce, this.originalViolation, this.originalDecisionDate);
	}

	/** The decision-maker chooses 可以不予处罚 (行政处罚法 第三十三条第一款). */
	public DiscretionRequest choosingNoPenalty() {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, this.quantities, this.correctionOrderServedOn, this.reinspectedOn,
				this.circumstances, true, this.reduce, this.originalViolation, this.originalDecisionDate);
	}

	/** The decision-maker proposes 减轻处罚 (行政处罚法 第三十二条). */
	public DiscretionRequest reducing() {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, this.quantities, this.correctionOrderServedOn, this.reinspectedOn,
				this.circumstances, this.chooseNoPenalty, true, this.originalViolation, this.originalDecisionDate);
	}

	public DiscretionRequest withContinuingDays(LocalDate servedOn, LocalDate reinspected) {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, this.quantities, servedOn, reinspected, this.circumstances, this.chooseNoPenalty,
				this.reduce, this.originalViolation, this.originalDecisionDate);
	}

	/** 按日连续处罚: the violation type and the date of the original penalty decision. */
	public DiscretionRequest following(String original, LocalDate originalDecision) {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.actDate, this.actEnd,
				this.decisionDate, this.quantities, this.correctionOrderServedOn, this.reinspectedOn,
				this.circumstances, this.chooseNoPenalty, this.reduce, original, originalDecision);
	}

	/** The day whose law governs the act: its end for a continuing act. */
	LocalDate actOn() {
		return (this.actEnd != null) ? this.actEnd : this.actDate;
	}

}
