package org.sanxiang.officer;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * Certificates expiring within 30 days, for the system administrator and the head of the
 * handling unit.
 */
@Component
class OfficerTodos implements TodoProvider {

	static final int WARNING_DAYS = 30;

	private final OfficerRegistry registry;

	OfficerTodos(OfficerRegistry registry) {
		this.registry = registry;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains("SYSTEM_ADMIN") && !roles.contains("UNIT_HEAD")) {
			return List.of();
		}
		String link = roles.contains("SYSTEM_ADMIN") ? "/admin/system/officers" : "/officers";
		return this.registry.expiringWithin(visibleAgencyIds, WARNING_DAYS)
			.stream()
			.map((officer) -> new TodoItem("执法证即将到期：" + officer.name(),
					officer.certificateNumber() + "，有效期至" + officer.validTo(), link + "/" + officer.id(),
					officer.validTo().isBefore(this.registry.today()) ? TodoItem.Urgency.OVERDUE
							: TodoItem.Urgency.DUE_SOON))
			.toList();
	}

}
