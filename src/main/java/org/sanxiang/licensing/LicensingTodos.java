package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * To-dos of the licensing window for the agency's officers and heads: applications
 * overdue or due within 3 working days, applications waiting to be accepted, and licences
 * in force that expire within 30 days.
 */
@Component
class LicensingTodos implements TodoProvider {

	static final int DUE_SOON_WORKING_DAYS = 3;

	static final int EXPIRING_DAYS = 30;

	private static final Set<String> READERS = Set.of("OFFICER", "UNIT_HEAD", "AGENCY_HEAD");

	private final Licensing licensing;

	LicensingTodos(Licensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (roles.stream().noneMatch(READERS::contains) || roles.contains("SYSTEM_ADMIN")
				|| roles.contains("SECURITY_ADMIN") || roles.contains("AUDIT_ADMIN")) {
			return List.of();
		}
		List<Licensing.ApplicationLine> open = this.licensing.linesIn(visibleAgencyIds, true);
		List<TodoItem> todos = new ArrayList<>();
		long overdue = open.stream().filter(Licensing.ApplicationLine::overdue).count();
		if (overdue > 0) {
			todos.add(new TodoItem("许可申请已超期", overdue + "件许可申请已超过法定办理期限", "/licensing/applications?overdue=true",
					TodoItem.Urgency.OVERDUE));
		}
		long dueSoon = open.stream()
			.filter((l) -> !l.overdue() && l.workingDaysLeft() != null && l.workingDaysLeft() <= DUE_SOON_WORKING_DAYS)
			.count();
		if (dueSoon > 0) {
			todos.add(new TodoItem("许可申请即将到期", dueSoon + "件许可申请将在" + DUE_SOON_WORKING_DAYS + "个工作日内到期",
					"/licensing/applications?sort=due", TodoItem.Urgency.DUE_SOON));
		}
		long pending = open.stream().filter((l) -> l.status() == ApplicationStatus.RECEIVED).count();
		if (pending > 0 && (roles.contains("OFFICER") || roles.contains("UNIT_HEAD"))) {
			todos.add(new TodoItem("待受理的许可申请", pending + "件许可申请已收件，待决定是否受理", "/licensing/applications?status=RECEIVED",
					TodoItem.Urgency.NORMAL));
		}
		LocalDate today = this.licensing.today();
		long expiring = this.licensing.licencesIn(visibleAgencyIds)
			.stream()
			.filter((l) -> l.status() == LicenceStatus.IN_FORCE && l.validTo() != null && !l.validTo().isBefore(today)
					&& !l.validTo().isAfter(today.plusDays(EXPIRING_DAYS)))
			.count();
		if (expiring > 0) {
			todos.add(new TodoItem("许可证即将到期", expiring + "张许可证将在" + EXPIRING_DAYS + "日内到期，请提示被许可人申请延续",
					"/licensing/licences?status=IN_FORCE&sort=validTo", TodoItem.Urgency.DUE_SOON));
		}
		return todos;
	}

}
