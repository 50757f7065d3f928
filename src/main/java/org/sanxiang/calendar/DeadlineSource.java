package org.sanxiang.calendar;

import java.util.List;

/**
 * Implemented by a module whose records run on statutory clocks (cases, reviews,
 * publications …).
 */
public interface DeadlineSource {

	/** The deadlines still open today. */
	List<TrackedDeadline> openDeadlines();

	/**
	 * One open duty on a clock: what it concerns, which rule, since when, and what does
	 * not count.
	 */
	record TrackedDeadline(String subjectType, String subjectId, Long agencyId, String ruleCode,
			java.time.LocalDate start, List<Pause> pauses, int extensionsGranted) {
	}

}
