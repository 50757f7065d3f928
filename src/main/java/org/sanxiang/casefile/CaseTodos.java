package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.casefile.CaseDeadline.Kind;
import org.sanxiang.casefile.CaseDeadline.Status;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases on the to-do lists: to an officer, the cases they act in (recorded an act or were
 * on one) whose time limit is 临期 or 超期; to the unit head, the agency's cases 超期; to the
 * agency head, the cases awaiting the decision (notice served, the defence period over or
 * waived, a requested hearing held or waived). At most {@link #SHOWN} of each.
 */
@Component
class CaseTodos implements org.sanxiang.core.TodoProvider {

	static final int SHOWN = 10;

	private static final String COLUMNS = "select c.id, c.title, c.due_on, c.due_kind from penalty_case c";

	private final JdbcClient jdbc;

	private final CaseDeadlines deadlines;

	private final BusinessTime time;

	CaseTodos(JdbcClient jdbc, CaseDeadlines deadlines, BusinessTime time) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.time = time;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		List<TodoItem> todos = new ArrayList<>();
		if (roles.contains("SYSTEM_ADMIN") || roles.contains("SECURITY_ADMIN") || roles.contains("AUDIT_ADMIN")) {
			return todos;
		}
		LocalDate today = this.time.today();
		if (roles.contains("OFFICER")) {
			long account = (actor instanceof SanxiangPrincipal principal) ? principal.accountId() : -1;
			this.jdbc.sql(COLUMNS + " where c.agency_id = :agency and c.due_on <= :soon and (exists (select 1"
					+ " from case_entry e where e.case_id = c.id and e.actor = :me) or exists (select 1 from case_officer o"
					+ " join officer f on f.id = o.officer_id where o.case_id = c.id and f.account_id = :account))"
					+ " order by c.due_on, c.id limit " + SHOWN)
				.param("agency", actor.agencyId())
				.param("soon", this.deadlines.dueSoonLimit(today))
				.param("me", actor.username())
				.param("account", account)
				.query((rs, n) -> timed(rs.getLong("id"), rs.getString("title"), Kind.valueOf(rs.getString("due_kind")),
						rs.getObject("due_on", LocalDate.class), today))
				.list()
				.forEach(todos::add);
		}
		if (roles.contains("UNIT_HEAD")) {
			this.jdbc
				.sql(COLUMNS + " where c.agency_id = :agency and c.due_on < :today order by c.due_on, c.id limit "
						+ SHOWN)
				.param("agency", actor.agencyId())
				.param("today", today)
				.query((rs, n) -> timed(rs.getLong("id"), "本单位案件" + rs.getString("title"),
						Kind.valueOf(rs.getString("due_kind")), rs.getObject("due_on", LocalDate.class), today))
				.list()
				.stream()
				.filter((item) -> todos.stream().noneMatch((t) -> t.link().equals(item.link())))
				.forEach(todos::add);
		}
		if (roles.contains("AGENCY_HEAD")) {
			this.jdbc
				.sql(COLUMNS + " where c.agency_id = :agency and c.stage = 'DEFENCE'"
						+ " and (c.statement_waived and (not c.hearing_offered or c.hearing_waived)"
						+ " or c.notice_served_on <= :served)"
						+ " and (c.hearing_requested_on is null or c.hearing_held_on is not null or c.hearing_waived)"
						+ " order by c.notice_served_on, c.id limit " + SHOWN)
				.param("agency", actor.agencyId())
				.param("served", lastServiceWithDefenceOver(today))
				.query((rs, n) -> new TodoItem("案件待作出处理决定：" + rs.getString("title"), "告知书已送达，陈述申辩期已届满或当事人已放弃；请审查后作出决定",
						"/cases/" + rs.getLong("id"), TodoItem.Urgency.NORMAL))
				.list()
				.forEach(todos::add);
		}
		return todos;
	}

	private TodoItem timed(long id, String title, Kind kind, LocalDate due, LocalDate today) {
		Status status = this.deadlines.statusOf(due, today);
		return new TodoItem("案件" + kind.chineseName() + status.chineseName() + "：" + title,
				kind.chineseName() + "届满日 " + due + "，" + status.chineseName() + "（" + kind.article() + "）",
				"/cases/" + id, (status == Status.OVERDUE) ? TodoItem.Urgency.OVERDUE : TodoItem.Urgency.DUE_SOON);
	}

	/**
	 * The last service date of a notice whose defence period (5 working days, 第六十四条第一项)
	 * ended before today, so that the head may decide today.
	 */
	private LocalDate lastServiceWithDefenceOver(LocalDate today) {
		LocalDate served = today.minusDays(1);
		while (!this.deadlines.workingDaysAfter(served, Gate.DEFENCE_PERIOD_WORKING_DAYS).isBefore(today)) {
			served = served.minusDays(1);
		}
		return served;
	}

}
