package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

/**
 * 减轻处罚 (行政处罚法 第三十二条, 第三十条): a fine below the statutory minimum (or a lighter penalty
 * type), on one of the grounds the law names, decided by the agency's responsible persons
 * collectively (生态环境行政处罚办法: 情节复杂或者重大违法行为). 从轻 — within the range, one band lighter — is
 * the benchmark's MITIGATE answer instead.
 */
final class Reduction {

	private Reduction() {
	}

	static AmountFormula.Range apply(ViolationType type, Regime regime, DiscretionRequest request,
			Set<Circumstance> facts, Map<Quantity, BigDecimal> inputs, List<String> reasons) {
		List<Circumstance> grounds = facts.stream().filter((c) -> c.group() == Circumstance.Group.REDUCTION).toList();
		if (grounds.isEmpty()) {
			throw new RuleViolation("REDUCTION_GROUND_MISSING",
					"减轻处罚须有法定情形（行政处罚法第三十条、第三十二条：主动消除或者减轻危害后果、受他人胁迫或者诱骗、主动供述、立功表现、未成年人等）");
		}
		AmountFormula statutory = regime.statutory().get(request.party());
		if (statutory.kind() == AmountFormula.Kind.DAILY) {
			throw new RuleViolation("REDUCTION_NOT_APPLICABLE", "按日连续处罚的数额由原处罚数额和天数确定，不适用减轻处罚");
		}
		AmountFormula.Range legal = statutory.compute(inputs);
		if (legal.min().amount().signum() == 0) {
			throw new RuleViolation("REDUCTION_NOT_APPLICABLE", "法定罚款没有下限（「…以下」），不适用减轻处罚，可以从轻处罚");
		}
		Money below = new Money(legal.min().amount().subtract(new BigDecimal("0.01")));
		reasons.add("减轻处罚的情形：" + String.join("、", grounds.stream().map(Circumstance::chineseName).toList()));
		reasons.add("减轻处罚：在法定最低罚款" + legal.min() + "元以下确定罚款（或者适用较轻的处罚种类），即0元至" + below + "元；应当由行政机关负责人集体讨论决定");
		return new AmountFormula.Range(Money.ZERO, below);
	}

}
