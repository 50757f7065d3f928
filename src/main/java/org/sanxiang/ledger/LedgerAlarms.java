package org.sanxiang.ledger;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * The workspace alarm when the last integrity check found entries that no longer match.
 */
@Component
class LedgerAlarms implements TodoProvider {

	private final LedgerIntegrity integrity;

	LedgerAlarms(LedgerIntegrity integrity) {
		this.integrity = integrity;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		boolean auditor = roles.contains("AUDIT_ADMIN");
		if (!auditor && !roles.contains("SYSTEM_ADMIN")) {
			return List.of();
		}
		return this.integrity.lastReport()
			.filter((report) -> !report.intact())
			.map((report) -> List
				.of(new TodoItem("账本完整性告警", report.problems().size() + "处记录与签名检查点不符：" + report.problems().get(0),
						auditor ? "/admin/audit/ledger" : "/workspace", TodoItem.Urgency.OVERDUE)))
			.orElse(List.of());
	}

}
