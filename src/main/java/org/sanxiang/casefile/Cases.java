package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Money;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.CaseFileExport;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.Reviews;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on penalty cases as people do them: who may act (the officers, unit heads and
 * head of the case's own agency; the head alone decides), who may read (case workers in
 * their data scope; an administrator never reads case content), the officers resolved
 * from the register as they stand on the act's date, the calendar and the legal review
 * handed to the aggregate's gates. A lost race is a 409 through the aggregate's version.
 */
@Service
public class Cases {

	private final PenaltyCaseRepository cases;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	private final CaseRules rules;

	private final JdbcClient jdbc;

	private final CaseFileExport export;

	private final BlobStore blobs;

	private final PartyRegistry parties;

	private final CaseDeadlines deadlines;

	private final DecisionBasisReader basis;

	Cases(PenaltyCaseRepository cases, OfficerRegistry officers, OfficialCalendar calendar, Reviews reviews,
			BusinessTime time, JdbcClient jdbc, CaseFileExport export, BlobStore blobs, PartyRegistry parties,
			CaseDeadlines deadlines, org.sanxiang.review.HearingThresholds hearing, DecisionBasisReader basis,
			CaseAgencyRegions regions) {
		this.basis = basis;
		this.export = export;
		this.blobs = blobs;
		this.jdbc = jdbc;
		this.parties = parties;
		this.deadlines = deadlines;
		this.cases = cases;
		this.officers = officers;
		this.time = time;
		this.rules = CaseRules.all(calendar::addWorkingDays, reviews::mayDecide, hearing, regions::of);
	}

	/** 立案 in the actor's own agency. */
	@Transactional
	public PenaltyCase file(String title, String partyName, List<Long> documents, String note,
			SanxiangPrincipal actor) {
		requireCaseActor(actor);
		return this.cases
			.save(PenaltyCase.file(actor.agencyId(), title, partyName, acting(actor, null), documents, note));
	}

	/** 现场检查 or 调查询问 by the officers with these register ids, on {@code on}. */
	@Transactional
	public PenaltyCase recordInvestigation(long id, boolean inquiry, LocalDate on, List<Long> officerIds,
			List<Long> documents, List<Long> evidence, String note, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> {
			List<ActingOfficer> onAct = officersOf(officerIds, kase.agencyId(), actor);
			video(inquiry ? CaseAct.RECORD_INQUIRY : CaseAct.RECORD_INSPECTION, kase, evidence, null);
			if (inquiry) {
				kase.recordInquiry(acting, onAct, documents, evidence, note, this.rules);
			}
			else {
				kase.recordInspection(acting, onAct, documents, evidence, note, this.rules);
			}
		});
	}

	@Transactional
	public PenaltyCase recordRecusal(long id, long officerId, String reason, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.recordRecusal(acting,
				officersOf(List.of(officerId), kase.agencyId(), actor).get(0), reason, this.rules));
	}

	@Transactional
	public PenaltyCase attachEvidence(long id, List<Long> evidence, String note, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.attachEvidence(acting, evidence, note, this.rules));
	}

	@Transactional
	public PenaltyCase endInvestigation(long id, List<Long> documents, String note, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.endInvestigation(acting, documents, note, this.rules));
	}

	/** 案件审查: approve for 告知, or send back for more investigation. */
	@Transactional
	public PenaltyCase examine(long id, boolean sendBack, String opinion, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.examine(acting, sendBack, opinion, this.rules));
	}

	@Transactional
	public PenaltyCase notify(long id, Penalty proposed, boolean offerHearing, List<Long> documents,
			SanxiangPrincipal actor) {
		return act(id, actor, null,
				(kase, acting) -> kase.notify(acting, proposed, offerHearing, documents, this.rules));
	}

	@Transactional
	public PenaltyCase recordNoticeService(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.recordNoticeService(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase recordStatement(long id, List<Long> documents, String note, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.recordStatement(acting, documents, note, this.rules));
	}

	@Transactional
	public PenaltyCase waiveStatement(long id, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.waiveStatement(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase requestHearing(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.requestHearing(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase waiveHearing(long id, List<Long> documents, String note, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.waiveHearing(acting, documents, note, this.rules));
	}

	@Transactional
	public PenaltyCase holdHearing(long id, LocalDate on, Hearing hearing, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.holdHearing(acting, hearing, this.rules));
	}

	/**
	 * Records on the case that this proposed decision went to legal review (the review
	 * request's id; the request itself is submitted through the review module).
	 */
	@Transactional
	public PenaltyCase submitForLegalReview(long id, ProposedDecision proposal, Long reviewRequestId,
			SanxiangPrincipal actor) {
		return act(id, actor, null,
				(kase, acting) -> kase.submitForLegalReview(acting, proposal, reviewRequestId, this.rules));
	}

	@Transactional
	public PenaltyCase recordDiscussion(long id, String digest, boolean agreed, List<Long> documents, String note,
			SanxiangPrincipal actor) {
		return act(id, actor, null,
				(kase, acting) -> kase.recordDiscussion(acting, digest, agreed, documents, note, this.rules));
	}

	/** 作出处罚决定: the agency head, with exactly this content. */
	@Transactional
	public PenaltyCase decide(long id, ProposedDecision decision, List<Long> documents, SanxiangPrincipal actor) {
		Optional<org.sanxiang.document.Document> issued = decisionDocument(documents, actor, DECISION_TYPES);
		return act(id, actor, null,
				(kase, acting) -> kase.decide(acting, decision, documents, this.basis.of(kase, decision),
						issued.map(org.sanxiang.document.Document::id).orElse(null),
						issued.map(org.sanxiang.document.Document::number).orElse(null), this.rules));
	}

	@Transactional
	public PenaltyCase serve(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.serve(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase recordPayment(long id, LocalDate on, Money amount, List<Long> documents,
			SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.recordPayment(acting, amount, documents, this.rules));
	}

	@Transactional
	public PenaltyCase notPunish(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.notPunish(acting, reason, documents, this.rules));
	}

	@Transactional
	public PenaltyCase transfer(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.transfer(acting, reason, documents, this.rules));
	}

	@Transactional
	public PenaltyCase revokeFiling(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.revokeFiling(acting, reason, documents, this.rules));
	}

	@Transactional
	public PenaltyCase terminateInvestigation(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null,
				(kase, acting) -> kase.terminateInvestigation(acting, reason, documents, this.rules));
	}

	@Transactional
	public PenaltyCase suspend(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.suspend(acting, reason, documents, this.rules));
	}

	/** 公告、鉴定等期间 starts on {@code on} (null: today); its days do not count. */
	@Transactional
	public PenaltyCase startExcludedPeriod(long id, ExcludedPeriod kind, LocalDate on, String note,
			List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on,
				(kase, acting) -> kase.startExcludedPeriod(acting, kind, note, documents, this.rules));
	}

	/** The 公告、鉴定等期间 ends on {@code on} (null: today). */
	@Transactional
	public PenaltyCase endExcludedPeriod(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.endExcludedPeriod(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase resume(long id, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.resume(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase close(long id, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.close(acting, documents, this.rules));
	}

	/**
	 * 归档: the case's 案卷 (its documents and evidence, owner kind {@code CASE}) is exported
	 * through the evidence module, stored as a content-addressed blob, and its SHA-256
	 * kept on the case.
	 */
	@Transactional
	public PenaltyCase archive(long id, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.archive(acting, documents,
				(kase.stage() == Stage.CLOSED) ? archivedCaseFile(kase, actor) : null, this.rules));
	}

	/**
	 * A case in the reader's data scope, or 404; administrators (三员) never read case
	 * content.
	 */
	public PenaltyCase caseOf(long id, SanxiangPrincipal reader) {
		requireReader(reader);
		return this.cases.findById(id)
			.filter((kase) -> reader.dataScope().includes(kase.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("案件"));
	}

	/** The sortable columns of the case list, with their Chinese names. */
	static final java.util.Map<String, String> SORTABLE = java.util.Map.of("updated", "更新时间", "filed", "立案日期");

	/** A page of the cases in the reader's scope, optionally of one stage. */
	public ResultPage<CaseSummary> page(SanxiangPrincipal reader, Stage stage, Paging paging) {
		return filtered(reader, new CaseFilter(stage, null, null, null, null, null), paging);
	}

	/**
	 * One line of the case list, with its nearest running time limit and its status
	 * today.
	 */
	public record CaseSummary(long id, long agencyId, String title, String partyName, Stage stage, LocalDate filedOn,
			java.time.Instant updatedAt, LocalDate dueOn, CaseDeadline.Kind dueKind, CaseDeadline.Status dueStatus) {

		public String stageName() {
			return this.stage.chineseName();
		}

	}

	/**
	 * The rules the service hands to the aggregate (all gates, official calendar,
	 * review).
	 */
	CaseRules rules() {
		return this.rules;
	}

	private PenaltyCase act(long id, SanxiangPrincipal actor, LocalDate on, Act change) {
		PenaltyCase kase = caseOf(id, actor);
		requireCaseActor(actor);
		if (kase.agencyId() != actor.agencyId()) {
			throw new RuleViolation("CASE_OTHER_AGENCY", "只有本案执法主体的人员可以办理本案", HttpStatus.FORBIDDEN);
		}
		change.apply(kase, acting(actor, on));
		return this.cases.save(kase);
	}

	private Acting acting(SanxiangPrincipal actor, LocalDate on) {
		LocalDate today = this.time.today();
		return new Acting(new Participant(actor.username(), actor.displayName(), actor.hasRole(Role.AGENCY_HEAD),
				actor.hasRole(Role.UNIT_HEAD)), (on == null) ? today : on, today, this.time.now());
	}

	static void requireReader(SanxiangPrincipal reader) {
		if (reader.roles().stream().noneMatch(Role.CASE_WORKERS::contains)
				|| reader.roles().stream().anyMatch(Role.ADMINISTRATORS::contains)) {
			throw new RuleViolation("CASE_CONTENT_REFUSED", "系统管理员、安全管理员和审计管理员不得查阅案件内容", HttpStatus.FORBIDDEN);
		}
	}

	static void requireCaseActor(SanxiangPrincipal actor) {
		if (!actor.hasRole(Role.OFFICER) && !actor.hasRole(Role.UNIT_HEAD) && !actor.hasRole(Role.AGENCY_HEAD)) {
			throw new RuleViolation("CASE_ACTOR_REFUSED", "只有执法人员、承办机构负责人和机关负责人可以办理案件", HttpStatus.FORBIDDEN);
		}
	}

	/** The officers of the case's agency with these ids, as the register has them now. */
	List<ActingOfficer> officersOf(List<Long> ids, long agencyId, SanxiangPrincipal actor) {
		List<ActingOfficer> found = new ArrayList<>();
		for (Long officerId : (ids == null) ? List.<Long>of() : ids) {
			Officer officer = this.officers.officer(officerId, java.util.Set.of(agencyId));
			// within its validity a certificate is qualified exactly when its status is
			// 有效
			boolean active = officer.isQualifiedOn(officer.validFrom());
			found.add(new ActingOfficer(officer.id(), officer.name(), officer.certificateNumber(), officer.validFrom(),
					officer.validTo(), active));
		}
		return found;
	}

	@FunctionalInterface
	private interface Act {

		void apply(PenaltyCase kase, Acting acting);

	}

	// Service and everything after the decision (helper H)

	/** 告知书送达 in a mode (直接、留置、邮寄、电子、公告送达). */
	@Transactional
	public PenaltyCase recordNoticeService(long id, LocalDate on, ServiceRecord service, List<Long> documents,
			SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> {
			ServiceRecord record = (service == null) ? ServiceRecord.direct() : service;
			video(CaseAct.RECORD_NOTICE_SERVICE, kase, record.evidence(), record);
			kase.recordNoticeService(acting, record, documents, this.rules);
		});
	}

	/** 决定书送达 in a mode. */
	@Transactional
	public PenaltyCase serve(long id, LocalDate on, ServiceRecord service, List<Long> documents,
			SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> {
			ServiceRecord record = (service == null) ? ServiceRecord.direct() : service;
			video(CaseAct.SERVE, kase, record.evidence(), record);
			kase.serve(acting, record, documents, this.rules);
		});
	}

	/** 缴纳, or 当场收缴 handed in to the agency on {@code handedInOn}. */
	@Transactional
	public PenaltyCase recordPayment(long id, LocalDate on, Money amount, LocalDate handedInOn, List<Long> documents,
			SanxiangPrincipal actor) {
		return act(id, actor, on,
				(kase, acting) -> kase.recordPayment(acting, amount, handedInOn, documents, this.rules));
	}

	@Transactional
	public PenaltyCase grantPaymentPlan(long id, List<Instalment> plan, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.grantPaymentPlan(acting, plan, documents, this.rules));
	}

	@Transactional
	public PenaltyCase applyForRemedy(long id, LocalDate on, Remedy.Kind kind, Long documentId,
			SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.applyForRemedy(acting, kind, documentId, this.rules));
	}

	@Transactional
	public PenaltyCase recordRemedyOutcome(long id, LocalDate on, Remedy.Outcome outcome, Penalty changedTo,
			String reason, Long documentId, SanxiangPrincipal actor) {
		String number = decisionDocument((documentId == null) ? List.of() : List.of(documentId), actor, null)
			.map(org.sanxiang.document.Document::number)
			.orElse(null);
		return act(id, actor, on, (kase, acting) -> kase.recordRemedyOutcome(acting, outcome, changedTo, reason,
				documentId, number, this.rules));
	}

	@Transactional
	public PenaltyCase remind(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.remind(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase applyToCourt(long id, LocalDate on, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, on, (kase, acting) -> kase.applyToCourt(acting, documents, this.rules));
	}

	@Transactional
	public PenaltyCase recordCourtRuling(long id, LocalDate on, boolean granted, Long documentId, String note,
			SanxiangPrincipal actor) {
		return act(id, actor, on,
				(kase, acting) -> kase.recordCourtRuling(acting, granted, documentId, note, this.rules));
	}

	/** Business today in the agency's zone (for what is owed today). */
	LocalDate today() {
		return this.time.today();
	}

	/**
	 * Exports the case's 案卷 and stores the ZIP as a blob; its SHA-256, or null when the
	 * case owns no document or evidence item.
	 */
	private String archivedCaseFile(PenaltyCase kase, SanxiangPrincipal actor) {
		CaseFileExport.Prepared prepared;
		try {
			prepared = this.export.prepare("CASE", kase.id().toString(), actor, java.util.Set.of(kase.agencyId()));
		}
		catch (RuleViolation ex) {
			if ("CASE_FILE_EMPTY".equals(ex.code())) {
				return null;
			}
			throw ex;
		}
		java.nio.file.Path file = null;
		try {
			file = java.nio.file.Files.createTempFile("case-file-", ".zip");
			try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
				this.export.write(prepared, out);
			}
			try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
				return this.blobs.put(in).sha256();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

	/**
	 * 立案 in the actor's own agency of a party from 一企一档 ({@code partyId}, within the
	 * actor's data scope: name, kind and credit code are taken from there) or, where
	 * {@code partyId} is null, of a party typed by name (an unregistered natural person).
	 */
	@Transactional
	public PenaltyCase file(String title, Long partyId, String partyName, List<Long> documents, String note,
			SanxiangPrincipal actor) {
		requireCaseActor(actor);
		return this.cases.save(PenaltyCase.file(actor.agencyId(), title, party(partyId, partyName, actor), null,
				acting(actor, null), documents, note));
	}

	/** 立案 from a clue (案源): the case records the clue's id. */
	PenaltyCase fileFromClue(String title, CaseParty party, long clueId, LocalDate on, List<Long> documents,
			String note, SanxiangPrincipal actor) {
		requireCaseActor(actor);
		return this.cases
			.save(PenaltyCase.file(actor.agencyId(), title, party, clueId, acting(actor, on), documents, note));
	}

	/** The party from 一企一档 in the actor's scope, or typed by name. */
	CaseParty party(Long partyId, String partyName, SanxiangPrincipal actor) {
		if (partyId == null) {
			return CaseParty.named(partyName);
		}
		return CaseParty.of(this.parties.party(partyId, actor.dataScope().agencyIds()));
	}

	/** 延长办案期限: the agency head, with the reason and the approval document. */
	@Transactional
	public PenaltyCase extendPeriod(long id, String reason, List<Long> documents, SanxiangPrincipal actor) {
		return act(id, actor, null, (kase, acting) -> kase.extendPeriod(acting, reason, documents, this.rules));
	}

	/** The time limits running on a case today, each with its status. */
	public List<RunningDeadline> deadlinesOf(PenaltyCase kase) {
		LocalDate today = this.time.today();
		return this.deadlines.running(kase, today)
			.stream()
			.map((d) -> new RunningDeadline(d, (d.due() == null) ? null : this.deadlines.status(d, today)))
			.toList();
	}

	/** A running time limit and its status today (null while it is not computed). */
	public record RunningDeadline(CaseDeadline deadline, CaseDeadline.Status status) {
	}

	/** A page of the cases in the reader's scope that pass the filter. */
	public ResultPage<CaseSummary> filtered(SanxiangPrincipal reader, CaseFilter filter, Paging paging) {
		requireReader(reader);
		java.util.Set<Long> scope = reader.dataScope().agencyIds();
		if (scope.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0, false);
		}
		LocalDate today = this.time.today();
		CaseQuery query = CaseQuery.of(filter, scope, today, this.deadlines.dueSoonLimit(today));
		long total = query.bind(this.jdbc.sql("select count(*) from penalty_case c" + query.where()))
			.query(Long.class)
			.single();
		String order = paging.sort().equals("filed") ? "c.filed_on" : "c.updated_at";
		List<CaseSummary> items = query
			.bind(this.jdbc.sql("select c.id, c.agency_id, c.title, c.party_name, c.stage, c.filed_on, c.updated_at,"
					+ " c.due_on, c.due_kind from penalty_case c" + query.where() + " order by " + order + " "
					+ paging.dir() + ", c.id " + paging.dir() + " limit :limit offset :offset"))
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				String kind = rs.getString("due_kind");
				return new CaseSummary(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("title"),
						rs.getString("party_name"), Stage.valueOf(rs.getString("stage")),
						rs.getObject("filed_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant(), due,
						(kind == null) ? null : CaseDeadline.Kind.valueOf(kind),
						(due == null) ? null : this.deadlines.statusOf(due, today));
			})
			.list();
		return ResultPage.of(items, paging, total, false);
	}

	/** The officers of the reader's scope, for the list's officer filter. */
	public List<Officer> officersInScope(SanxiangPrincipal reader) {
		requireReader(reader);
		return this.officers.within(reader.dataScope().agencyIds(), null);
	}

	// The demo's history (helper M): acts recorded on an earlier day, through the same
	// checks, gates, audit and save as every act

	/** 立案 recorded as done on {@code on} (the demo's cases with a history). */
	PenaltyCase fileOn(String title, Long partyId, String partyName, LocalDate on, SanxiangPrincipal actor) {
		requireCaseActor(actor);
		return this.cases.save(PenaltyCase.file(actor.agencyId(), title, party(partyId, partyName, actor), null,
				acting(actor, on), List.of(), "立案审批表"));
	}

	/** Any act on the case recorded as done on {@code on}, every gate applying. */
	PenaltyCase actOn(long id, LocalDate on, SanxiangPrincipal actor,
			java.util.function.BiConsumer<PenaltyCase, Acting> change) {
		return act(id, actor, on, change::accept);
	}

	// 立案 on the page (helper M)

	/**
	 * 立案 without a clue: the party from 一企一档 ({@code partyId}) or typed by name; where
	 * the date of the violation is given, the limitation (行政处罚法 第三十六条) is checked against
	 * today and the date is recorded on the case ({@code act_on}, {@code act_ended_on},
	 * read by {@link CaseActDates}) and in the filing entry's note.
	 */
	@Transactional
	public PenaltyCase fileDirect(String title, Long partyId, String partyName, LocalDate actOn, boolean continuing,
			LocalDate actEndedOn, boolean harmed, List<Long> documents, String note, SanxiangPrincipal actor) {
		String recorded = note;
		if (actOn != null) {
			String refusal = LimitationPeriod.refusal(actOn, continuing, actEndedOn, harmed, this.time.today());
			if (refusal != null) {
				throw new RuleViolation("CASE_GATE_LIMITATION", refusal);
			}
			String act = "违法行为发生日期 " + actOn + (continuing && actEndedOn != null ? "，终了日期 " + actEndedOn : "");
			recorded = (note == null || note.isBlank()) ? act : note.strip() + "；" + act;
		}
		PenaltyCase filed = file(title, partyId, partyName, documents, recorded, actor);
		if (actOn != null) {
			this.jdbc.sql("update penalty_case set act_on = :on, act_ended_on = :ended where id = :id")
				.param("on", actOn)
				.param("ended", continuing ? actEndedOn : null)
				.param("id", filed.id())
				.update();
		}
		return filed;
	}

	/** The parties of 一企一档 in the reader's scope matching a search (the first page). */
	List<org.sanxiang.subject.PartySummary> partyChoices(SanxiangPrincipal reader, String query) {
		requireReader(reader);
		return this.parties
			.search(reader.dataScope().agencyIds(),
					(query == null || query.isBlank() || query.length() > 100) ? null : query.strip(), null, 0)
			.items();
	}

	// Mandatory video (helper O)

	private MandatoryVideo mandatoryVideo;

	@org.springframework.beans.factory.annotation.Autowired
	void mandatoryVideo(MandatoryVideo mandatoryVideo) {
		this.mandatoryVideo = mandatoryVideo;
	}

	/**
	 * The agency's 音像记录清单 and a 留置送达's video: refused before the aggregate records the
	 * act.
	 */
	private void video(CaseAct act, PenaltyCase kase, List<Long> evidence, ServiceRecord service) {
		if (service != null && service.mode() == ServiceMode.LEFT) {
			this.mandatoryVideo.requireVideo("留置送达", kase, service.videoEvidenceId());
		}
		this.mandatoryVideo.requireFor(act, kase, evidence);
	}

	/** The document types that are a penalty decision's 决定书. */
	static final Set<String> DECISION_TYPES = Set.of("PENALTY_DECISION");

	private org.sanxiang.document.Documents decisionDocuments;

	@org.springframework.beans.factory.annotation.Autowired
	void decisionDocuments(org.sanxiang.document.Documents documents) {
		this.decisionDocuments = documents;
	}

	/**
	 * The first issued document among these of one of the types (any type: null), in the
	 * actor's agency — the decision's 决定书 with its 文号, for the publication (双公示).
	 */
	private Optional<org.sanxiang.document.Document> decisionDocument(List<Long> ids, SanxiangPrincipal actor,
			Set<String> types) {
		if (this.decisionDocuments == null || ids == null) {
			return Optional.empty();
		}
		for (Long documentId : ids) {
			if (documentId == null) {
				continue;
			}
			try {
				org.sanxiang.document.Document document = this.decisionDocuments.get(documentId,
						Set.of(actor.agencyId()));
				if (document.number() != null && (types == null || types.contains(document.typeCode()))) {
					return Optional.of(document);
				}
			}
			catch (RuleViolation notFound) {
				// not the case's document: the gate that checks the documents says so
			}
		}
		return Optional.empty();
	}

}
