package org.sanxiang.publicity;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.stereotype.Component;

/**
 * The publisher's to-dos (信息公开) for the open error reports (纠错) on the decisions of its
 * agencies, oldest first, each linking to the report's page where it is answered.
 */
@Component
class ErrorReportTodos implements TodoProvider {

	static final int SHOWN = 20;

	private final ErrorReports reports;

	ErrorReportTodos(ErrorReports reports) {
		this.reports = reports;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains("PUBLISHER")) {
			return List.of();
		}
		return this.reports.open(visibleAgencyIds, SHOWN)
			.stream()
			.map((r) -> new TodoItem("纠错反馈：" + r.title(), "公众反馈公示信息有误，请核实并答复", "/publicity/reports/" + r.id(),
					TodoItem.Urgency.NORMAL))
			.toList();
	}

}
