package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.calendar.WorkingCalendar;

/**
 * How the licensing clock counts, on the official working-day calendar (行政许可法 第八十二条;
 * docs/adr/0024): the day of receipt or acceptance is not counted; the acceptance limit
 * runs from the last submission of materials; the decision limit runs from acceptance
 * (or, when the agency did not answer in time, from the submission it is deemed to have
 * accepted, 第三十二条第一款第（四）项), lengthened by the working days that fall in a pause and by
 * the extension.
 */
final class LicensingClock {

	private LicensingClock() {
	}

	/** The last day to accept, refuse or tell what is missing. */
	static LocalDate acceptanceDue(WorkingCalendar days, LocalDate submittedOn, int acceptanceDays) {
		return days.addWorkingDays(submittedOn, acceptanceDays);
	}

	/**
	 * The last day to decide: the {@code length}-th counted working day after
	 * {@code acceptedOn}, a working day inside a pause not counted; a running pause holds
	 * the clock from its first day on, so the due date is then at least the day after
	 * {@code today} plus the days still left.
	 */
	static LocalDate decisionDue(WorkingCalendar days, LocalDate acceptedOn, int length, List<ApplicationPause> pauses,
			LocalDate today) {
		LocalDate day = acceptedOn;
		int counted = 0;
		while (counted < length) {
			day = days.addWorkingDays(day, 1);
			LocalDate candidate = day;
			boolean paused = pauses.stream()
				.anyMatch((p) -> p.running() ? (!candidate.isBefore(p.firstDay()) && !candidate.isAfter(today))
						: p.covers(candidate));
			if (!paused) {
				counted++;
			}
		}
		return day;
	}

	/** The working days a pause held the clock (to today while it runs). */
	static int pausedWorkingDays(WorkingCalendar days, ApplicationPause pause, LocalDate today) {
		LocalDate last = (pause.lastDay() != null) ? pause.lastDay() : today;
		if (last.isBefore(pause.firstDay())) {
			return 0;
		}
		return days.workingDaysBetween(pause.firstDay().minusDays(1), last);
	}

}
