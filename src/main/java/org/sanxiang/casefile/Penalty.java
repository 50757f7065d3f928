package org.sanxiang.casefile;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.ProposedDecision;

/**
 * A penalty as notified (事先告知) or decided: its kinds and amounts. 行政处罚法 第四十五条 compares
 * the two: the decision may not be heavier than what the party was told.
 *
 * @param actions the kinds of penalty or measure
 * @param fine the fine (zero if none)
 * @param confiscated the confiscation (zero if none)
 */
public record Penalty(Set<DecisionAction> actions, Money fine, Money confiscated) {

	public Penalty {
		if (actions == null || actions.isEmpty()) {
			throw new RuleViolation("CASE_PENALTY_EMPTY", "请填写拟作出的处罚种类");
		}
		actions = Set.copyOf(EnumSet.copyOf(actions));
		fine = (fine == null) ? Money.ZERO : fine;
		confiscated = (confiscated == null) ? Money.ZERO : confiscated;
	}

	/** The penalty a proposed decision imposes. */
	public static Penalty of(ProposedDecision decision) {
		return new Penalty(decision.actions(), decision.fine(), decision.confiscated());
	}

	/**
	 * Whether this penalty is heavier than {@code notified}: a kind not notified, or a
	 * larger fine or confiscation.
	 */
	public boolean heavierThan(Penalty notified) {
		return !notified.actions.containsAll(this.actions) || this.fine.isGreaterThan(notified.fine)
				|| this.confiscated.isGreaterThan(notified.confiscated);
	}

	/** In words, e.g. {@code 罚款 50000 元}. */
	public String text() {
		String kinds = this.actions.stream().sorted().map(DecisionAction::chineseName).collect(Collectors.joining("、"));
		StringBuilder text = new StringBuilder(kinds);
		if (this.fine.amount().signum() > 0) {
			text.append("；罚款 ").append(this.fine.amount().toPlainString()).append(" 元");
		}
		if (this.confiscated.amount().signum() > 0) {
			text.append("；没收 ").append(this.confiscated.amount().toPlainString()).append(" 元");
		}
		return text.toString();
	}

	/** The kinds as stored, e.g. {@code FINE,WARNING}. */
	String actionCodes() {
		return this.actions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<DecisionAction> actionsOf(String codes) {
		Set<DecisionAction> actions = EnumSet.noneOf(DecisionAction.class);
		for (String code : codes.split(",")) {
			actions.add(DecisionAction.valueOf(code));
		}
		return actions;
	}

}
