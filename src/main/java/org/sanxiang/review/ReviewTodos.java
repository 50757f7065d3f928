package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Legal review on the to-do lists: for a legal reviewer, the requests waiting for a
 * reviewer and those they hold, with the time limit (临期, 超期); for the agency head, the
 * requests whose time limit is near or past; for the handling officer (and the unit
 * head), the requests returned to be fixed (and whether it may still disagree); for the
 * reviewer, the disagreements to coordinate; for the agency head, the disagreements to
 * decide and the collective discussions to record. At most {@link #SHOWN} of each, the
 * rest counted.
 */
@Component
class ReviewTodos implements TodoProvider {

	static final int SHOWN = 10;

	private static final String CURRENT_ROUND = """
			select r.id, r.title, r.status, r.extensions, r.reviewer, rr.submitted_on,
			(select count(*) from review_dispute d where d.request_id = r.id and d.round_index = rr.round_index) disputes
			from review_request r join review_round rr on rr.request_id = r.id
			and rr.round_index = (select max(x.round_index) from review_round x where x.request_id = r.id)
			""";

	private final JdbcClient jdbc;

	private final Deadlines deadlines;

	ReviewTodos(JdbcClient jdbc, Deadlines deadlines) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		List<TodoItem> todos = new ArrayList<>();
		if (roles.contains("LEGAL_REVIEWER")) {
			add(todos, open(
					"r.agency_id = :agency and (r.status = 'SUBMITTED' and not exists (select 1 from review_recusal c"
							+ " where c.request_id = r.id and c.reviewer = :me) or r.status = 'IN_REVIEW' and r.reviewer = :me)",
					actor), "法制审核", "/review?status=IN_REVIEW", true);
		}
		if (roles.contains("AGENCY_HEAD")) {
			List<Open> late = open("r.agency_id = :agency and r.status in ('SUBMITTED', 'IN_REVIEW')", actor).stream()
				.filter((request) -> request.deadline().status() != DeadlineStatus.NORMAL)
				.toList();
			add(todos, late, "法制审核期限", "/review", true);
		}
		if (roles.contains("LEGAL_REVIEWER")) {
			add(todos, open("r.agency_id = :agency and r.status = 'DISPUTED' and r.reviewer = :me", actor), "审核异议协调",
					"/review?status=DISPUTED", false);
		}
		if (roles.contains("AGENCY_HEAD")) {
			add(todos,
					open("r.agency_id = :agency and (r.status in ('AWAITING_HEAD', 'IN_DISCUSSION')"
							+ " or r.status in ('PASSED', 'SETTLED') and r.discussion_required"
							+ " and (r.discussion_round is null or r.discussion_round <> rr.round_index))", actor),
					"审核异议待决定", "/review?status=AWAITING_HEAD", false);
		}
		if (roles.contains("OFFICER") || roles.contains("UNIT_HEAD")) {
			String who = roles.contains("UNIT_HEAD") ? "" : " and r.submitted_by = :me";
			add(todos, open("r.agency_id = :agency and r.status = 'RETURNED'" + who, actor), "法制审核退回",
					"/review?status=RETURNED", false);
		}
		return todos;
	}

	private List<Open> open(String where, Actor actor) {
		return this.jdbc.sql(CURRENT_ROUND + " where " + where + " order by r.updated_at limit " + (SHOWN + 1))
			.param("agency", actor.agencyId())
			.param("me", actor.username())
			.query((rs, n) -> {
				LocalDate submitted = rs.getDate("submitted_on").toLocalDate();
				Deadline deadline = this.deadlines.compute("LEGAL_REVIEW", submitted, List.of(),
						rs.getInt("extensions"), null);
				return new Open(rs.getLong("id"), rs.getString("title"),
						ReviewRequest.Status.valueOf(rs.getString("status")), deadline, rs.getInt("disputes") > 0);
			})
			.list();
	}

	private static void add(List<TodoItem> todos, List<Open> requests, String what, String more, boolean timed) {
		for (Open request : requests.subList(0, Math.min(SHOWN, requests.size()))) {
			String title = switch (request.status()) {
				case SUBMITTED -> "待承接法制审核：";
				case IN_REVIEW -> "法制审核：";
				case RETURNED -> "法制审核被退回，待整改后重新提交：";
				case DISPUTED -> "承办机构对审核意见有异议，待协调：";
				case AWAITING_HEAD -> "审核异议协调未果，待您决定：";
				case IN_DISCUSSION, PASSED, SETTLED -> "待集体讨论：";
				default -> what + "：";
			};
			Deadline deadline = request.deadline();
			TodoItem.Urgency urgency = !timed ? TodoItem.Urgency.NORMAL : switch (deadline.status()) {
				case OVERDUE -> TodoItem.Urgency.OVERDUE;
				case DUE_SOON -> TodoItem.Urgency.DUE_SOON;
				default -> TodoItem.Urgency.NORMAL;
			};
			String detail = timed ? "审核期限 " + deadline.due() + switch (deadline.status()) {
				case OVERDUE -> "，已超期";
				case DUE_SOON -> "，临期（剩 " + deadline.workingDaysLeft() + " 个工作日）";
				default -> "";
			} : switch (request.status()) {
				case RETURNED -> request.disputed() ? "请按审核建议逐项整改，并说明整改情况" : "请按审核建议逐项整改，并说明整改情况；对审核意见有异议的，可以提出异议";
				case DISPUTED -> "请与承办机构协调，并记录协调结果";
				case AWAITING_HEAD -> "请决定采纳法制审核意见或承办机构意见，或者提请集体讨论";
				default -> "请在集体讨论后记录讨论情况，签发案件集体讨论笔录";
			};
			todos.add(new TodoItem(title + request.title(), detail, "/review/" + request.id(), urgency));
		}
		if (requests.size() > SHOWN) {
			todos.add(new TodoItem("还有更多" + what + "事项", "在法制审核列表中查看全部", more, TodoItem.Urgency.NORMAL));
		}
	}

	private record Open(long id, String title, ReviewRequest.Status status, Deadline deadline, boolean disputed) {
	}

}
