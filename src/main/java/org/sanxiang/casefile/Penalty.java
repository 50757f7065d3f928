package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

	/** In words, e.g. {@code 警告、罚款 50000 元}. */
	public String text() {
		boolean confiscationShown = false;
		List<String> parts = new ArrayList<>();
		for (DecisionAction action : new TreeSet<>(this.actions)) {
			String part = action.chineseName();
			if (action == DecisionAction.FINE && this.fine.amount().signum() > 0) {
				part += " " + yuan(this.fine) + " 元";
			}
			if ((action == DecisionAction.CONFISCATE_GAINS || action == DecisionAction.CONFISCATE_PROPERTY)
					&& !confiscationShown && this.confiscated.amount().signum() > 0) {
				part += " " + yuan(this.confiscated) + " 元";
				confiscationShown = true;
			}
			parts.add(part);
		}
		return String.join("、", parts);
	}

	private static String yuan(Money money) {
		return money.amount().stripTrailingZeros().toPlainString();
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
