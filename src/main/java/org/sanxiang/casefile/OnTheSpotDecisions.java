package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.calendar.CalendarNotMaintained;
import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-the-spot decisions (简易程序) as people make them: by the case workers who act on cases,
 * with the officers resolved from the register, the issued 当场行政处罚决定书 found in the
 * document module; 备案 within the calendar rule {@code ON_THE_SPOT_RECORD}, and a decision
 * not on file in time is a to-do for the unit head.
 */
@Service
public class OnTheSpotDecisions implements TodoProvider {

	static final String RULE = "ON_THE_SPOT_RECORD";

	private final OnTheSpotDecisionRepository decisions;

	private final Cases cases;

	private final Documents documents;

	private final Deadlines deadlines;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	OnTheSpotDecisions(OnTheSpotDecisionRepository decisions, Cases cases, Documents documents, Deadlines deadlines,
			BusinessTime time, JdbcClient jdbc) {
		this.decisions = decisions;
		this.cases = cases;
		this.documents = documents;
		this.deadlines = deadlines;
		this.time = time;
		this.jdbc = jdbc;
	}

	/** What the 简易程序 form carries; {@code fine} null for a warning. */
	public record Decision(Long partyId, String partyName, String facts, BigDecimal fine, List<Long> officerIds,
			boolean certificateShown, Long documentId, boolean handedOver, String handedOverNote, LocalDate on) {
	}

	@Transactional
	public OnTheSpotDecision decide(Decision form, SanxiangPrincipal actor) {
		Cases.requireCaseActor(actor);
		CaseParty party = this.cases.party(form.partyId(), form.partyName(), actor);
		OnTheSpotDecision.DecisionDocument document = null;
		if (form.documentId() != null) {
			Document found = this.documents.get(form.documentId(), Set.of(actor.agencyId()));
			document = new OnTheSpotDecision.DecisionDocument(found.id(), found.typeCode(),
					found.status() == Document.Status.ISSUED, found.number());
		}
		List<ActingOfficer> officers = this.cases.officersOf(form.officerIds(), actor.agencyId(), actor);
		return this.decisions.save(OnTheSpotDecision.decide(actor.agencyId(), party, form.facts(), form.fine(),
				officers, form.certificateShown(), document, form.handedOver(), form.handedOverNote(),
				acting(actor, form.on())));
	}

	/** 备案 with the agency. */
	@Transactional
	public OnTheSpotDecision record(long id, LocalDate on, SanxiangPrincipal actor) {
		OnTheSpotDecision decision = decisionOf(id, actor);
		Cases.requireCaseActor(actor);
		if (decision.agencyId() != actor.agencyId()) {
			throw new RuleViolation("CASE_OTHER_AGENCY", "只有作出决定的执法主体可以备案", HttpStatus.FORBIDDEN);
		}
		decision.record(acting(actor, on));
		return this.decisions.save(decision);
	}

	/** A decision in the reader's data scope, or 404; 三员 never. */
	public OnTheSpotDecision decisionOf(long id, SanxiangPrincipal reader) {
		Cases.requireReader(reader);
		return this.decisions.findById(id)
			.filter((decision) -> reader.dataScope().includes(decision.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("当场处罚决定"));
	}

	/** The 备案 deadline, met once on file; null where the calendar has no data. */
	public Deadline recordDeadline(OnTheSpotDecision decision) {
		try {
			return this.deadlines.compute(RULE, decision.decidedOn(), List.of(), 0, decision.recordedOn());
		}
		catch (CalendarNotMaintained ex) {
			return null;
		}
	}

	/**
	 * The unit head's to-do: each decision in scope not on file whose period runs out
	 * soon or ran out.
	 */
	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if (!roles.contains(Role.UNIT_HEAD.name()) || visibleAgencyIds.isEmpty()) {
			return List.of();
		}
		List<TodoItem> items = new ArrayList<>();
		// one query for the decisions, one read of the rules and the calendar for all
		List<OnTheSpotDecision> open = this.decisions
			.findTop200ByAgencyIdInAndRecordedOnIsNullOrderByDecidedOnAscIdAsc(visibleAgencyIds);
		java.util.Map<LocalDate, Deadline> deadlines = this.deadlines.openEach(RULE,
				open.stream().map(OnTheSpotDecision::decidedOn).collect(java.util.stream.Collectors.toSet()));
		for (OnTheSpotDecision decision : open) {
			Deadline deadline = deadlines.get(decision.decidedOn());
			if (deadline == null || deadline.status() == DeadlineStatus.NORMAL) {
				continue;
			}
			boolean overdue = deadline.status() == DeadlineStatus.OVERDUE;
			items.add(new TodoItem((overdue ? "当场处罚决定逾期未备案：" : "当场处罚决定待备案：") + decision.partyName(),
					decision.penalty() + "，" + decision.decidedOn() + "作出，应于" + deadline.due() + "前备案",
					"/cases/on-the-spot/" + decision.id(),
					overdue ? TodoItem.Urgency.OVERDUE : TodoItem.Urgency.DUE_SOON));
		}
		return items;
	}

	private Acting acting(SanxiangPrincipal actor, LocalDate on) {
		LocalDate today = this.time.today();
		return new Acting(new Participant(actor.username(), actor.displayName(), actor.hasRole(Role.AGENCY_HEAD)),
				(on == null) ? today : on, today, this.time.now());
	}

}
