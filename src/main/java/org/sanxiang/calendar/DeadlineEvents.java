package org.sanxiang.calendar;

import java.time.LocalDate;

/** Events of the daily deadline check. */
public final class DeadlineEvents {

	private DeadlineEvents() {
	}

	/** A deadline is 临期: at most the configured number of working days are left. */
	public record DeadlineApproaching(String subjectType, String subjectId, Long agencyId, String ruleCode,
			LocalDate due, int workingDaysLeft) {
	}

	/** A deadline is 超期: its due date has passed and the duty is still open. */
	public record DeadlineMissed(String subjectType, String subjectId, Long agencyId, String ruleCode, LocalDate due,
			int workingDaysOverdue) {
	}

}
