package org.sanxiang.calendar;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * The form that loads a year: the year, the notice's address, and either the notice's
 * list pasted ({@code mode=notice}) or the holidays' dates picked row by row
 * ({@code mode=picked}).
 */
record YearForm(String mode, String year, String noticeUrl, String noticeText, List<String> name, List<String> offFrom,
		List<String> offTo, List<String> work1, List<String> work2) {

	static final List<String> HOLIDAYS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

	static YearForm empty(int year) {
		return new YearForm("picked", String.valueOf(year), "", "", HOLIDAYS, List.of(), List.of(), List.of(),
				List.of());
	}

	boolean picked() {
		return !"notice".equals(this.mode);
	}

	Integer yearNumber() {
		if (this.year == null || !this.year.strip().matches("\\d{4}")) {
			throw new RuleViolation("INVALID_CALENDAR", "年份须为四位数字，例如 2027");
		}
		return Integer.valueOf(this.year.strip());
	}

	/**
	 * The rows of the picking table, as many as names were sent (at least the usual
	 * seven).
	 */
	List<PickedHoliday> rows() {
		List<String> names = (this.name == null || this.name.isEmpty()) ? HOLIDAYS : this.name;
		List<PickedHoliday> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(names.size(), 20); i++) {
			rows.add(new PickedHoliday(names.get(i), at(this.offFrom, i), at(this.offTo, i), at(this.work1, i),
					at(this.work2, i)));
		}
		return rows;
	}

	private static String at(List<String> values, int i) {
		return (values != null && i < values.size()) ? values.get(i) : "";
	}

}
