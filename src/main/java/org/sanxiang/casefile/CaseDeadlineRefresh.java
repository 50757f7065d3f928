package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.calendar.CalendarYearLoaded;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year's calendar is loaded or corrected, the due dates kept on the open cases are
 * computed again: a time limit ending in a year that had no calendar gets its day, and a
 * corrected holiday moves it. Only {@code due_on}/{@code due_kind} change — no act, no
 * new version.
 */
@Component
class CaseDeadlineRefresh {

	private final PenaltyCaseRepository cases;

	private final CaseDeadlines deadlines;

	private final JdbcClient jdbc;

	CaseDeadlineRefresh(PenaltyCaseRepository cases, CaseDeadlines deadlines, JdbcClient jdbc) {
		this.cases = cases;
		this.deadlines = deadlines;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CalendarYearLoaded loaded) {
		refreshOpenCases(LocalDate.of(loaded.year(), 1, 1));
	}

	/**
	 * Recomputes the kept due date of every case not yet ended whose due date is unknown
	 * or not before {@code from} (a year's calendar moves no day before it); the number
	 * of cases.
	 */
	int refreshOpenCases(LocalDate from) {
		List<Long> open = this.jdbc
			.sql("select id from penalty_case where stage not in ('CLOSED', 'ARCHIVED', 'NOT_PUNISHED', 'TRANSFERRED',"
					+ " 'FILING_REVOKED', 'INVESTIGATION_TERMINATED') and (due_on is null or due_on >= :from)")
			.param("from", from)
			.query(Long.class)
			.list();
		for (Long id : open) {
			this.cases.findById(id).ifPresent((kase) -> {
				CaseDeadline nearest = this.deadlines.nearest(kase).orElse(null);
				this.jdbc.sql("update penalty_case set due_on = :due, due_kind = :kind where id = :id")
					.param("due", (nearest == null) ? null : nearest.due())
					.param("kind", (nearest == null) ? null : nearest.kind().name())
					.param("id", id)
					.update();
			});
		}
		return open.size();
	}

}
