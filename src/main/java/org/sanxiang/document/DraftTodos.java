package org.sanxiang.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drafts awaiting issue (待签发草稿): an officer's own; for the heads of unit and agency,
 * every draft of their agencies. None for the administrators, who may not read case
 * documents.
 */
@Component
class DraftTodos implements TodoProvider {

	static final int SHOWN = 10;

	private final JdbcClient jdbc;

	private final DocumentTypes types;

	DraftTodos(JdbcClient jdbc, DocumentTypes types) {
		this.jdbc = jdbc;
		this.types = types;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		boolean head = roles.contains("UNIT_HEAD") || roles.contains("AGENCY_HEAD");
		if ((!head && !roles.contains("OFFICER")) || visibleAgencyIds.isEmpty()) {
			return List.of();
		}
		List<Draft> drafts = this.jdbc
			.sql("select id, type_code, created_by from document where status = 'DRAFT'"
					+ " and agency_id in (:agencies)" + (head ? "" : " and created_by = :me") + " order by updated_at")
			.param("agencies", visibleAgencyIds)
			.param("me", actor.username())
			.query((rs, n) -> new Draft(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		List<TodoItem> todos = new ArrayList<>();
		for (Draft draft : drafts.subList(0, Math.min(SHOWN, drafts.size()))) {
			todos.add(new TodoItem("待签发：" + this.types.get(draft.typeCode()).name(), "草稿 #" + draft.id() + "，尚未签发",
					"/documents/" + draft.id(), TodoItem.Urgency.NORMAL));
		}
		if (drafts.size() > SHOWN) {
			todos.add(new TodoItem("还有 " + (drafts.size() - SHOWN) + " 份草稿待签发", "在执法文书列表中查看全部草稿",
					"/documents?status=DRAFT", TodoItem.Urgency.NORMAL));
		}
		return todos;
	}

	private record Draft(long id, String typeCode, String createdBy) {
	}

}
