package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.stereotype.Component;

/**
 * Where people see the decisions due to be published until the publicity pages arrive
 * (issue #17): on the workspace of those who publish or answer for it (信息公开, 法制审核, the
 * heads) as 待公示 with the due date, and in the party's file (一企一档) as its 公示 section.
 */
@Component
class DuePublicationViews implements TodoProvider, SubjectFileSection {

	static final int SHOWN = 10;

	private static final Set<String> ROLES = Set.of("PUBLISHER", "LEGAL_REVIEWER", "UNIT_HEAD", "AGENCY_HEAD");

	private final DuePublications publications;

	private final BusinessTime time;

	DuePublicationViews(DuePublications publications, BusinessTime time) {
		this.publications = publications;
		this.time = time;
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (roles.stream().noneMatch(ROLES::contains)) {
			return List.of();
		}
		LocalDate today = this.time.today();
		List<TodoItem> todos = new ArrayList<>();
		for (DuePublications.DuePublication due : this.publications.due(visibleAgencyIds, SHOWN)) {
			boolean overdue = due.dueOn().isBefore(today);
			todos
				.add(new TodoItem("待公示：" + due.title(),
						(overdue ? "已超过公示期限 " : "应于 ") + due.dueOn() + (overdue ? "" : " 前公示") + "（" + due.basis()
								+ "）",
						"/documents/" + due.documentId(),
						overdue ? TodoItem.Urgency.OVERDUE : due.dueOn().minusDays(3).isAfter(today)
								? TodoItem.Urgency.NORMAL : TodoItem.Urgency.DUE_SOON));
		}
		return todos;
	}

	@Override
	public Kind kind() {
		return Kind.PUBLICITY;
	}

	@Override
	public List<Entry> entriesFor(long partyId, Set<Long> agencyIds) {
		return this.publications.ofParty(partyId, agencyIds)
			.stream()
			.map((due) -> new Entry(due.decidedOn(),
					due.title() + (due.withdrawn() ? "（已撤回，不再公示）" : "（待公示，截止 " + due.dueOn() + "）"),
					"/documents/" + due.documentId()))
			.toList();
	}

}
