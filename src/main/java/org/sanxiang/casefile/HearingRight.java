package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.AmountThreshold;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.HearingThresholds;
import org.sanxiang.subject.PartyKind;

/**
 * Whether a penalty gives the party the right to ask for a hearing (行政处罚法 第六十三条): its
 * kind (降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业 and the 限产停产 measures), or a fine or a
 * confiscation of 较大数额 — the amounts are the review module's configuration
 * {@link HearingThresholds} ({@code sanxiang.review.hearing.*}), per party type.
 */
public final class HearingRight {

	/** The kinds of penalty that give the right whatever the amount. */
	static final Set<DecisionAction> ACTIONS = EnumSet.of(DecisionAction.REDUCE_QUALIFICATION,
			DecisionAction.REVOKE_PERMIT, DecisionAction.BAR_FROM_APPLYING, DecisionAction.RESTRICT_PRODUCTION,
			DecisionAction.SUSPEND_FOR_RECTIFICATION, DecisionAction.SUSPEND_OR_CLOSE,
			DecisionAction.RESTRICT_PRACTICE);

	private HearingRight() {
	}

	/**
	 * Why {@code penalty} gives a party of {@code type} the right to a hearing, or empty
	 * if it does not.
	 */
	public static Optional<String> reason(Penalty penalty, PartyType type, HearingThresholds thresholds) {
		List<String> reasons = new ArrayList<>();
		penalty.actions().stream().filter(ACTIONS::contains).sorted().forEach((a) -> reasons.add(a.chineseName()));
		AmountThreshold threshold = thresholds.of(type);
		if (penalty.fine().amount().signum() > 0 && threshold.reachedBy(penalty.fine())) {
			reasons.add("罚款" + yuan(penalty.fine()) + "属较大数额（" + type.chineseName() + threshold.describe() + "）");
		}
		if (penalty.confiscated().amount().signum() > 0 && threshold.reachedBy(penalty.confiscated())) {
			reasons
				.add("没收" + yuan(penalty.confiscated()) + "属较大数额（" + type.chineseName() + threshold.describe() + "）");
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("；", reasons));
	}

	/**
	 * The party type a case's party kind is judged as: a natural person as 个人; an
	 * organisation, or a party whose kind the case does not know (filed by name), as 单位 —
	 * the decision's own party type is judged again at the decision.
	 */
	public static PartyType typeOf(PartyKind kind) {
		return (kind == PartyKind.PERSON) ? PartyType.INDIVIDUAL : PartyType.UNIT;
	}

	private static String yuan(Money money) {
		return " " + money.amount().stripTrailingZeros().toPlainString() + " 元";
	}

}
