package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

/**
 * How a fine range is computed, as statutes and benchmarks write it:
 * <ul>
 * <li>{@code FIXED}: 处X元以上Y元以下;</li>
 * <li>{@code MULTIPLE}: X倍以上Y倍以下 (or X%–Y%) of a base amount, with an optional floor for
 * the base (固体废物污染环境防治法 第一百一十二条: 所需处置费用不足二十万元的，按二十万元计算);</li>
 * <li>{@code PER_UNIT}: X–Y yuan per occurrence or per day (排污许可管理条例 第三十七条: 每次);</li>
 * <li>{@code DAILY}: 按日连续处罚 (环境保护法 第五十九条): the original fine for every day from the day
 * after the 责令改正 decision was served to the re-inspection day.</li>
 * </ul>
 */
record AmountFormula(Kind kind, BigDecimal lower, BigDecimal upper, Quantity base, BigDecimal baseFloor) {

	/** A base amount beyond which a figure is treated as a typing error: 1 万亿元. */
	static final BigDecimal ABSURD = new BigDecimal("1000000000000");

	public enum Kind {

		FIXED, MULTIPLE, PER_UNIT, DAILY

	}

	public AmountFormula {
		if (kind == null) {
			throw new RuleViolation("INVALID_FORMULA", "罚款计算方式不能为空");
		}
		if (kind != Kind.DAILY) {
			if (lower == null || upper == null || lower.signum() < 0 || lower.compareTo(upper) > 0
					|| upper.compareTo(ABSURD) > 0) {
				throw new RuleViolation("INVALID_RANGE", "罚款幅度的下限须不小于0且不大于上限");
			}
		}
		if ((kind == Kind.MULTIPLE || kind == Kind.PER_UNIT) && base == null) {
			throw new RuleViolation("INVALID_FORMULA", "按倍数或按次/日计罚须指明计算基数");
		}
	}

	public static AmountFormula fixed(long lower, long upper) {
		return new AmountFormula(Kind.FIXED, BigDecimal.valueOf(lower), BigDecimal.valueOf(upper), null, null);
	}

	public static AmountFormula daily() {
		return new AmountFormula(Kind.DAILY, null, null, Quantity.ORIGINAL_FINE, null);
	}

	/** The same formula with other bounds (a band within the statutory range). */
	AmountFormula withBounds(BigDecimal newLower, BigDecimal newUpper) {
		return new AmountFormula(this.kind, newLower, newUpper, this.base, this.baseFloor);
	}

	/**
	 * The range for the given inputs; a missing base is refused naming what is missing.
	 */
	Range compute(Map<Quantity, BigDecimal> inputs) {
		return switch (this.kind) {
			case FIXED -> new Range(money(this.lower, RoundingMode.HALF_UP), money(this.upper, RoundingMode.HALF_UP));
			case MULTIPLE -> {
				BigDecimal base = required(inputs, this.base);
				if (this.baseFloor != null && base.compareTo(this.baseFloor) < 0) {
					base = this.baseFloor;
				}
				yield new Range(money(base.multiply(this.lower), RoundingMode.HALF_UP),
						money(base.multiply(this.upper), RoundingMode.HALF_UP));
			}
			case PER_UNIT -> {
				BigDecimal count = required(inputs, this.base);
				yield new Range(money(count.multiply(this.lower), RoundingMode.HALF_UP),
						money(count.multiply(this.upper), RoundingMode.HALF_UP));
			}
			case DAILY -> {
				BigDecimal total = required(inputs, Quantity.ORIGINAL_FINE).multiply(required(inputs, Quantity.DAYS));
				Money amount = money(total, RoundingMode.UNNECESSARY);
				yield new Range(amount, amount);
			}
		};
	}

	private static BigDecimal required(Map<Quantity, BigDecimal> inputs, Quantity quantity) {
		BigDecimal value = inputs.get(quantity);
		if (value == null) {
			throw new RuleViolation("MISSING_BASE_AMOUNT", "缺少计算罚款所需的" + quantity.chineseName());
		}
		return value;
	}

	private static Money money(BigDecimal value, RoundingMode rounding) {
		return new Money(value.setScale(2, rounding));
	}

	/**
	 * Whether this formula stays within {@code outer} (same kind and base, bounds
	 * inside).
	 */
	boolean isWithin(AmountFormula outer) {
		if (this.kind != outer.kind || this.base != outer.base) {
			return false;
		}
		if (this.kind == Kind.DAILY) {
			return true;
		}
		boolean sameFloor = (this.baseFloor == null) ? outer.baseFloor == null
				: outer.baseFloor != null && this.baseFloor.compareTo(outer.baseFloor) == 0;
		return sameFloor && this.lower.compareTo(outer.lower) >= 0 && this.upper.compareTo(outer.upper) <= 0;
	}

	/** How a lawyer reads it, e.g. 100000元以上1000000元以下. */
	public String describe() {
		return switch (this.kind) {
			case FIXED -> plain(this.lower) + "元以上" + plain(this.upper) + "元以下";
			case MULTIPLE -> this.base.chineseName() + "的" + ratio(this.lower) + "以上" + ratio(this.upper) + "以下"
					+ ((this.baseFloor != null) ? "（" + this.base.chineseName() + "不足" + plain(this.baseFloor) + "元的，按"
							+ plain(this.baseFloor) + "元计算）" : "");
			case PER_UNIT ->
				"按" + this.base.chineseName() + "计，每次（日）" + plain(this.lower) + "元以上" + plain(this.upper) + "元以下";
			case DAILY -> "原处罚数额×按日连续处罚天数（自责令改正之日的次日起至复查发现违法行为之日）";
		};
	}

	/** 0.014 → 1.4%; 3 → 3倍 (statutes write shares below one as 百分之…). */
	private String ratio(BigDecimal value) {
		return (this.upper.compareTo(BigDecimal.ONE) < 0) ? plain(value.movePointRight(2)) + "%" : plain(value) + "倍";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** A computed range, min ≤ max. */
	public record Range(Money min, Money max) {
	}

}
