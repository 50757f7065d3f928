package org.sanxiang.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.BusinessTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's inspection overview of a year (the tasks whose window ends in it): tasks
 * by status, finished on time or late, open tasks overdue, the findings rate (violations
 * found per finished task), the parties' ratings and the plan's coverage by class.
 */
@Service
public class InspectionOverview {

	private final JdbcClient jdbc;

	private final Plans plans;

	private final BusinessTime time;

	InspectionOverview(JdbcClient jdbc, Plans plans, BusinessTime time) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.time = time;
	}

	/**
	 * The figures of a year; rates are empty (null) when nothing was finished or rated.
	 */
	public record Figures(int year, Map<TaskStatus, Integer> byStatus, int total, int onTime, int late, int overdueOpen,
			int violations, BigDecimal findingsPercent, int ratings, BigDecimal averageRating,
			List<Plans.Coverage> coverage) {
	}

	private record Row(TaskStatus status, LocalDate windowTo, LocalDate inspectedOn, boolean violation) {
	}

	@Transactional(readOnly = true)
	public Figures of(long agencyId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<Row> rows = this.jdbc
			.sql("select status, window_to, inspected_on, violation_found from inspection_task"
					+ " where agency_id = :agency and window_to between :from and :to")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Row(TaskStatus.valueOf(rs.getString("status")),
					rs.getObject("window_to", LocalDate.class), rs.getObject("inspected_on", LocalDate.class),
					Boolean.TRUE.equals(rs.getObject("violation_found", Boolean.class))))
			.list();
		LocalDate today = this.time.today();
		Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			byStatus.put(status, 0);
		}
		int onTime = 0;
		int late = 0;
		int overdue = 0;
		int violations = 0;
		for (Row row : rows) {
			byStatus.merge(row.status(), 1, Integer::sum);
			if (row.status() == TaskStatus.DONE) {
				if (row.inspectedOn() != null && row.inspectedOn().isAfter(row.windowTo())) {
					late++;
				}
				else {
					onTime++;
				}
				if (row.violation()) {
					violations++;
				}
			}
			else if (row.status().open() && today.isAfter(row.windowTo())) {
				overdue++;
			}
		}
		int done = byStatus.get(TaskStatus.DONE);
		BigDecimal findings = (done == 0) ? null
				: BigDecimal.valueOf(violations * 100L).divide(BigDecimal.valueOf(done), 1, RoundingMode.HALF_UP);
		List<Integer> scores = this.jdbc
			.sql("select r.score from inspection_rating r join inspection_task t"
					+ " on t.id = r.inspection_task where t.agency_id = :agency and t.window_to between :from and :to")
			.param("agency", agencyId)
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.list();
		BigDecimal average = scores.isEmpty() ? null
				: BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum())
					.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
		return new Figures(year, byStatus, rows.size(), onTime, late, overdue, violations, findings, scores.size(),
				average, this.plans.coverage(agencyId, year));
	}

}
