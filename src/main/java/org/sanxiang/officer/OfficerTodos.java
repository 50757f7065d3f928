package org.sanxiang.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.stereotype.Component;

/**
 * Certificates (执法证) expired or expiring within 30 days: to the officer who holds one,
 * and to the heads of unit (承办机构负责人) for the officers of their agencies — never to an
 * administrator (三员), who has no business with officers' records.
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
		if (roles.contains("SYSTEM_ADMIN") || roles.contains("SECURITY_ADMIN") || roles.contains("AUDIT_ADMIN")) {
			return List.of();
		}
		boolean head = roles.contains("UNIT_HEAD");
		Long accountId = (actor instanceof SanxiangPrincipal principal) ? principal.accountId() : null;
		LocalDate today = this.registry.today();
		return this.registry.expiringWithin(visibleAgencyIds, WARNING_DAYS)
			.stream()
			.filter((officer) -> head || (accountId != null && accountId.equals(officer.accountId())))
			.map((officer) -> item(officer, today, !head || accountId != null && accountId.equals(officer.accountId())))
			.toList();
	}

	private static TodoItem item(Officer officer, LocalDate today, boolean own) {
		boolean expired = officer.validTo().isBefore(today);
		String whose = own ? "我的执法证" : "执法证";
		String title = whose + (expired ? "已过期：" : "即将到期：") + officer.name();
		String detail = officer.certificateNumber() + "，有效期至" + officer.validTo()
				+ (expired ? "，不得从事执法活动，请尽快办理换证" : "，请及时办理换证");
		return new TodoItem(title, detail, "/officers/" + officer.id(),
				expired ? TodoItem.Urgency.OVERDUE : TodoItem.Urgency.DUE_SOON);
	}

}
