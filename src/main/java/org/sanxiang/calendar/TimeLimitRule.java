package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.EffectiveDated;

/**
 * A statutory time limit as data: how long, counted how, how far it may be extended, from
 * when it applies, and the provision it comes from. {@code BEFORE} rules end before their
 * event (e.g. notify a hearing at least 7 working days before it); {@code FIXED_DATE}
 * rules end on a day of the following year (e.g. the annual report by 31 January). The
 * {@link TimeLimitNature nature} tells a period to act within from the maximum duration
 * of a measure, which ends exactly; {@code startEvent} names the event the period runs
 * from where the law names it.
 */
public record TimeLimitRule(String code, LocalDate effectiveFrom, LocalDate effectiveTo, String name, TimeUnit unit,
		int amount, List<Integer> extensions, boolean before, String fixedMonthDay, String legalSource,
		TimeLimitNature nature, String startEvent) implements EffectiveDated {

	public TimeLimitRule {
		extensions = List.copyOf(extensions);
	}

	/**
	 * The length with the first {@code granted} extensions added; refuses more extensions
	 * than the law allows.
	 */
	public int lengthWith(int granted) {
		if (granted < 0 || granted > this.extensions.size()) {
			throw new org.sanxiang.core.RuleViolation("EXTENSION_NOT_ALLOWED",
					this.name + "最多可延长" + this.extensions.size() + "次，不能按" + granted + "次延长计算");
		}
		return this.amount + this.extensions.subList(0, granted).stream().mapToInt(Integer::intValue).sum();
	}

	/** E.g. "自查封之日起，30日（可延长30日），最长期限，届满即止，不因法定节假日顺延". */
	public String explain() {
		return (this.startEvent == null ? "" : "自" + this.startEvent + "起算，") + describe() + "，"
				+ this.nature.chineseName();
	}

	/** E.g. "5个工作日（可延长3个工作日）". */
	public String describe() {
		if (this.unit == TimeUnit.FIXED_DATE) {
			String[] monthDay = this.fixedMonthDay.split("-");
			return "次年" + Integer.parseInt(monthDay[0]) + "月" + Integer.parseInt(monthDay[1]) + "日前";
		}
		String base = (this.before ? "提前" : "") + this.amount + this.unit.chineseName();
		return this.extensions.isEmpty() ? base
				: base + "（可延长"
						+ this.extensions.stream()
							.map((e) -> e + this.unit.chineseName())
							.reduce((a, b) -> a + "、" + b)
							.orElse("")
						+ "）";
	}

}
