package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * To-dos of the calendar: for the system administrator, next year's official calendar not
 * yet loaded (from 1 November; overdue in December) or this year's missing; for the
 * staff, the open deadlines of their agencies that are 临期 or 超期.
 */
@Component
class CalendarTodos implements TodoProvider {

	private final OfficialCalendar calendar;

	private final Deadlines deadlines;

	private final List<DeadlineSource> sources;

	CalendarTodos(OfficialCalendar calendar, Deadlines deadlines, List<DeadlineSource> sources) {
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.sources = sources;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (roles.contains("SYSTEM_ADMIN")) {
			return calendarMissing();
		}
		if (roles.contains("SECURITY_ADMIN") || roles.contains("AUDIT_ADMIN")) {
			return List.of();
		}
		return deadlines(visibleAgencyIds);
	}

	private List<TodoItem> calendarMissing() {
		LocalDate today = this.calendar.today();
		int year = today.getYear();
		WorkingCalendar days = this.calendar.calendar();
		if (!days.covers(year)) {
			return List.of(missing(year, "本年度工作日历尚未载入，所有跨入本年的期限都无法计算", TodoItem.Urgency.OVERDUE));
		}
		if (today.getMonthValue() >= Month.NOVEMBER.getValue() && !days.covers(year + 1)) {
			return List.of(missing(year + 1, "国务院办公厅发布" + (year + 1) + "年节假日安排后请即载入；载入前，跨入" + (year + 1) + "年的期限无法计算",
					(today.getMonth() == Month.DECEMBER) ? TodoItem.Urgency.OVERDUE : TodoItem.Urgency.DUE_SOON));
		}
		return List.of();
	}

	private static TodoItem missing(int year, String detail, TodoItem.Urgency urgency) {
		return new TodoItem(year + "年工作日历尚未载入", detail, "/admin/system/calendar?year=" + year, urgency);
	}

	private List<TodoItem> deadlines(Set<Long> visibleAgencyIds) {
		List<TodoItem> todos = new ArrayList<>();
		for (DeadlineSource source : this.sources) {
			for (DeadlineSource.TrackedDeadline tracked : source.openDeadlines()) {
				if (tracked.agencyId() == null || !visibleAgencyIds.contains(tracked.agencyId())) {
					continue;
				}
				try {
					Deadline deadline = this.deadlines.open(tracked.ruleCode(), tracked.start(), tracked.pauses(),
							tracked.extensionsGranted());
					if (deadline.status() == DeadlineStatus.DUE_SOON || deadline.status() == DeadlineStatus.OVERDUE) {
						boolean overdue = deadline.status() == DeadlineStatus.OVERDUE;
						todos.add(new TodoItem((overdue ? "已超期：" : "临期：") + deadline.rule().name(),
								"期限届满日 " + deadline.due()
										+ (overdue ? "，已超期" : "，剩余" + deadline.workingDaysLeft() + "个工作日"),
								"/workspace/deadlines",
								overdue ? TodoItem.Urgency.OVERDUE : TodoItem.Urgency.DUE_SOON));
					}
				}
				catch (CalendarNotMaintained ex) {
					todos.add(new TodoItem("期限无法计算：" + ex.year() + "年工作日历尚未载入", "请联系系统管理员载入" + ex.year() + "年国务院节假日安排",
							"/workspace/deadlines", TodoItem.Urgency.DUE_SOON));
				}
			}
		}
		return todos;
	}

}
