package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casefile.CaseDeadline.Kind;
import org.sanxiang.casefile.CaseDeadline.Status;
import org.sanxiang.core.BusinessTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The unit head's daily overview (案件日报) of the cases of an agency (or a subtree): how
 * many in each stage, how many 正常 / 临期 / 超期 (and without a running time limit), and the
 * cases 临期 or 超期, most urgent first — counted in SQL from the kept due dates.
 */
@Service
public class CaseOverview {

	/** The most cases listed as 临期 or 超期; the figures count them all. */
	public static final int LISTED = 50;

	private final JdbcClient jdbc;

	private final CaseDeadlines deadlines;

	private final BusinessTime time;

	CaseOverview(JdbcClient jdbc, CaseDeadlines deadlines, BusinessTime time) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.time = time;
	}

	/** The overview of the cases of these agencies today. */
	public Figures of(Set<Long> agencies) {
		LocalDate today = this.time.today();
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		Map<Status, Long> byStatus = new EnumMap<>(Status.class);
		if (agencies.isEmpty()) {
			return new Figures(today, byStage, byStatus, 0, List.of());
		}
		LocalDate soon = this.deadlines.dueSoonLimit(today);
		this.jdbc.sql("select stage, count(*) n from penalty_case where agency_id in (:scope) group by stage")
			.param("scope", agencies)
			.query((rs) -> {
				byStage.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n"));
			});
		long[] none = { 0 };
		this.jdbc
			.sql("select case when due_on is null then 'NONE' when due_on < :today then 'OVERDUE'"
					+ " when due_on <= :soon then 'DUE_SOON' else 'NORMAL' end status, count(*) n"
					+ " from penalty_case where agency_id in (:scope) group by 1")
			.param("scope", agencies)
			.param("today", today)
			.param("soon", soon)
			.query((rs) -> {
				String status = rs.getString("status");
				if ("NONE".equals(status)) {
					none[0] = rs.getLong("n");
				}
				else {
					byStatus.put(Status.valueOf(status), rs.getLong("n"));
				}
			});
		List<Attention> attention = this.jdbc
			.sql("select id, title, party_name, stage, due_on, due_kind from penalty_case"
					+ " where agency_id in (:scope) and due_on <= :soon order by due_on, id limit " + LISTED)
			.param("scope", agencies)
			.param("soon", soon)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				return new Attention(rs.getLong("id"), rs.getString("title"), rs.getString("party_name"),
						Stage.valueOf(rs.getString("stage")), Kind.valueOf(rs.getString("due_kind")), due,
						this.deadlines.statusOf(due, today));
			})
			.list();
		return new Figures(today, byStage, byStatus, none[0], attention);
	}

	/**
	 * @param noDeadline cases without a running time limit (suspended, decided and
	 * closed, …)
	 */
	public record Figures(LocalDate today, Map<Stage, Long> byStage, Map<Status, Long> byStatus, long noDeadline,
			List<Attention> attention) {

		public long total() {
			return this.byStage.values().stream().mapToLong(Long::longValue).sum();
		}

		public long count(Status status) {
			return this.byStatus.getOrDefault(status, 0L);
		}

	}

	/** A case 临期 or 超期. */
	public record Attention(long id, String title, String partyName, Stage stage, Kind kind, LocalDate due,
			Status status) {
	}

}
