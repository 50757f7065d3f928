package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.ProposedDecision;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A penalty case (行政处罚案件) from filing to archive. Its methods are the legal acts; each is
 * allowed only in the stages of {@link CaseAct#from()} (otherwise
 * {@code CASE_ILLEGAL_TRANSITION}), passes every {@link Gate} of the {@link CaseRules}
 * that applies to it, and is appended to the timeline (全过程记录) with who, when, the
 * officers, the documents and the evidence. The aggregate is pure: the calendar and the
 * legal review reach it through {@link CaseRules}. A lost race is a 409 through the
 * version.
 */
@Table("penalty_case")
public class PenaltyCase extends AggregateRoot<PenaltyCase> {

	@Id
	private Long id;

	private final long agencyId;

	private final String title;

	private final String partyName;

	private Stage stage;

	private Stage stageBeforeSuspension;

	private final LocalDate filedOn;

	private String notifiedActions;

	private BigDecimal notifiedFine;

	private BigDecimal notifiedConfiscated;

	private boolean hearingOffered;

	private LocalDate noticeServedOn;

	private boolean statementWaived;

	private LocalDate hearingRequestedOn;

	private boolean hearingWaived;

	private LocalDate hearingHeldOn;

	private String recused;

	private String reviewDigest;

	private String discussedDigest;

	private String decidedDigest;

	private String decidedActions;

	private BigDecimal decidedFine;

	private BigDecimal decidedConfiscated;

	private LocalDate decidedOn;

	private LocalDate decisionServedOn;

	private BigDecimal paid;

	private LocalDate closedOn;

	private LocalDate archivedOn;

	private Long partyId;

	private org.sanxiang.subject.PartyKind partyKind;

	private String partyCreditCode;

	private Long clueId;

	/**
	 * The law versions the decision applied and why (从旧兼从轻), see {@link DecisionBasis}.
	 */
	private String decidedLaw;

	/** The decision's discretion band, range and explanation. */
	private String decidedDiscretion;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	/**
	 * Read with the case, never written with it: the timeline is append-only in the
	 * database, and {@link CaseTimeline} inserts the new entries after each save.
	 */
	@org.springframework.data.annotation.ReadOnlyProperty
	@MappedCollection(idColumn = "case_id", keyColumn = "entry_index")
	private final List<CaseEntry> entries;

	@MappedCollection(idColumn = "case_id")
	private CaseExecution execution;

	/**
	 * The nearest due date of a running time limit, kept for the list
	 * ({@link CaseDeadlines}).
	 */
	private LocalDate dueOn;

	/** The {@link CaseDeadline.Kind} of {@link #dueOn}. */
	private String dueKind;

	@PersistenceCreator
	PenaltyCase(Long id, long agencyId, String title, String partyName, Stage stage, Stage stageBeforeSuspension,
			LocalDate filedOn, String notifiedActions, BigDecimal notifiedFine, BigDecimal notifiedConfiscated,
			boolean hearingOffered, LocalDate noticeServedOn, boolean statementWaived, LocalDate hearingRequestedOn,
			boolean hearingWaived, LocalDate hearingHeldOn, String recused, String reviewDigest, String discussedDigest,
			String decidedDigest, String decidedActions, BigDecimal decidedFine, BigDecimal decidedConfiscated,
			LocalDate decidedOn, LocalDate decisionServedOn, BigDecimal paid, LocalDate closedOn, LocalDate archivedOn,
			Long partyId, org.sanxiang.subject.PartyKind partyKind, String partyCreditCode, Long clueId,
			CaseExecution execution, String decidedLaw, String decidedDiscretion, Instant createdAt, Instant updatedAt,
			Integer version, List<CaseEntry> entries) {
		this.id = id;
		this.agencyId = agencyId;
		this.title = title;
		this.partyName = partyName;
		this.stage = stage;
		this.stageBeforeSuspension = stageBeforeSuspension;
		this.filedOn = filedOn;
		this.notifiedActions = notifiedActions;
		this.notifiedFine = notifiedFine;
		this.notifiedConfiscated = notifiedConfiscated;
		this.hearingOffered = hearingOffered;
		this.noticeServedOn = noticeServedOn;
		this.statementWaived = statementWaived;
		this.hearingRequestedOn = hearingRequestedOn;
		this.hearingWaived = hearingWaived;
		this.hearingHeldOn = hearingHeldOn;
		this.recused = recused;
		this.reviewDigest = reviewDigest;
		this.discussedDigest = discussedDigest;
		this.decidedDigest = decidedDigest;
		this.decidedActions = decidedActions;
		this.decidedFine = decidedFine;
		this.decidedConfiscated = decidedConfiscated;
		this.decidedOn = decidedOn;
		this.decisionServedOn = decisionServedOn;
		this.paid = paid;
		this.closedOn = closedOn;
		this.archivedOn = archivedOn;
		this.partyId = partyId;
		this.partyKind = partyKind;
		this.partyCreditCode = partyCreditCode;
		this.clueId = clueId;
		this.decidedLaw = decidedLaw;
		this.decidedDiscretion = decidedDiscretion;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.entries = new ArrayList<>(entries);
		this.execution = (execution == null) ? CaseExecution.none() : execution;
	}

	/** 立案: the case opens in 调查取证 with the approval form (立案审批表) among its documents. */
	public static PenaltyCase file(long agencyId, String title, String partyName, Acting acting, List<Long> documents,
			String note) {
		require(title != null && !title.isBlank() && title.length() <= 200, "CASE_TITLE", "请填写案由（不超过200字）");
		require(partyName != null && !partyName.isBlank() && partyName.length() <= 200, "CASE_PARTY",
				"请填写当事人（不超过200字）");
		PenaltyCase kase = new PenaltyCase(null, agencyId, title.strip(), partyName.strip(), Stage.INVESTIGATION, null,
				acting.on(), null, null, null, false, null, false, null, false, null, null, null, null, null, null,
				null, null, null, null, BigDecimal.ZERO, null, null, null, null, null, null, null, null, null,
				acting.at(), acting.at(), null, List.of());
		kase.entries.add(CaseEntry.of(CaseAct.FILE, acting, List.of(), documents, List.of(), note));
		kase.registerEvent((saved) -> new CaseEvent.CaseFiled(saved.id, saved.agencyId, saved.title, saved.filedOn));
		return kase;
	}

	/** 现场检查（勘察）: two qualified officers, none recused, with the record and evidence. */
	public void recordInspection(Acting acting, List<ActingOfficer> officers, List<Long> documents, List<Long> evidence,
			String note, CaseRules rules) {
		investigate(CaseAct.RECORD_INSPECTION, acting, officers, documents, evidence, note, rules);
	}

	/** 调查询问: two qualified officers, none recused, with the 询问笔录 and evidence. */
	public void recordInquiry(Acting acting, List<ActingOfficer> officers, List<Long> documents, List<Long> evidence,
			String note, CaseRules rules) {
		investigate(CaseAct.RECORD_INQUIRY, acting, officers, documents, evidence, note, rules);
	}

	private void investigate(CaseAct act, Acting acting, List<ActingOfficer> officers, List<Long> documents,
			List<Long> evidence, String note, CaseRules rules) {
		check(new Attempt(act, acting, officers, null, null), rules);
		append(act, acting, officers, documents, evidence, note);
	}

	/** 回避: the agency head decides that an officer withdraws from the case. */
	public void recordRecusal(Acting acting, ActingOfficer officer, String reason, CaseRules rules) {
		require(reason != null && !reason.isBlank(), "CASE_REASON", "请写明回避理由");
		check(Attempt.of(CaseAct.RECORD_RECUSAL, acting), rules);
		Set<Long> ids = recusedOfficerIds();
		ids.add(officer.officerId());
		this.recused = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
		append(CaseAct.RECORD_RECUSAL, acting, List.of(officer), List.of(), List.of(), reason);
	}

	/** Attaches evidence items (by id) to the case. */
	public void attachEvidence(Acting acting, List<Long> evidence, String note, CaseRules rules) {
		require(evidence != null && !evidence.isEmpty(), "CASE_EVIDENCE_EMPTY", "请选择要附加的证据");
		check(Attempt.of(CaseAct.ATTACH_EVIDENCE, acting), rules);
		append(CaseAct.ATTACH_EVIDENCE, acting, List.of(), List.of(), evidence, note);
	}

	/** 调查终结, with the investigation report (调查报告). */
	public void endInvestigation(Acting acting, List<Long> documents, String note, CaseRules rules) {
		check(Attempt.of(CaseAct.END_INVESTIGATION, acting), rules);
		this.stage = Stage.INVESTIGATION_ENDED;
		append(CaseAct.END_INVESTIGATION, acting, List.of(), documents, List.of(), note);
	}

	/** 案件审查: passes to 告知, or sends the case back for more investigation. */
	public void examine(Acting acting, boolean sendBack, String opinion, CaseRules rules) {
		CaseAct act = sendBack ? CaseAct.SEND_BACK : CaseAct.EXAMINE;
		if (sendBack) {
			require(opinion != null && !opinion.isBlank(), "CASE_REASON", "退回补充调查的，请写明需要补充的事项");
		}
		check(Attempt.of(act, acting), rules);
		this.stage = sendBack ? Stage.INVESTIGATION : Stage.EXAMINED;
		append(act, acting, List.of(), List.of(), List.of(), opinion);
	}

	/**
	 * 事先告知: the proposed penalty and whether a hearing is offered; a new notice (after
	 * the defence changed the facts) starts the defence period afresh once served.
	 */
	public void notify(Acting acting, Penalty proposed, boolean offerHearing, List<Long> documents, CaseRules rules) {
		check(new Attempt(CaseAct.NOTIFY, acting, List.of(), null, null, proposed, offerHearing), rules);
		this.notifiedActions = proposed.actionCodes();
		this.notifiedFine = proposed.fine().amount();
		this.notifiedConfiscated = proposed.confiscated().amount();
		this.hearingOffered = offerHearing;
		this.noticeServedOn = null;
		this.statementWaived = false;
		this.hearingRequestedOn = null;
		this.hearingWaived = false;
		this.hearingHeldOn = null;
		this.stage = Stage.NOTIFIED;
		append(CaseAct.NOTIFY, acting, List.of(), documents, List.of(),
				"拟处罚：" + proposed.text() + (offerHearing ? "；告知听证权利" : ""));
	}

	/** 告知书送达 (with the 送达回证): the defence period runs from this date. */
	public void recordNoticeService(Acting acting, List<Long> documents, CaseRules rules) {
		recordNoticeService(acting, ServiceRecord.direct(), documents, rules);
	}

	/**
	 * 告知书送达 in a mode (送达回证, and what the mode needs): the defence period runs from the
	 * day service counts from (for 公告送达 the day its period passed).
	 */
	public void recordNoticeService(Acting acting, ServiceRecord service, List<Long> documents, CaseRules rules) {
		check(Attempt.of(CaseAct.RECORD_NOTICE_SERVICE, acting), rules);
		this.noticeServedOn = service.servedOn(acting.on());
		this.execution.noticeServiceMode = service.mode();
		this.stage = Stage.DEFENCE;
		append(CaseAct.RECORD_NOTICE_SERVICE, acting, List.of(), service.documents(documents), service.evidence(),
				service.note(acting.on()));
		String penalty = notified().text();
		LocalDate on = this.noticeServedOn;
		registerEvent((saved) -> new CaseEvent.NoticeServed(saved.id, saved.agencyId, saved.title, on, penalty));
	}

	/** 陈述申辩 recorded (笔录 or written statement). */
	public void recordStatement(Acting acting, List<Long> documents, String note, CaseRules rules) {
		check(Attempt.of(CaseAct.RECORD_STATEMENT, acting), rules);
		append(CaseAct.RECORD_STATEMENT, acting, List.of(), documents, List.of(), note);
	}

	/** The party expressly waives its statement and defence (第六十二条). */
	public void waiveStatement(Acting acting, List<Long> documents, CaseRules rules) {
		check(Attempt.of(CaseAct.WAIVE_STATEMENT, acting), rules);
		this.statementWaived = true;
		append(CaseAct.WAIVE_STATEMENT, acting, List.of(), documents, List.of(), null);
	}

	/** The party asks for a hearing. */
	public void requestHearing(Acting acting, List<Long> documents, CaseRules rules) {
		if (!this.hearingOffered) {
			throw new RuleViolation("CASE_HEARING_NOT_OFFERED", "告知书未告知听证权利，不属于应当听证的情形", HttpStatus.CONFLICT);
		}
		if (this.hearingRequestedOn != null) {
			throw new RuleViolation("CASE_HEARING_REQUESTED", "当事人已申请听证", HttpStatus.CONFLICT);
		}
		check(Attempt.of(CaseAct.REQUEST_HEARING, acting), rules);
		this.hearingRequestedOn = acting.on();
		append(CaseAct.REQUEST_HEARING, acting, List.of(), documents, List.of(), null);
	}

	/** The party waives the hearing (or fails to appear: 视为放弃, 第六十四条第八项). */
	public void waiveHearing(Acting acting, List<Long> documents, String note, CaseRules rules) {
		if (!this.hearingOffered) {
			throw new RuleViolation("CASE_HEARING_NOT_OFFERED", "告知书未告知听证权利，无需放弃", HttpStatus.CONFLICT);
		}
		if (this.hearingHeldOn != null) {
			throw new RuleViolation("CASE_HEARING_HELD", "听证已经举行", HttpStatus.CONFLICT);
		}
		check(Attempt.of(CaseAct.WAIVE_HEARING, acting), rules);
		this.hearingWaived = true;
		append(CaseAct.WAIVE_HEARING, acting, List.of(), documents, List.of(), note);
	}

	/** 举行听证, with the notice date, the record (听证笔录) and the report (听证报告). */
	public void holdHearing(Acting acting, Hearing hearing, CaseRules rules) {
		if (this.hearingRequestedOn == null || this.hearingWaived) {
			throw new RuleViolation("CASE_HEARING_NOT_REQUESTED", "当事人未申请听证或已放弃听证", HttpStatus.CONFLICT);
		}
		if (this.hearingHeldOn != null) {
			throw new RuleViolation("CASE_HEARING_HELD", "听证已经举行", HttpStatus.CONFLICT);
		}
		require(hearing != null && hearing.presider() != null && !hearing.presider().isBlank(), "CASE_HEARING_PRESIDER",
				"请填写听证主持人");
		check(new Attempt(CaseAct.HOLD_HEARING, acting, List.of(), null, hearing), rules);
		this.hearingHeldOn = acting.on();
		List<Long> documents = new ArrayList<>();
		for (Long document : Arrays.asList(hearing.recordDocumentId(), hearing.reportDocumentId())) {
			if (document != null) {
				documents.add(document);
			}
		}
		append(CaseAct.HOLD_HEARING, acting, List.of(), documents, List.of(),
				"听证通知送达 " + hearing.noticeServedOn() + "，主持人 " + hearing.presider());
	}

	/** 提交法制审核 of exactly this proposed decision (the review request's id). */
	public void submitForLegalReview(Acting acting, ProposedDecision proposal, Long reviewRequestId, CaseRules rules) {
		requireSubject(proposal);
		check(Attempt.of(CaseAct.SUBMIT_FOR_LEGAL_REVIEW, acting), rules);
		this.reviewDigest = proposal.digest();
		append(CaseAct.SUBMIT_FOR_LEGAL_REVIEW, acting, List.of(), List.of(), List.of(),
				"法制审核申请" + ((reviewRequestId != null) ? "第" + reviewRequestId + "号" : "") + "，摘要 " + proposal.digest());
	}

	/**
	 * 集体讨论 of a decision's content (its digest), with the 案件集体讨论笔录; only an agreeing
	 * discussion lets that content be decided.
	 */
	public void recordDiscussion(Acting acting, String digest, boolean agreed, List<Long> documents, String note,
			CaseRules rules) {
		require(digest != null && digest.matches("[0-9a-f]{64}"), "CASE_DIGEST", "请填写所讨论决定内容的摘要（SHA-256）");
		check(Attempt.of(CaseAct.RECORD_DISCUSSION, acting), rules);
		this.discussedDigest = agreed ? digest : null;
		append(CaseAct.RECORD_DISCUSSION, acting, List.of(), documents, List.of(),
				(agreed ? "集体讨论同意" : "集体讨论不同意") + "，摘要 " + digest + ((note == null) ? "" : "；" + note));
	}

	/** 作出行政处罚决定 with exactly this content, by the agency head, with the 决定书. */
	public void decide(Acting acting, ProposedDecision decision, List<Long> documents, CaseRules rules) {
		decide(acting, decision, documents, null, rules);
	}

	/**
	 * 作出行政处罚决定, recording the law versions applied (从旧兼从轻) and the discretion
	 * ({@code basis}; null: as the decision states them, without the legal texts).
	 */
	public void decide(Acting acting, ProposedDecision decision, List<Long> documents, DecisionBasis basis,
			CaseRules rules) {
		decide(acting, decision, documents, basis, null, null, rules);
	}

	/**
	 * 作出行政处罚决定 with its 决定书 ({@code documentId}, its 文号 {@code number}; null when
	 * unknown), which {@code DecisionIssued} carries for the publication (双公示).
	 */
	public void decide(Acting acting, ProposedDecision decision, List<Long> documents, DecisionBasis basis,
			Long documentId, String number, CaseRules rules) {
		requireSubject(decision);
		check(new Attempt(CaseAct.DECIDE, acting, List.of(), decision, null), rules);
		Penalty penalty = Penalty.of(decision);
		this.decidedDigest = decision.digest();
		this.decidedActions = penalty.actionCodes();
		this.decidedFine = penalty.fine().amount();
		this.decidedConfiscated = penalty.confiscated().amount();
		this.decidedOn = acting.on();
		DecisionBasis applied = (basis == null) ? DecisionBasis.stated(decision) : basis;
		this.decidedLaw = applied.lawApplied();
		this.decidedDiscretion = applied.discretion();
		this.stage = Stage.DECIDED;
		append(CaseAct.DECIDE, acting, List.of(), documents, List.of(), penalty.text() + "，摘要 " + decision.digest());
		LocalDate on = acting.on();
		String digest = decision.digest();
		CaseEvent.PartyFacts party = partyFacts(decision.party());
		CaseEvent.DecisionFacts facts = decisionFacts(penalty, documentId, number);
		registerEvent((saved) -> new CaseEvent.DecisionIssued(saved.id, saved.agencyId, saved.title, on, penalty.text(),
				digest, applied.lawApplied(), applied.discretion(), party, facts));
	}

	/** 决定书送达 (with the 送达回证). */
	public void serve(Acting acting, List<Long> documents, CaseRules rules) {
		serve(acting, ServiceRecord.direct(), documents, rules);
	}

	/**
	 * 决定书送达 in a mode: the fine is due 15 days after the day service counts from
	 * (第六十七条第三款; a last day off work moves to the next working day).
	 */
	public void serve(Acting acting, ServiceRecord service, List<Long> documents, CaseRules rules) {
		check(Attempt.of(CaseAct.SERVE, acting), rules);
		this.decisionServedOn = service.servedOn(acting.on());
		this.execution.decisionServiceMode = service.mode();
		this.execution.paymentDueOn = onWorkingDay(this.decisionServedOn.plusDays(PAYMENT_DAYS), rules);
		this.stage = Stage.SERVED;
		append(CaseAct.SERVE, acting, List.of(), service.documents(documents), service.evidence(),
				service.note(acting.on()) + "；缴款期限至 " + this.execution.paymentDueOn);
		LocalDate on = this.decisionServedOn;
		registerEvent((saved) -> new CaseEvent.DecisionServed(saved.id, saved.agencyId, saved.title, on));
	}

	/** 缴纳罚没款 (the bank's receipt among the documents). */
	public void recordPayment(Acting acting, Money amount, List<Long> documents, CaseRules rules) {
		recordPayment(acting, amount, null, documents, rules);
	}

	/**
	 * 缴纳罚没款; {@code handedInOn} not null for a fine collected on the spot (当场收缴, the
	 * act's date), handed in to the agency on that day: later than two working days after
	 * the collection is recorded and flagged (第七十一条).
	 */
	public void recordPayment(Acting acting, Money amount, LocalDate handedInOn, List<Long> documents,
			CaseRules rules) {
		require(amount != null && amount.amount().signum() > 0, "CASE_PAYMENT", "请填写缴纳金额");
		check(Attempt.of(CaseAct.RECORD_PAYMENT, acting), rules);
		if (this.execution.revokedOn != null) {
			throw new RuleViolation("CASE_DECISION_REVOKED", "处罚决定已被撤销，无须缴纳", HttpStatus.CONFLICT);
		}
		String note = "缴纳 " + amount.amount().toPlainString() + " 元";
		if (handedInOn != null) {
			require(!handedInOn.isBefore(acting.on()) && !handedInOn.isAfter(acting.today()), "CASE_HANDED_IN",
					"交至行政机关的日期应在收缴之日至今天之间");
			LocalDate latest = rules.days().addWorkingDays(acting.on(), HAND_IN_WORKING_DAYS);
			note = "当场收缴 " + amount.amount().toPlainString() + " 元，" + handedInOn + " 交至行政机关";
			if (handedInOn.isAfter(latest)) {
				this.execution.lateHandIn = true;
				note += "；逾期交付：应当自收缴之日起二日内（" + latest + "前）交至行政机关（行政处罚法 第七十一条）";
			}
		}
		this.paid = this.paid.add(amount.amount());
		this.execution.pay(acting.on(), amount.amount());
		append(CaseAct.RECORD_PAYMENT, acting, List.of(), documents, List.of(), note);
	}

	/** 不予处罚 (第三十三条, 第五十七条第一款第二、三项), decided by the agency head. */
	public void notPunish(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		exit(CaseAct.NOT_PUNISH, Stage.NOT_PUNISHED, acting, reason, documents, rules);
	}

	/** 移送 to the competent organ (公安、司法或者其他有权机关). */
	public void transfer(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		exit(CaseAct.TRANSFER, Stage.TRANSFERRED, acting, reason, documents, rules);
	}

	/** 撤销立案. */
	public void revokeFiling(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		exit(CaseAct.REVOKE_FILING, Stage.FILING_REVOKED, acting, reason, documents, rules);
	}

	/** 终止调查. */
	public void terminateInvestigation(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		exit(CaseAct.TERMINATE_INVESTIGATION, Stage.INVESTIGATION_TERMINATED, acting, reason, documents, rules);
	}

	private void exit(CaseAct act, Stage to, Acting acting, String reason, List<Long> documents, CaseRules rules) {
		require(reason != null && !reason.isBlank(), "CASE_REASON", "请写明" + act.chineseName() + "的理由");
		check(Attempt.of(act, acting), rules);
		this.stage = to;
		append(act, acting, List.of(), documents, List.of(), reason);
	}

	/** 中止调查 (with the head's approval form); the stage is resumed later. */
	public void suspend(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		require(reason != null && !reason.isBlank(), "CASE_REASON", "请写明中止调查的理由");
		check(Attempt.of(CaseAct.SUSPEND, acting), rules);
		this.stageBeforeSuspension = this.stage;
		this.stage = Stage.SUSPENDED;
		append(CaseAct.SUSPEND, acting, List.of(), documents, List.of(), reason);
	}

	/** 恢复调查: back to the stage the case was suspended in. */
	public void resume(Acting acting, List<Long> documents, CaseRules rules) {
		check(Attempt.of(CaseAct.RESUME, acting), rules);
		this.stage = this.stageBeforeSuspension;
		this.stageBeforeSuspension = null;
		append(CaseAct.RESUME, acting, List.of(), documents, List.of(), null);
	}

	/** 结案: a served decision performed, or a side exit. */
	public void close(Acting acting, List<Long> documents, CaseRules rules) {
		check(Attempt.of(CaseAct.CLOSE, acting), rules);
		String outcome = (this.stage == Stage.SERVED) ? performance(acting.on()) : this.stage.chineseName();
		this.closedOn = acting.on();
		this.stage = Stage.CLOSED;
		append(CaseAct.CLOSE, acting, List.of(), documents, List.of(), outcome);
		LocalDate on = acting.on();
		registerEvent((saved) -> new CaseEvent.CaseClosed(saved.id, saved.agencyId, saved.title, on, outcome));
	}

	/** 归档: from now on the case never changes. */
	public void archive(Acting acting, List<Long> documents, CaseRules rules) {
		archive(acting, documents, null, rules);
	}

	/**
	 * 归档 with the SHA-256 of the 案卷 exported at the archive (null when the case owns no
	 * document or evidence to export): the archived file is then verifiable.
	 */
	public void archive(Acting acting, List<Long> documents, String caseFileSha256, CaseRules rules) {
		require(caseFileSha256 == null || caseFileSha256.matches("[0-9a-f]{64}"), "CASE_DIGEST", "案卷摘要须为 SHA-256");
		check(Attempt.of(CaseAct.ARCHIVE, acting), rules);
		this.archivedOn = acting.on();
		this.stage = Stage.ARCHIVED;
		this.execution.caseFileSha256 = caseFileSha256;
		append(CaseAct.ARCHIVE, acting, List.of(), documents, List.of(),
				(caseFileSha256 == null) ? null : "案卷 SHA-256 " + caseFileSha256);
		LocalDate on = acting.on();
		registerEvent((saved) -> new CaseEvent.CaseArchived(saved.id, saved.agencyId, saved.title, on));
	}

	/**
	 * Refuses an act the gates or the transitions forbid: the immutability of an archived
	 * case first, then the stage, the order of dates, and the other gates in their order.
	 */
	private void check(Attempt attempt, CaseRules rules) {
		List<Gate> gates = rules.ordered();
		if (gates.contains(Gate.ARCHIVED_UNCHANGEABLE)) {
			refuseIf(Gate.ARCHIVED_UNCHANGEABLE, attempt, rules);
		}
		if (!attempt.act().from().contains(this.stage)) {
			throw new RuleViolation("CASE_ILLEGAL_TRANSITION",
					"案件处于“" + this.stage.chineseName() + "”阶段，不能" + attempt.act().chineseName(), HttpStatus.CONFLICT);
		}
		LocalDate last = this.entries.get(this.entries.size() - 1).actedOn();
		if (attempt.acting().on().isBefore(last)) {
			throw new RuleViolation("CASE_ACT_BEFORE_LAST", "行为日期不能早于上一项记录的日期（" + last + "）");
		}
		for (Gate gate : gates) {
			if (gate != Gate.ARCHIVED_UNCHANGEABLE) {
				refuseIf(gate, attempt, rules);
			}
		}
	}

	private void refuseIf(Gate gate, Attempt attempt, CaseRules rules) {
		if (gate.appliesTo(attempt.act())) {
			String refusal = gate.refusal(this, attempt, rules);
			if (refusal != null) {
				throw new RuleViolation("CASE_GATE_" + gate.name(), refusal + "（" + gate.article() + "）");
			}
		}
	}

	private void append(CaseAct act, Acting acting, List<ActingOfficer> officers, List<Long> documents,
			List<Long> evidence, String note) {
		this.entries.add(CaseEntry.of(act, acting, officers, documents, evidence, note));
		this.updatedAt = acting.at();
		if (act != CaseAct.FILE && act != CaseAct.RECORD_NOTICE_SERVICE && act != CaseAct.DECIDE && act != CaseAct.SERVE
				&& act != CaseAct.CLOSE && act != CaseAct.ARCHIVE) {
			LocalDate on = acting.on();
			registerEvent((saved) -> new CaseEvent.ActRecorded(saved.id, saved.agencyId, saved.title, act, on));
		}
	}

	private void requireSubject(ProposedDecision decision) {
		if (!"CASE".equals(decision.subjectKind()) || this.id == null
				|| !decision.subjectId().equals(this.id.toString()) || decision.agencyId() != this.agencyId) {
			throw new RuleViolation("CASE_DECISION_OTHER_CASE", "拟作决定须是本案的决定（来源类型 CASE、本案编号、本机关）");
		}
	}

	private static void require(boolean condition, String code, String message) {
		if (!condition) {
			throw new RuleViolation(code, message);
		}
	}

	/** The penalty last notified, or null before any notice. */
	public Penalty notified() {
		return (this.notifiedActions == null) ? null : new Penalty(Penalty.actionsOf(this.notifiedActions),
				new Money(this.notifiedFine), new Money(this.notifiedConfiscated));
	}

	/** The penalty decided, or null before the decision. */
	public Penalty decided() {
		return (this.decidedActions == null) ? null : new Penalty(Penalty.actionsOf(this.decidedActions),
				new Money(this.decidedFine), new Money(this.decidedConfiscated));
	}

	/** The officers the agency head has recused from the case. */
	public Set<Long> recusedOfficerIds() {
		Set<Long> ids = new TreeSet<>();
		if (this.recused != null && !this.recused.isEmpty()) {
			for (String id : this.recused.split(",")) {
				ids.add(Long.valueOf(id));
			}
		}
		return ids;
	}

	/**
	 * Whether the party expressly waived its defence: the statement, and the hearing if
	 * one was offered.
	 */
	public boolean defenceWaived() {
		return this.statementWaived && (!this.hearingOffered || this.hearingWaived);
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String title() {
		return this.title;
	}

	public String partyName() {
		return this.partyName;
	}

	public Stage stage() {
		return this.stage;
	}

	public LocalDate filedOn() {
		return this.filedOn;
	}

	public boolean hearingOffered() {
		return this.hearingOffered;
	}

	public LocalDate noticeServedOn() {
		return this.noticeServedOn;
	}

	public boolean statementWaived() {
		return this.statementWaived;
	}

	public LocalDate hearingRequestedOn() {
		return this.hearingRequestedOn;
	}

	public boolean hearingWaived() {
		return this.hearingWaived;
	}

	public LocalDate hearingHeldOn() {
		return this.hearingHeldOn;
	}

	public String reviewDigest() {
		return this.reviewDigest;
	}

	public String discussedDigest() {
		return this.discussedDigest;
	}

	public String decidedDigest() {
		return this.decidedDigest;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public LocalDate decisionServedOn() {
		return this.decisionServedOn;
	}

	public Money paid() {
		return new Money(this.paid);
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public LocalDate archivedOn() {
		return this.archivedOn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Integer version() {
		return this.version;
	}

	/** The timeline (全过程记录), oldest first. */
	public List<CaseEntry> entries() {
		return Collections.unmodifiableList(this.entries);
	}

	// Service and everything after the decision (helper H): 分期/延期, 复议/诉讼, 催告 and the
	// court, 加处罚款, the conditions of 结案.

	/** 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款 (第六十七条第三款). */
	public static final int PAYMENT_DAYS = 15;

	/** 当场收缴的罚款，应当自收缴之日起二日内交至行政机关 (第七十一条). */
	public static final int HAND_IN_WORKING_DAYS = 2;

	/** 行政复议: 六十日 (行政复议法 第二十条); 行政诉讼: 六个月 (行政诉讼法 第四十六条). */
	public static final int REVIEW_DAYS = 60;

	public static final int LITIGATION_MONTHS = 6;

	/** 对复议决定不服的，可以在收到复议决定书之日起十五日内起诉 (行政诉讼法 第四十五条). */
	public static final int LITIGATION_AFTER_REVIEW_DAYS = 15;

	/**
	 * 分期或者延期缴纳 (第六十六条第二款), on the party's application (among the documents) and the
	 * agency head's approval: the new due dates, whose amounts add up to what is still
	 * owed; 加处罚款 does not run from the approval until the first instalment missed.
	 */
	public void grantPaymentPlan(Acting acting, List<Instalment> plan, List<Long> documents, CaseRules rules) {
		require(plan != null && !plan.isEmpty() && plan.size() <= 36, "CASE_PLAN", "请填写延期或分期缴纳的期限和金额（最多36期）");
		require(documents != null && !documents.isEmpty(), "CASE_PLAN_APPLICATION", "请附当事人的延期（分期）缴纳申请和批准文书");
		check(Attempt.of(CaseAct.GRANT_PAYMENT_PLAN, acting), rules);
		requireDue(acting.on());
		BigDecimal total = BigDecimal.ZERO;
		LocalDate previous = acting.on();
		for (Instalment instalment : plan) {
			require(instalment != null && instalment.dueOn() != null && instalment.amount() != null
					&& instalment.amount().signum() > 0, "CASE_PLAN", "每一期都须有缴纳期限和大于零的金额");
			require(instalment.dueOn().isAfter(previous), "CASE_PLAN_DATES", "缴纳期限须晚于批准之日且逐期在后");
			previous = instalment.dueOn();
			total = total.add(instalment.amount());
		}
		BigDecimal owed = principal().amount().subtract(this.paid).max(BigDecimal.ZERO);
		require(total.compareTo(owed) == 0, "CASE_PLAN_TOTAL",
				"各期金额合计（" + total.toPlainString() + " 元）应等于尚未缴纳的罚没款（" + owed.toPlainString() + " 元）");
		this.execution.planGrantedOn = acting.on();
		this.execution.instalments(List.copyOf(plan));
		String kind = (plan.size() == 1) ? "批准延期缴纳至 " + plan.get(0).dueOn()
				: "批准分" + plan.size() + "期缴纳，末期 " + previous;
		append(CaseAct.GRANT_PAYMENT_PLAN, acting, List.of(), documents, List.of(), kind);
	}

	/** 当事人申请行政复议或者提起行政诉讼 (execution does not stop, 第七十三条第一款). */
	public void applyForRemedy(Acting acting, Remedy.Kind kind, Long documentId, CaseRules rules) {
		require(kind != null, "CASE_REMEDY_KIND", "请选择行政复议或者行政诉讼");
		require(documentId != null, "CASE_REMEDY_DOCUMENT", "请附复议申请书或者人民法院的应诉通知书");
		check(Attempt.of(CaseAct.APPLY_FOR_REMEDY, acting), rules);
		if (remedies().stream().anyMatch(Remedy::pending)) {
			throw new RuleViolation("CASE_REMEDY_PENDING", "已有尚未终结的复议或诉讼，请先记录其结果", HttpStatus.CONFLICT);
		}
		List<Remedy> all = new ArrayList<>(remedies());
		all.add(new Remedy(kind, acting.on(), documentId, null, null, null, null));
		this.execution.remedies(all);
		append(CaseAct.APPLY_FOR_REMEDY, acting, List.of(), List.of(documentId), List.of(), kind.chineseName());
	}

	/**
	 * The outcome of the pending 复议 or 诉讼, with its document: 变更 replaces the penalty due
	 * (never heavier, 行政复议法 第六十三条) and makes it due fifteen days on; 撤销 (also with a new
	 * decision ordered) leaves nothing due. Both publish an event for the publicity.
	 */
	public void recordRemedyOutcome(Acting acting, Remedy.Outcome outcome, Penalty changedTo, String reason,
			Long documentId, CaseRules rules) {
		recordRemedyOutcome(acting, outcome, changedTo, reason, documentId, null, rules);
	}

	/**
	 * The outcome of the pending 复议 or 诉讼 with its document's 文号 ({@code number}, null
	 * when unknown), which a {@code DecisionChanged} carries as the new decision's.
	 */
	public void recordRemedyOutcome(Acting acting, Remedy.Outcome outcome, Penalty changedTo, String reason,
			Long documentId, String number, CaseRules rules) {
		require(outcome != null, "CASE_REMEDY_OUTCOME", "请选择复议（诉讼）结果");
		require(documentId != null, "CASE_REMEDY_DOCUMENT", "请附复议决定书或者裁判文书");
		require(outcome != Remedy.Outcome.CHANGED || changedTo != null, "CASE_REMEDY_PENALTY", "变更的，请填写变更后的处罚");
		require(reason == null || reason.length() <= 2000, "CASE_REASON", "理由不超过2000字");
		check(Attempt.of(CaseAct.RECORD_REMEDY_OUTCOME, acting), rules);
		List<Remedy> all = new ArrayList<>(remedies());
		int pending = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).pending()) {
				pending = i;
			}
		}
		if (pending < 0) {
			throw new RuleViolation("CASE_REMEDY_NONE", "没有尚未终结的复议或诉讼", HttpStatus.CONFLICT);
		}
		if (outcome == Remedy.Outcome.CHANGED && changedTo.heavierThan(decided())) {
			throw new RuleViolation("CASE_REMEDY_HEAVIER",
					"变更后的处罚（" + changedTo.text() + "）不得重于原决定（" + decided().text() + "）（《中华人民共和国行政复议法》第六十三条）");
		}
		Remedy remedy = all.get(pending);
		all.set(pending, remedy.decided(outcome, acting.on(), documentId, reason));
		this.execution.remedies(all);
		String text = remedy.kind().chineseName() + "结果：" + outcome.chineseName();
		LocalDate on = acting.on();
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (outcome == Remedy.Outcome.CHANGED) {
			this.decidedActions = changedTo.actionCodes();
			this.decidedFine = changedTo.fine().amount();
			this.decidedConfiscated = changedTo.confiscated().amount();
			this.execution.paymentDueOn = onWorkingDay(on.plusDays(PAYMENT_DAYS), rules);
			this.execution.planGrantedOn = null;
			this.execution.instalments(List.of());
			text += "，变更为 " + changedTo.text() + "，缴款期限至 " + this.execution.paymentDueOn;
			String penalty = changedTo.text();
			CaseEvent.PartyFacts party = partyFacts();
			CaseEvent.DecisionFacts facts = decisionFacts(changedTo, documentId, number);
			registerEvent((saved) -> new CaseEvent.DecisionChanged(saved.id, saved.agencyId, saved.title, on, penalty,
					why, party, facts));
		}
		else if (outcome.revokes()) {
			this.execution.revokedOn = on;
			text += "，原处罚决定不再执行";
			String label = outcome.chineseName();
			registerEvent(
					(saved) -> new CaseEvent.DecisionRevoked(saved.id, saved.agencyId, saved.title, on, label, why));
		}
		else if (outcome == Remedy.Outcome.CONFIRMED_UNLAWFUL) {
			String ruling = remedy.kind().chineseName() + "结果：" + outcome.chineseName();
			registerEvent((saved) -> new CaseEvent.DecisionConfirmedUnlawful(saved.id, saved.agencyId, saved.title, on,
					ruling, why));
		}
		if (why != null) {
			text += "；" + why;
		}
		this.entries
			.add(CaseEntry.of(CaseAct.RECORD_REMEDY_OUTCOME, acting, List.of(), List.of(documentId), List.of(), text));
		this.updatedAt = acting.at();
		if (outcome != Remedy.Outcome.CHANGED && !outcome.revokes() && outcome != Remedy.Outcome.CONFIRMED_UNLAWFUL) {
			registerEvent((saved) -> new CaseEvent.ActRecorded(saved.id, saved.agencyId, saved.title,
					CaseAct.RECORD_REMEDY_OUTCOME, on));
		}
	}

	/** 催告书送达 (行政强制法 第三十五条、第五十四条), with the 催告书 and its 送达回证. */
	public void remind(Acting acting, List<Long> documents, CaseRules rules) {
		require(documents != null && !documents.isEmpty(), "CASE_REMINDER_DOCUMENT", "请附催告书及其送达回证");
		check(Attempt.of(CaseAct.REMIND, acting), rules);
		requireDue(acting.on());
		this.execution.remindedOn = acting.on();
		append(CaseAct.REMIND, acting, List.of(), documents, List.of(),
				"催告书送达；应缴 " + owedOn(acting.on()).amount().toPlainString() + " 元（含加处罚款）");
	}

	/** 申请人民法院强制执行, with the application (强制执行申请书). */
	public void applyToCourt(Acting acting, List<Long> documents, CaseRules rules) {
		require(documents != null && !documents.isEmpty(), "CASE_COURT_DOCUMENT", "请附强制执行申请书");
		check(Attempt.of(CaseAct.APPLY_TO_COURT, acting), rules);
		requireDue(acting.on());
		if (this.execution.courtAppliedOn != null) {
			throw new RuleViolation("CASE_COURT_APPLIED", "已申请人民法院强制执行", HttpStatus.CONFLICT);
		}
		this.execution.courtAppliedOn = acting.on();
		append(CaseAct.APPLY_TO_COURT, acting, List.of(), documents, List.of(),
				"申请强制执行 " + owedOn(acting.on()).amount().toPlainString() + " 元");
	}

	/** 人民法院的裁定 (准予 or 不予强制执行), with the 裁定书: the court route is closed. */
	public void recordCourtRuling(Acting acting, boolean granted, Long documentId, String note, CaseRules rules) {
		require(documentId != null, "CASE_COURT_DOCUMENT", "请附人民法院的裁定书");
		check(Attempt.of(CaseAct.RECORD_COURT_RULING, acting), rules);
		if (this.execution.courtAppliedOn == null) {
			throw new RuleViolation("CASE_COURT_NOT_APPLIED", "尚未申请人民法院强制执行", HttpStatus.CONFLICT);
		}
		if (this.execution.courtRuledOn != null) {
			throw new RuleViolation("CASE_COURT_RULED", "人民法院已作出裁定", HttpStatus.CONFLICT);
		}
		this.execution.courtRuling = granted ? "准予强制执行" : "不予强制执行";
		this.execution.courtRuledOn = acting.on();
		append(CaseAct.RECORD_COURT_RULING, acting, List.of(), List.of(documentId), List.of(),
				this.execution.courtRuling + ((note == null || note.isBlank()) ? "" : "；" + note.strip()));
	}

	/**
	 * 结案 of a served decision: revoked; or decided by the court; or the fine, the
	 * confiscation and the 加处罚款 to {@code on} paid — never while a 复议/诉讼 is pending.
	 */
	private String performance(LocalDate on) {
		if (remedies().stream().anyMatch(Remedy::pending)) {
			throw new RuleViolation("CASE_REMEDY_PENDING", "复议或诉讼尚未终结，不能结案", HttpStatus.CONFLICT);
		}
		if (this.execution.revokedOn != null) {
			return "处罚决定已撤销";
		}
		if (this.execution.courtRuledOn != null) {
			return "人民法院" + this.execution.courtRuling;
		}
		Money owed = owedOn(on);
		if (owed.amount().signum() > 0) {
			throw new RuleViolation("CASE_NOT_PERFORMED",
					"罚没款尚未缴清，不能结案：应缴 " + principal().plus(surchargeOn(on)).amount().toPlainString() + " 元（含加处罚款 "
							+ surchargeOn(on).amount().toPlainString() + " 元），已缴 " + this.paid.toPlainString() + " 元",
					HttpStatus.CONFLICT);
		}
		return "决定已执行";
	}

	private void requireDue(LocalDate on) {
		if (this.execution.revokedOn != null) {
			throw new RuleViolation("CASE_DECISION_REVOKED", "处罚决定已被撤销，无可执行的内容", HttpStatus.CONFLICT);
		}
		if (owedOn(on).amount().signum() <= 0) {
			throw new RuleViolation("CASE_PAID", "罚没款及加处罚款已缴清", HttpStatus.CONFLICT);
		}
	}

	private static LocalDate onWorkingDay(LocalDate day, CaseRules rules) {
		return rules.days().addWorkingDays(day.minusDays(1), 1);
	}

	/** The fine and the confiscation due (nothing once the decision is revoked). */
	public Money principal() {
		Penalty decided = decided();
		return (decided == null || this.execution.revokedOn != null) ? Money.ZERO
				: decided.fine().plus(decided.confiscated());
	}

	/**
	 * 加处罚款 on {@code on}: 3 % of the fine a day after the due date until the day the fine
	 * and confiscation were paid in full, capped at the fine, not counting the days of a
	 * pending 复议/诉讼 or of an approved 延期/分期 (see {@link Surcharge}).
	 */
	public Money surchargeOn(LocalDate on) {
		Penalty decided = decided();
		if (decided == null || this.execution.revokedOn != null || this.execution.paymentDueOn == null) {
			return Money.ZERO;
		}
		LocalDate until = on;
		BigDecimal cumulative = BigDecimal.ZERO;
		for (Instalment payment : this.execution.payments()) {
			cumulative = cumulative.add(payment.amount());
			if (cumulative.compareTo(principal().amount()) >= 0) {
				until = payment.dueOn().isBefore(on) ? payment.dueOn() : on;
				break;
			}
		}
		return Surcharge.amount(decided.fine(), this.execution.paymentDueOn, until, pauses());
	}

	/**
	 * What is still owed on {@code on}: fine, confiscation and 加处罚款, less what was paid.
	 */
	public Money owedOn(LocalDate on) {
		BigDecimal owed = principal().plus(surchargeOn(on)).amount().subtract(this.paid);
		return new Money(owed.max(BigDecimal.ZERO));
	}

	/** The days 加处罚款 does not run: pending or decided 复议/诉讼, and an approved plan. */
	List<Surcharge.Pause> pauses() {
		List<Surcharge.Pause> pauses = new ArrayList<>();
		for (Remedy remedy : remedies()) {
			pauses.add(new Surcharge.Pause(remedy.appliedOn(), remedy.decidedOn()));
		}
		List<Instalment> plan = this.execution.instalments();
		if (this.execution.planGrantedOn != null && !plan.isEmpty()) {
			LocalDate end = plan.get(plan.size() - 1).dueOn();
			BigDecimal target = principal().amount()
				.subtract(plan.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
			for (Instalment instalment : plan) {
				target = target.add(instalment.amount());
				if (paidThrough(instalment.dueOn()).compareTo(target) < 0) {
					end = instalment.dueOn();
					break;
				}
			}
			pauses.add(new Surcharge.Pause(this.execution.planGrantedOn, end));
		}
		return pauses;
	}

	private BigDecimal paidThrough(LocalDate day) {
		return this.execution.payments()
			.stream()
			.filter((payment) -> !payment.dueOn().isAfter(day))
			.map(Instalment::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The last day of the party's time to apply for 复议 or to sue: six months from
	 * service, or fifteen days after a 复议 decision if later.
	 */
	public LocalDate remedyPeriodEnd() {
		LocalDate end = this.decisionServedOn.plusMonths(LITIGATION_MONTHS);
		for (Remedy remedy : remedies()) {
			if (remedy.kind() == Remedy.Kind.REVIEW && remedy.decidedOn() != null
					&& remedy.decidedOn().plusDays(LITIGATION_AFTER_REVIEW_DAYS).isAfter(end)) {
				end = remedy.decidedOn().plusDays(LITIGATION_AFTER_REVIEW_DAYS);
			}
		}
		return end;
	}

	public List<Remedy> remedies() {
		return this.execution.remedies();
	}

	public List<Instalment> paymentPlan() {
		return this.execution.instalments();
	}

	public ServiceMode noticeServiceMode() {
		return this.execution.noticeServiceMode;
	}

	public ServiceMode decisionServiceMode() {
		return this.execution.decisionServiceMode;
	}

	public LocalDate paymentDueOn() {
		return this.execution.paymentDueOn;
	}

	public boolean lateHandIn() {
		return this.execution.lateHandIn;
	}

	public LocalDate remindedOn() {
		return this.execution.remindedOn;
	}

	public LocalDate courtAppliedOn() {
		return this.execution.courtAppliedOn;
	}

	public String courtRuling() {
		return this.execution.courtRuling;
	}

	public LocalDate revokedOn() {
		return this.execution.revokedOn;
	}

	/** The SHA-256 of the 案卷 exported at the archive, or null. */
	public String caseFileSha256() {
		return this.execution.caseFileSha256;
	}

	/**
	 * 立案 of a party from 一企一档 (by id: its name, kind and credit code as they stand today
	 * are kept as the case's snapshot) or typed by name (an unregistered natural person),
	 * from a clue (案源) where there is one.
	 */
	public static PenaltyCase file(long agencyId, String title, CaseParty party, Long clueId, Acting acting,
			List<Long> documents, String note) {
		PenaltyCase kase = file(agencyId, title, party.name(), acting, documents, note);
		kase.partyId = party.partyId();
		kase.partyKind = party.kind();
		kase.partyCreditCode = party.creditCode();
		kase.clueId = clueId;
		return kase;
	}

	/** The party's id in 一企一档, or null for a party typed by name. */
	public Long partyId() {
		return this.partyId;
	}

	/**
	 * The party's kind (natural person or organisation) where 一企一档 knows it, else null.
	 */
	public org.sanxiang.subject.PartyKind partyKind() {
		return this.partyKind;
	}

	public String partyCreditCode() {
		return this.partyCreditCode;
	}

	/** The clue (案源) the case was filed from, or null. */
	public Long clueId() {
		return this.clueId;
	}

	/**
	 * 延长办案期限 with the agency head's approval (the 延长办案期限审批表 among the documents) and its
	 * reason: the first by 30 days, the second by at most 30 days after the heads'
	 * collective discussion (生态环境行政处罚办法 第五十七条); never a third.
	 */
	public void extendPeriod(Acting acting, String reason, List<Long> documents, CaseRules rules) {
		require(reason != null && !reason.isBlank(), "CASE_REASON", "请写明延长办案期限的理由");
		require(documents != null && !documents.isEmpty(), "CASE_EXTENSION_APPROVAL", "请附延长办案期限的审批文书");
		long granted = this.entries.stream().filter((e) -> e.act() == CaseAct.EXTEND_PERIOD).count();
		if (granted >= CaseDeadlines.MAX_EXTENSIONS) {
			throw new RuleViolation("CASE_EXTENSION_LIMIT", "办案期限已延长两次，不能再延长（《生态环境行政处罚办法》第五十七条）", HttpStatus.CONFLICT);
		}
		check(Attempt.of(CaseAct.EXTEND_PERIOD, acting), rules);
		append(CaseAct.EXTEND_PERIOD, acting, List.of(), documents, List.of(),
				((granted == 0) ? "经机关负责人批准延长办案期限：" : "经集体讨论再次延长办案期限：") + reason);
	}

	/**
	 * Keeps the nearest running time limit on the case, for the list to filter in SQL.
	 */
	void keepDeadline(CaseDeadline nearest) {
		this.dueOn = (nearest == null) ? null : nearest.due();
		this.dueKind = (nearest == null) ? null : nearest.kind().name();
	}

	/** The nearest due date kept for the list, or null. */
	public LocalDate dueOn() {
		return this.dueOn;
	}

	/** The law versions the decision applied and why (从旧兼从轻), or null before it. */
	public String decidedLaw() {
		return this.decidedLaw;
	}

	/** The decision's discretion band and explanation, or null before it. */
	public String decidedDiscretion() {
		return this.decidedDiscretion;
	}

	/**
	 * A period that does not count towards the handling period starts (公告, 鉴定, 监测（检测）,
	 * 评估, 认定: {@link ExcludedPeriod}), with the document that starts it (the 鉴定委托书, the
	 * 公告); one at a time.
	 */
	public void startExcludedPeriod(Acting acting, ExcludedPeriod kind, String note, List<Long> documents,
			CaseRules rules) {
		require(kind != null, "CASE_EXCLUDED_PERIOD_KIND", "请选择期间的种类（公告、鉴定、监测（检测）、评估、认定）");
		if (openExcludedPeriod() != null) {
			throw new RuleViolation("CASE_EXCLUDED_PERIOD_OPEN",
					"本案的" + openExcludedPeriod().chineseName() + "期间尚未结束，结束后方可开始另一期间", HttpStatus.CONFLICT);
		}
		check(Attempt.of(CaseAct.START_EXCLUDED_PERIOD, acting), rules);
		append(CaseAct.START_EXCLUDED_PERIOD, acting, List.of(), documents, List.of(),
				kind.chineseName() + "期间" + ((note == null || note.isBlank()) ? "" : "：" + note.strip()));
	}

	/** The period started last ends (the 鉴定意见 received, the 公告 period over). */
	public void endExcludedPeriod(Acting acting, List<Long> documents, CaseRules rules) {
		ExcludedPeriod open = openExcludedPeriod();
		if (open == null) {
			throw new RuleViolation("CASE_EXCLUDED_PERIOD_NONE", "本案没有尚未结束的公告、鉴定等期间", HttpStatus.CONFLICT);
		}
		check(Attempt.of(CaseAct.END_EXCLUDED_PERIOD, acting), rules);
		append(CaseAct.END_EXCLUDED_PERIOD, acting, List.of(), documents, List.of(), open.chineseName() + "期间结束");
	}

	/** The kind of the excluded period not yet ended, or null. */
	public ExcludedPeriod openExcludedPeriod() {
		ExcludedPeriod open = null;
		for (CaseEntry entry : this.entries) {
			if (entry.act() == CaseAct.START_EXCLUDED_PERIOD) {
				open = ExcludedPeriod.ofNote(entry.note());
			}
			else if (entry.act() == CaseAct.END_EXCLUDED_PERIOD) {
				open = null;
			}
		}
		return open;
	}

	/**
	 * The party as a publication needs it: a natural person has no credit code; a party
	 * typed by name (not from 一企一档) is of unknown kind.
	 */
	CaseEvent.PartyFacts partyFacts() {
		return partyFacts(null);
	}

	/**
	 * The party, its kind from 一企一档 where the case has it, else as the decision states it
	 * ({@code stated}, may be null); a stated unit's code only when it is a credit code.
	 */
	CaseEvent.PartyFacts partyFacts(org.sanxiang.review.ProposedDecision.Party stated) {
		CaseEvent.PartyCategory kind = CaseEvent.PartyCategory.OTHER;
		String code = this.partyCreditCode;
		if (this.partyKind != null) {
			kind = (this.partyKind == org.sanxiang.subject.PartyKind.PERSON) ? CaseEvent.PartyCategory.NATURAL_PERSON
					: CaseEvent.PartyCategory.LEGAL_PERSON;
		}
		else if (stated != null && stated.type() != null) {
			boolean person = stated.type() == org.sanxiang.legalbasis.PartyType.INDIVIDUAL;
			kind = person ? CaseEvent.PartyCategory.NATURAL_PERSON : CaseEvent.PartyCategory.LEGAL_PERSON;
			if (!person && (code == null || code.isBlank()) && stated.code() != null
					&& stated.code().strip().matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
				code = stated.code().strip();
			}
		}
		if (kind == CaseEvent.PartyCategory.NATURAL_PERSON || code == null || code.isBlank()) {
			code = null;
		}
		return new CaseEvent.PartyFacts(this.partyName, kind, (code == null) ? null : code.strip());
	}

	private static CaseEvent.DecisionFacts decisionFacts(Penalty penalty, Long documentId, String number) {
		List<String> types = new java.util.TreeSet<>(penalty.actions()).stream()
			.map(org.sanxiang.review.DecisionAction::chineseName)
			.toList();
		java.math.BigDecimal fine = (penalty.fine().amount().signum() > 0) ? penalty.fine().amount() : null;
		return new CaseEvent.DecisionFacts(documentId, number, types, fine);
	}

}
