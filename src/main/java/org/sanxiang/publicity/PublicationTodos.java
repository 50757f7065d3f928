package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * The publisher's to-dos (信息公开): each decision awaiting approval of its redacted copy,
 * with its due date (临期 within 3 days, 超期 after), linking to its page.
 */
@Component
class PublicationTodos implements TodoProvider {

	static final int SHOWN = 20;

	private final Publications publications;

	private final BusinessTime time;

	PublicationTodos(Publications publications, BusinessTime time) {
		this.publications = publications;
		this.time = time;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains("PUBLISHER")) {
			return List.of();
		}
		LocalDate today = this.time.today();
		List<TodoItem> todos = new ArrayList<>();
		for (Publication p : this.publications.board(visibleAgencyIds, Publication.Status.PENDING, SHOWN)) {
			boolean overdue = p.overdueOn(today);
			todos.add(new TodoItem("待脱敏审核：" + p.proposedTitle(),
					overdue ? "已超过公开期限（应于 " + p.dueOn() + " 前公开）" : "应于 " + p.dueOn() + " 前审核并公开",
					"/publicity/publications/" + p.id(),
					overdue ? TodoItem.Urgency.OVERDUE : p.dueOn().minusDays(3).isAfter(today) ? TodoItem.Urgency.NORMAL
							: TodoItem.Urgency.DUE_SOON));
		}
		return todos;
	}

}
