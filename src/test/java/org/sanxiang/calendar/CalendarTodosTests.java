package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * From 1 November the system administrator is told that next year's calendar is missing
 * (overdue in December); staff see their agencies' deadlines that are 临期 or 超期.
 */
class CalendarTodosTests {

	static final Actor ACTOR = new Actor() {

		@Override
		public String username() {
			return "someone";
		}

		@Override
		public long agencyId() {
			return 1;
		}

		@Override
		public String agencyPath() {
			return "/1/";
		}
	};

	OfficialCalendar calendar = mock(OfficialCalendar.class);

	Deadlines deadlines = mock(Deadlines.class);

	List<TodoItem> todos(LocalDate today, String role, DeadlineSource... sources) {
		when(this.calendar.today()).thenReturn(today);
		when(this.calendar.calendar()).thenReturn(ShippedCalendarFixture.CALENDAR);
		return new CalendarTodos(this.calendar, this.deadlines, List.of(sources)).todosFor(ACTOR, Set.of(role),
				Set.of(1L));
	}

	@Test
	void theSystemAdministratorIsToldFromTheFirstOfNovemberThatNextYearIsMissing() {
		assertThat(todos(LocalDate.of(2026, 10, 31), "SYSTEM_ADMIN")).isEmpty();
		assertThat(todos(LocalDate.of(2026, 11, 1), "SYSTEM_ADMIN")).singleElement().satisfies((todo) -> {
			assertThat(todo.title()).isEqualTo("2027年工作日历尚未载入");
			assertThat(todo.urgency()).isEqualTo(TodoItem.Urgency.DUE_SOON);
			assertThat(todo.link()).startsWith("/admin/system/calendar");
		});
		assertThat(todos(LocalDate.of(2026, 12, 2), "SYSTEM_ADMIN")).extracting(TodoItem::urgency)
			.containsExactly(TodoItem.Urgency.OVERDUE);
		assertThat(todos(LocalDate.of(2025, 11, 20), "SYSTEM_ADMIN")).isEmpty();
	}

	@Test
	void noOneElseIsToldAboutTheCalendar() {
		assertThat(todos(LocalDate.of(2026, 11, 15), "OFFICER")).isEmpty();
		assertThat(todos(LocalDate.of(2026, 11, 15), "AUDIT_ADMIN")).isEmpty();
	}

	@Test
	void staffSeeTheirAgenciesDeadlinesDueSoonOrOverdueAndWhyOneCannotBeComputed() {
		TimeLimitRule rule = mock(TimeLimitRule.class);
		when(rule.name()).thenReturn("行政处罚案件办理期限");
		LocalDate today = LocalDate.of(2026, 6, 1);
		DeadlineSource source = () -> List.of(
				new DeadlineSource.TrackedDeadline("Case", "1", 1L, "SOON", today, List.of(), 0),
				new DeadlineSource.TrackedDeadline("Case", "2", 1L, "LATE", today, List.of(), 0),
				new DeadlineSource.TrackedDeadline("Case", "3", 2L, "LATE", today, List.of(), 0),
				new DeadlineSource.TrackedDeadline("Case", "4", 1L, "YEAR_END", today, List.of(), 0));
		when(this.deadlines.open(eq("SOON"), any(), anyList(), anyInt()))
			.thenReturn(new Deadline(rule, today, today.plusDays(1), 1, DeadlineStatus.DUE_SOON));
		when(this.deadlines.open(eq("LATE"), any(), anyList(), anyInt()))
			.thenReturn(new Deadline(rule, today, today.minusDays(3), -2, DeadlineStatus.OVERDUE));
		when(this.deadlines.open(eq("YEAR_END"), any(), anyList(), anyInt()))
			.thenThrow(new CalendarNotMaintained(2027));
		assertThat(todos(today, "OFFICER", source)).extracting(TodoItem::title)
			.containsExactly("临期：行政处罚案件办理期限", "已超期：行政处罚案件办理期限", "期限无法计算：2027年工作日历尚未载入");
	}

}
