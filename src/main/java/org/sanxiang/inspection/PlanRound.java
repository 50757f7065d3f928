package org.sanxiang.inspection;

import java.time.LocalDate;

/**
 * A round of an agency's yearly random-inspection plan (年度抽查计划): one item of the list,
 * inspected in a window. A draw belongs to a round.
 */
public record PlanRound(long id, long agencyId, int year, String itemCode, LocalDate from, LocalDate to) {

	/** E.g. {@code 2026-04-01 至 2026-06-30}. */
	public String window() {
		return this.from + " 至 " + this.to;
	}

}
