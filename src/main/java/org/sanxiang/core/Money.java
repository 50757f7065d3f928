package org.sanxiang.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount in yuan (元): scale 2, never negative. Fines, confiscated gains and base
 * amounts (项目总投资额, 处置费用 …) are {@code Money}; arithmetic that would make a cent fraction
 * is rounded by the caller, who knows whether the statute's bound is a floor or a
 * ceiling.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		if (amount == null) {
			throw new RuleViolation("MISSING_AMOUNT", "金额不能为空");
		}
		if (amount.signum() < 0) {
			throw new RuleViolation("NEGATIVE_AMOUNT", "金额不能为负数");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("AMOUNT_PRECISION", "金额最多保留两位小数（分）");
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money yuan(long yuan) {
		return new Money(BigDecimal.valueOf(yuan));
	}

	public static Money of(String yuan) {
		try {
			return new Money(new BigDecimal(yuan.strip()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new RuleViolation("INVALID_AMOUNT", "金额格式不正确：" + yuan);
		}
	}

	/** {@code amount × factor}, rounded to the cent in the given direction. */
	public Money times(BigDecimal factor, RoundingMode rounding) {
		return new Money(this.amount.multiply(factor).setScale(2, rounding));
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public Money max(Money other) {
		return isGreaterThan(other) ? this : other;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	/** Plain yuan, e.g. {@code 200000.00}. */
	@Override
	public String toString() {
		return this.amount.toPlainString();
	}

}
