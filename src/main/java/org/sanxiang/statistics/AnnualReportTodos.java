package org.sanxiang.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * From 1 to 31 January, the unit head's to-do: compile last year's 行政执法统计年报, due by 31
 * January (临期 from the 25th).
 */
@Component
class AnnualReportTodos implements TodoProvider {

	private final BusinessTime time;

	AnnualReportTodos(BusinessTime time) {
		this.time = time;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		LocalDate today = this.time.today();
		if (!roles.contains("UNIT_HEAD") || today.getMonthValue() != 1) {
			return List.of();
		}
		int year = today.getYear() - 1;
		return List.of(new TodoItem("编制" + year + "年度行政执法统计年报", "应于 " + today.getYear() + "-01-31 前报送",
				"/statistics/annual?year=" + year,
				(today.getDayOfMonth() >= 25) ? TodoItem.Urgency.DUE_SOON : TodoItem.Urgency.NORMAL));
	}

}
