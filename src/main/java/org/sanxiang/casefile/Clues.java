package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.calendar.CalendarNotMaintained;
import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clues (案源) as people handle them: registered by the case workers who act on cases, read
 * in the reader's data scope (三员 never), decided in the clue's own agency within the
 * calendar rule {@code CASE_FILING} (生态环境行政处罚办法 第十八条: 15 days from discovery, counted as
 * the rule says — calendar days by default, a period ending on a holiday ends on the next
 * working day — and 15 more once with the agency head's approval), whose status 正常/临期/超期
 * is derived on demand. 立案 files the penalty case through {@link Cases} in the same
 * transaction.
 */
@Service
public class Clues {

	static final String RULE = "CASE_FILING";

	static final Map<String, String> SORTABLE = Map.of("registered", "登记日期", "updated", "更新时间");

	private final ClueRepository clues;

	private final Cases cases;

	private final Deadlines deadlines;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	Clues(ClueRepository clues, Cases cases, Deadlines deadlines, BusinessTime time, JdbcClient jdbc) {
		this.clues = clues;
		this.cases = cases;
		this.deadlines = deadlines;
		this.time = time;
		this.jdbc = jdbc;
	}

	/**
	 * What a clue is registered with; {@code partyId} from 一企一档, else {@code partyName}.
	 */
	public record Registration(ClueSource source, String sourceReference, Long partyId, String partyName,
			String alleged, LocalDate actOn, Boolean continuing, LocalDate actEndedOn, Boolean harmed,
			LocalDate registeredOn) {
	}

	@Transactional
	public Clue register(Registration form, SanxiangPrincipal actor) {
		Cases.requireCaseActor(actor);
		CaseParty party = this.cases.party(form.partyId(), form.partyName(), actor);
		return this.clues.save(Clue.register(actor.agencyId(), form.source(), form.sourceReference(), party,
				form.alleged(), form.actOn(), Boolean.TRUE.equals(form.continuing()), form.actEndedOn(),
				Boolean.TRUE.equals(form.harmed()), acting(actor, form.registeredOn())));
	}

	/** 延长立案审查期限 (the agency head). */
	@Transactional
	public Clue extend(long id, String reason, SanxiangPrincipal actor) {
		Clue clue = actingOn(id, actor);
		clue.extend(reason, this.deadlines.open(RULE, clue.registeredOn(), List.of(), 0).due(), acting(actor, null));
		return this.clues.save(clue);
	}

	/**
	 * 立案 from the clue: the penalty case is filed with the clue's party and records the
	 * clue.
	 */
	@Transactional
	public Clue file(long id, String title, Long documentId, LocalDate on, SanxiangPrincipal actor) {
		Clue clue = actingOn(id, actor);
		Acting acting = acting(actor, on);
		CaseParty party = new CaseParty(clue.partyId(), clue.partyName(), clue.partyKind(), null);
		if (clue.partyId() != null) {
			party = this.cases.party(clue.partyId(), clue.partyName(), actor);
		}
		CaseParty filedParty = party;
		clue.file(documentId, acting,
				() -> this.cases
					.fileFromClue(title, filedParty, clue.id(), acting.on(),
							(documentId == null) ? List.of() : List.of(documentId), clue.alleged(), actor)
					.id());
		return this.clues.save(clue);
	}

	/** 不予立案, with its reason. */
	@Transactional
	public Clue refuse(long id, String reason, Long documentId, LocalDate on, SanxiangPrincipal actor) {
		Clue clue = actingOn(id, actor);
		clue.refuse(reason, documentId, acting(actor, on));
		return this.clues.save(clue);
	}

	/** 移送 to the competent authority. */
	@Transactional
	public Clue transfer(long id, String to, String reason, Long documentId, LocalDate on, SanxiangPrincipal actor) {
		Clue clue = actingOn(id, actor);
		clue.transfer(to, reason, documentId, acting(actor, on));
		return this.clues.save(clue);
	}

	/** A clue in the reader's data scope, or 404; 三员 never. */
	public Clue clueOf(long id, SanxiangPrincipal reader) {
		Cases.requireReader(reader);
		return this.clues.findById(id)
			.filter((clue) -> reader.dataScope().includes(clue.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("案源"));
	}

	/**
	 * The filing deadline today: open while pending, met or met late once decided; null
	 * where the calendar has no data for its years.
	 */
	public Deadline deadline(Clue clue) {
		try {
			return this.deadlines.compute(RULE, clue.registeredOn(), List.of(), clue.extended() ? 1 : 0,
					clue.decidedOn());
		}
		catch (CalendarNotMaintained ex) {
			return null;
		}
	}

	/** A page of the clues in the reader's scope, optionally of one status. */
	public ResultPage<ClueSummary> page(SanxiangPrincipal reader, ClueStatus status, Paging paging) {
		Cases.requireReader(reader);
		Set<Long> scope = reader.dataScope().agencyIds();
		if (scope.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0, false);
		}
		String where = " from clue where agency_id in (:scope)" + ((status == null) ? "" : " and status = :status");
		String order = paging.sort().equals("updated") ? "updated_at" : "registered_on";
		var count = this.jdbc.sql("select count(*)" + where).param("scope", scope);
		var rows = this.jdbc
			.sql("select id" + where + " order by " + order + " " + paging.dir() + ", id " + paging.dir()
					+ " limit :limit offset :offset")
			.param("scope", scope)
			.param("limit", paging.size())
			.param("offset", paging.offset());
		if (status != null) {
			count = count.param("status", status.name());
			rows = rows.param("status", status.name());
		}
		long total = count.query(Long.class).single();
		List<ClueSummary> items = rows.query(Long.class)
			.list()
			.stream()
			.map((clueId) -> this.clues.findById(clueId).orElseThrow())
			.map((clue) -> ClueSummary.of(clue, deadline(clue)))
			.toList();
		return ResultPage.of(items, paging, total, false);
	}

	/** One line of the clue list, with its filing deadline. */
	public record ClueSummary(long id, String source, String partyName, String alleged, LocalDate registeredOn,
			ClueStatus status, String statusName, LocalDate due, String deadlineStatus, String deadlineStatusName,
			Long caseId) {

		static ClueSummary of(Clue clue, Deadline deadline) {
			return new ClueSummary(clue.id(), clue.source().chineseName(), clue.partyName(), clue.alleged(),
					clue.registeredOn(), clue.status(), clue.status().chineseName(),
					(deadline == null) ? null : deadline.due(), (deadline == null) ? null : deadline.status().name(),
					(deadline == null) ? null : deadline.status().chineseName(), clue.caseId());
		}

	}

	private Clue actingOn(long id, SanxiangPrincipal actor) {
		Clue clue = clueOf(id, actor);
		Cases.requireCaseActor(actor);
		if (clue.agencyId() != actor.agencyId()) {
			throw new RuleViolation("CASE_OTHER_AGENCY", "只有本案源所属执法主体的人员可以办理", HttpStatus.FORBIDDEN);
		}
		return clue;
	}

	private Acting acting(SanxiangPrincipal actor, LocalDate on) {
		LocalDate today = this.time.today();
		return new Acting(new Participant(actor.username(), actor.displayName(), actor.hasRole(Role.AGENCY_HEAD)),
				(on == null) ? today : on, today, this.time.now());
	}

}
