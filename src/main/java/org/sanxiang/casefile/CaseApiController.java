package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.Money;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.review.ProposedDecision;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API for a mobile client: the list (paged, by stage), a case with its timeline,
 * and one endpoint per legal act. A refusal is an RFC 9457 problem detail with the gate's
 * code and its Chinese explanation; a lost race a 409.
 */
@RestController
class CaseApiController {

	private final Cases cases;

	CaseApiController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/cases")
	@io.swagger.v3.oas.annotations.Operation(summary = "数据范围内的案件（分页），可按阶段、执法人员、当事人、期限状态和立案日期筛选；参数有误返回400")
	ResultPage<Cases.CaseSummary> list(
			@io.swagger.v3.oas.annotations.Parameter(description = "阶段，如 INVESTIGATION") @RequestParam(
					required = false) String stage,
			@io.swagger.v3.oas.annotations.Parameter(description = "参与过案件执法行为的执法人员编号") @RequestParam(
					required = false) String officer,
			@io.swagger.v3.oas.annotations.Parameter(description = "当事人名称包含的文字") @RequestParam(
					required = false) String party,
			@io.swagger.v3.oas.annotations.Parameter(
					description = "最近期限的状态 NORMAL（正常）、DUE_SOON（临期）、OVERDUE（超期）") @RequestParam(
							required = false) String deadline,
			@io.swagger.v3.oas.annotations.Parameter(description = "立案日期起 YYYY-MM-DD") @RequestParam(
					required = false) String filedFrom,
			@io.swagger.v3.oas.annotations.Parameter(description = "立案日期止 YYYY-MM-DD") @RequestParam(
					required = false) String filedTo,
			Paging.Params params, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return this.cases.filtered(principal, CaseFilter.parse(stage, officer, party, deadline, filedFrom, filedTo),
				Paging.of(params, "updated", true, Cases.SORTABLE));
	}

	@PostMapping("/api/v1/cases")
	ResponseEntity<CaseView> file(@RequestBody Filing filing, @AuthenticationPrincipal SanxiangPrincipal principal) {
		PenaltyCase kase = this.cases.fileDirect(filing.title(), filing.partyId(), filing.partyName(), filing.actOn(),
				Boolean.TRUE.equals(filing.continuing()), filing.actEndedOn(), Boolean.TRUE.equals(filing.harmed()),
				ids(filing.documentIds()), filing.note(), principal);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + kase.id())).body(CaseView.of(kase));
	}

	@GetMapping("/api/v1/cases/{id}")
	CaseView read(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return CaseView.of(this.cases.caseOf(id, principal));
	}

	@PostMapping("/api/v1/cases/{id}/inspection")
	CaseView inspection(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordInvestigation(id, false, body.on(), ids(body.officerIds()),
				ids(body.documentIds()), ids(body.evidenceIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/inquiry")
	CaseView inquiry(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordInvestigation(id, true, body.on(), ids(body.officerIds()),
				ids(body.documentIds()), ids(body.evidenceIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/recusal")
	CaseView recusal(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordRecusal(id, required(body.officerId(), "请选择回避的执法人员"), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/evidence")
	CaseView evidence(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.attachEvidence(id, ids(body.evidenceIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/end-investigation")
	CaseView endInvestigation(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.endInvestigation(id, ids(body.documentIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/examination")
	CaseView examination(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.examine(id, Boolean.TRUE.equals(body.sendBack()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/notice")
	CaseView notice(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.notify(id, required(body.penalty(), "请填写拟作出的处罚"),
				Boolean.TRUE.equals(body.offerHearing()), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/notice-service")
	CaseView noticeService(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordNoticeService(id, body.on(), body.service(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/statement")
	CaseView statement(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordStatement(id, ids(body.documentIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/statement-waiver")
	CaseView statementWaiver(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.waiveStatement(id, ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/hearing-request")
	CaseView hearingRequest(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.requestHearing(id, body.on(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/hearing-waiver")
	CaseView hearingWaiver(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.waiveHearing(id, ids(body.documentIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/hearing")
	CaseView hearing(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.holdHearing(id, body.on(), required(body.hearing(), "请填写听证情况"), p));
	}

	@PostMapping("/api/v1/cases/{id}/legal-review")
	CaseView legalReview(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView
			.of(this.cases.submitForLegalReview(id, required(body.decision(), "请提交拟作出的决定"), body.reviewRequestId(), p));
	}

	@PostMapping("/api/v1/cases/{id}/discussion")
	CaseView discussion(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordDiscussion(id, body.digest(), Boolean.TRUE.equals(body.agreed()),
				ids(body.documentIds()), body.note(), p));
	}

	@PostMapping("/api/v1/cases/{id}/decision")
	CaseView decision(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.decide(id, required(body.decision(), "请提交决定内容"), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/decision-service")
	CaseView decisionService(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.serve(id, body.on(), body.service(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/payment")
	CaseView payment(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		BigDecimal amount = required(body.amount(), "请填写缴纳金额");
		return CaseView.of(this.cases.recordPayment(id, body.on(), new Money(amount), body.handedInOn(),
				ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/not-punished")
	CaseView notPunished(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.notPunish(id, body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/transfer")
	CaseView transfer(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.transfer(id, body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/filing-revocation")
	CaseView filingRevocation(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.revokeFiling(id, body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/termination")
	CaseView termination(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.terminateInvestigation(id, body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/suspension")
	CaseView suspension(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.suspend(id, body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/excluded-period")
	CaseView excludedPeriod(@PathVariable long id, @RequestParam ExcludedPeriod kind, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView
			.of(this.cases.startExcludedPeriod(id, kind, body.on(), body.note(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/excluded-period-end")
	CaseView excludedPeriodEnd(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.endExcludedPeriod(id, body.on(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/resumption")
	CaseView resumption(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.resume(id, ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/closing")
	CaseView closing(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.close(id, ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/archive")
	CaseView archive(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.archive(id, ids(body.documentIds()), p));
	}

	// Service and everything after the decision (helper H)

	@PostMapping("/api/v1/cases/{id}/payment-plan")
	CaseView paymentPlan(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.grantPaymentPlan(id, body.plan(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/remedy")
	CaseView remedy(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.applyForRemedy(id, body.on(), body.remedy(), body.documentId(), p));
	}

	@PostMapping("/api/v1/cases/{id}/remedy-outcome")
	CaseView remedyOutcome(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordRemedyOutcome(id, body.on(), body.outcome(), body.penalty(), body.note(),
				body.documentId(), p));
	}

	@PostMapping("/api/v1/cases/{id}/reminder")
	CaseView reminder(@PathVariable long id, @RequestBody ActBody body, @AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.remind(id, body.on(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/court-application")
	CaseView courtApplication(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.applyToCourt(id, body.on(), ids(body.documentIds()), p));
	}

	@PostMapping("/api/v1/cases/{id}/court-ruling")
	CaseView courtRuling(@PathVariable long id, @RequestBody ActBody body,
			@AuthenticationPrincipal SanxiangPrincipal p) {
		return CaseView.of(this.cases.recordCourtRuling(id, body.on(), required(body.granted(), "请选择准予或者不予强制执行"),
				body.documentId(), body.note(), p));
	}

	/** What is due on the case today: fine and confiscation, 加处罚款, paid, owed. */
	@GetMapping("/api/v1/cases/{id}/execution")
	ExecutionView execution(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal p) {
		return ExecutionView.of(this.cases.caseOf(id, p), this.cases.today());
	}

	/** The money of a case on a day. */
	record ExecutionView(long id, LocalDate on, LocalDate paymentDueOn, BigDecimal principal, BigDecimal surcharge,
			BigDecimal paid, BigDecimal owed, boolean remedyPending, LocalDate revokedOn) {

		static ExecutionView of(PenaltyCase kase, LocalDate on) {
			return new ExecutionView(kase.id(), on, kase.paymentDueOn(), kase.principal().amount(),
					kase.surchargeOn(on).amount(), kase.paid().amount(), kase.owedOn(on).amount(),
					kase.remedies().stream().anyMatch(Remedy::pending), kase.revokedOn());
		}

	}

	private static List<Long> ids(List<Long> ids) {
		return (ids == null) ? List.of() : ids;
	}

	private static <T> T required(T value, String message) {
		if (value == null) {
			throw new org.sanxiang.core.RuleViolation("CASE_ACT_INCOMPLETE", message);
		}
		return value;
	}

	/**
	 * 立案; {@code partyId} from 一企一档, else {@code partyName} typed; the violation's date
	 * ({@code actOn}, with {@code continuing}, {@code actEndedOn} and {@code harmed}) is
	 * optional and checked against the limitation where given.
	 */
	record Filing(String title, String partyName, List<Long> documentIds, String note, Long partyId, LocalDate actOn,
			Boolean continuing, LocalDate actEndedOn, Boolean harmed) {
	}

	/**
	 * What an act may carry; each act reads the members it needs: its date ({@code on},
	 * today if absent), officers, documents, evidence, a note or reason, the penalty
	 * notified, the hearing, the decision's exact content, a digest and so on.
	 */
	record ActBody(LocalDate on, List<Long> officerIds, List<Long> documentIds, List<Long> evidenceIds, String note,
			Boolean sendBack, Penalty penalty, Boolean offerHearing, Hearing hearing, ProposedDecision decision,
			Long reviewRequestId, String digest, Boolean agreed, BigDecimal amount, Long officerId,
			ServiceRecord service, LocalDate handedInOn, List<Instalment> plan, Remedy.Kind remedy,
			Remedy.Outcome outcome, Boolean granted, Long documentId) {
	}

	/** A case as the API shows it, with its timeline. */
	record CaseView(long id, long agencyId, String title, String partyName, Stage stage, String stageName,
			LocalDate filedOn, String notified, boolean hearingOffered, LocalDate noticeServedOn,
			LocalDate hearingRequestedOn, LocalDate hearingHeldOn, String decided, String decidedDigest,
			LocalDate decidedOn, LocalDate decisionServedOn, BigDecimal paid, LocalDate closedOn, LocalDate archivedOn,
			Instant updatedAt, List<EntryView> timeline, ServiceMode noticeServiceMode, ServiceMode decisionServiceMode,
			LocalDate paymentDueOn, List<Instalment> paymentPlan, List<Remedy> remedies, LocalDate remindedOn,
			LocalDate courtAppliedOn, String courtRuling, LocalDate revokedOn, boolean lateHandIn,
			String caseFileSha256, Long partyId, org.sanxiang.subject.PartyKind partyKind, Long clueId,
			String decidedLaw, String decidedDiscretion) {

		static CaseView of(PenaltyCase kase) {
			return new CaseView(kase.id(), kase.agencyId(), kase.title(), kase.partyName(), kase.stage(),
					kase.stage().chineseName(), kase.filedOn(),
					(kase.notified() == null) ? null : kase.notified().text(), kase.hearingOffered(),
					kase.noticeServedOn(), kase.hearingRequestedOn(), kase.hearingHeldOn(),
					(kase.decided() == null) ? null : kase.decided().text(), kase.decidedDigest(), kase.decidedOn(),
					kase.decisionServedOn(), kase.paid().amount(), kase.closedOn(), kase.archivedOn(), kase.updatedAt(),
					kase.entries().stream().map(EntryView::of).toList(), kase.noticeServiceMode(),
					kase.decisionServiceMode(), kase.paymentDueOn(), kase.paymentPlan(), kase.remedies(),
					kase.remindedOn(), kase.courtAppliedOn(), kase.courtRuling(), kase.revokedOn(), kase.lateHandIn(),
					kase.caseFileSha256(), kase.partyId(), kase.partyKind(), kase.clueId(), kase.decidedLaw(),
					kase.decidedDiscretion());
		}

	}

	/** One entry of the timeline. */
	record EntryView(CaseAct act, String actName, LocalDate actedOn, Instant recordedAt, String actor, String actorName,
			List<ActingOfficer> officers, List<Long> documentIds, List<Long> evidenceIds, String note) {

		static EntryView of(CaseEntry entry) {
			return new EntryView(entry.act(), entry.act().chineseName(), entry.actedOn(), entry.recordedAt(),
					entry.actor(), entry.actorName(), entry.officers(), entry.documentIds(), entry.evidenceIds(),
					entry.note());
		}

	}

}
