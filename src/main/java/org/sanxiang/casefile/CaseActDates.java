package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The date of the violation a case is about (行政处罚法 第三十六条、第三十七条): the one given at 立案
 * ({@code penalty_case.act_on}, {@code act_ended_on} for a continuing act), else the
 * clue's. Kept outside {@link PenaltyCase}'s mapping: written once by
 * {@link Cases#fileDirect}, read by the decision's 从旧兼从轻 and the case page.
 */
@Component
class CaseActDates {

	private final JdbcClient jdbc;

	CaseActDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The act's dates.
	 *
	 * @param on the day the act was done (its start for a continuing act)
	 * @param endedOn the day a continuing act ended, or null
	 */
	record ActDate(LocalDate on, LocalDate endedOn) {

		/** The day the act counts as done: its end for a continuing act. */
		LocalDate done() {
			return (this.endedOn != null) ? this.endedOn : this.on;
		}

	}

	/** The act's dates: the case's own, else its clue's, else null. */
	ActDate of(PenaltyCase kase) {
		if (kase.id() == null) {
			return null;
		}
		List<ActDate> own = this.jdbc.sql("select act_on, act_ended_on from penalty_case where id = :id")
			.param("id", kase.id())
			.query((rs, n) -> new ActDate(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.list();
		if (!own.isEmpty() && own.get(0).on() != null) {
			return own.get(0);
		}
		if (kase.clueId() != null) {
			List<ActDate> clue = this.jdbc.sql("select act_on, act_ended_on from clue where id = :id")
				.param("id", kase.clueId())
				.query((rs, n) -> new ActDate(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
				.list();
			if (!clue.isEmpty() && clue.get(0).on() != null) {
				return clue.get(0);
			}
		}
		return null;
	}

}
