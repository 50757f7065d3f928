package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * A computed deadline: the rule, when it started, when it is due, how many working days
 * are left today (negative when overdue) and its status.
 */
public record Deadline(TimeLimitRule rule, LocalDate start, LocalDate due, int workingDaysLeft, DeadlineStatus status) {

	/** Hover text of a deadline badge: the due date and the rule's legal source. */
	public String explanation() {
		String end = switch (this.rule.nature()) {
			case WITHIN -> "期限届满日 ";
			case MAXIMUM -> "最迟于此日届满 ";
			case WAIT -> "最早可于此日进行 ";
		};
		return this.rule.name() + "：" + this.rule.explain() + "；" + end + this.due + "。依据：" + this.rule.legalSource();
	}

}
