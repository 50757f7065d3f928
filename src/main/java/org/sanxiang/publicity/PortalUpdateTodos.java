package org.sanxiang.publicity;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * The publisher's to-do for the 20-working-day update duty: one item per registry with
 * changes not yet confirmed as checked on the portal (临期 within 3 days of the due date,
 * 超期 after it).
 */
@Component
class PortalUpdateTodos implements TodoProvider {

	private final PortalUpdateDuty duty;

	PortalUpdateTodos(PortalUpdateDuty duty) {
		this.duty = duty;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains("PUBLISHER")) {
			return List.of();
		}
		var today = this.duty.today();
		return this.duty.pending().stream().map((p) -> {
			String title = "公示信息待更新：" + p.registry().chineseName() + "（" + p.changes() + " 项变更，最近：" + p.latestSubject()
					+ "）";
			if (p.dueOn() == null) {
				return new TodoItem(title, "应自变更之日起20个工作日内核对公示页面（日历未维护，无法计算期限）", "/publicity/portal-updates",
						TodoItem.Urgency.DUE_SOON);
			}
			boolean overdue = this.duty.overdue(p);
			return new TodoItem(title,
					overdue ? "已超过更新期限（应于 " + p.dueOn() + " 前核对公示页面）" : "应于 " + p.dueOn() + " 前核对公示页面",
					"/publicity/portal-updates",
					overdue ? TodoItem.Urgency.OVERDUE : p.dueOn().minusDays(3).isAfter(today) ? TodoItem.Urgency.NORMAL
							: TodoItem.Urgency.DUE_SOON);
		}).toList();
	}

}
