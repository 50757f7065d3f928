package org.sanxiang.review;

import java.text.DecimalFormat;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

/**
 * An amount from which a catalogue entry applies: with {@code inclusive} the amount
 * itself reaches it (以上, 含本数), without only a larger one does (超过, 不含本数). Which of the
 * two a local rule means is a setting of the catalogue, written next to the entry.
 */
public record AmountThreshold(Money amount, boolean inclusive) {

	public AmountThreshold {
		if (amount == null || amount.amount().signum() == 0) {
			throw new RuleViolation("REVIEW_THRESHOLD_INVALID", "金额标准须大于零");
		}
	}

	public boolean reachedBy(Money value) {
		int comparison = value.compareTo(this.amount);
		return this.inclusive ? comparison >= 0 : comparison > 0;
	}

	/** E.g. {@code 200,000.00 元以上（含本数）} or {@code 超过 200,000.00 元（不含本数）}. */
	public String describe() {
		return this.inclusive ? yuan(this.amount) + "以上（含本数）" : "超过 " + yuan(this.amount) + "（不含本数）";
	}

	static String yuan(Money money) {
		return new DecimalFormat("#,##0.00").format(money.amount()) + " 元";
	}

}
