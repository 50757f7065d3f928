package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.DecisionAction;

import org.springframework.stereotype.Component;

/**
 * The acts as forms on the case page: which acts the signed-in person may do in the
 * case's stage (the decision and 不予处罚 only for the agency head, the 案件审查 only for the
 * unit head or the head), what each form offers (the agency's officers qualified today,
 * the case's own issued documents, its evidence items), which acts are asked first
 * because they cannot be undone, and the act done from a submitted form through
 * {@link Cases}. The acts bound to one decision content (提交法制审核, 集体讨论, 作出处罚决定) and the
 * hearing stay with the review pages and the API.
 */
@Component
public class CaseActForms {

	/**
	 * The acts that execute a decision: not offered once it is revoked (the case refuses
	 * them too — there is nothing left to pay or enforce).
	 */
	private static final Set<CaseAct> ENFORCING = EnumSet.of(CaseAct.RECORD_PAYMENT, CaseAct.GRANT_PAYMENT_PLAN,
			CaseAct.REMIND, CaseAct.APPLY_TO_COURT);

	/** The acts offered as forms on the case page, in the order of the procedure. */
	static final List<CaseAct> ON_PAGE = List.of(CaseAct.RECORD_INSPECTION, CaseAct.RECORD_INQUIRY,
			CaseAct.ATTACH_EVIDENCE, CaseAct.END_INVESTIGATION, CaseAct.EXAMINE, CaseAct.SEND_BACK, CaseAct.NOTIFY,
			CaseAct.RECORD_NOTICE_SERVICE, CaseAct.RECORD_STATEMENT, CaseAct.WAIVE_STATEMENT, CaseAct.REQUEST_HEARING,
			CaseAct.WAIVE_HEARING, CaseAct.SERVE, CaseAct.RECORD_PAYMENT, CaseAct.SUSPEND, CaseAct.RESUME,
			CaseAct.RECORD_RECUSAL, CaseAct.NOT_PUNISH, CaseAct.TRANSFER, CaseAct.REVOKE_FILING,
			CaseAct.TERMINATE_INVESTIGATION, CaseAct.CLOSE, CaseAct.ARCHIVE, CaseAct.HOLD_HEARING,
			CaseAct.SUBMIT_FOR_LEGAL_REVIEW, CaseAct.RECORD_DISCUSSION, CaseAct.EXTEND_PERIOD,
			CaseAct.GRANT_PAYMENT_PLAN, CaseAct.APPLY_FOR_REMEDY, CaseAct.RECORD_REMEDY_OUTCOME, CaseAct.REMIND,
			CaseAct.APPLY_TO_COURT, CaseAct.RECORD_COURT_RULING, CaseAct.DECIDE, CaseAct.START_EXCLUDED_PERIOD,
			CaseAct.END_EXCLUDED_PERIOD);

	/** Acts that cannot be undone: the page asks first. */
	static final Set<CaseAct> ASKED_FIRST = EnumSet.of(CaseAct.DECIDE, CaseAct.CLOSE, CaseAct.ARCHIVE,
			CaseAct.REVOKE_FILING, CaseAct.NOT_PUNISH, CaseAct.TRANSFER, CaseAct.TERMINATE_INVESTIGATION,
			CaseAct.APPLY_TO_COURT);

	/** Acts whose note is a reason the law requires. */
	static final Set<CaseAct> WITH_REASON = EnumSet.of(CaseAct.SEND_BACK, CaseAct.SUSPEND, CaseAct.RECORD_RECUSAL,
			CaseAct.NOT_PUNISH, CaseAct.TRANSFER, CaseAct.REVOKE_FILING, CaseAct.TERMINATE_INVESTIGATION,
			CaseAct.EXTEND_PERIOD);

	/** Acts done on a date the person gives (others are done today). */
	static final Set<CaseAct> DATED = EnumSet.of(CaseAct.RECORD_INSPECTION, CaseAct.RECORD_INQUIRY,
			CaseAct.RECORD_NOTICE_SERVICE, CaseAct.REQUEST_HEARING, CaseAct.SERVE, CaseAct.RECORD_PAYMENT,
			CaseAct.HOLD_HEARING, CaseAct.APPLY_FOR_REMEDY, CaseAct.RECORD_REMEDY_OUTCOME, CaseAct.REMIND,
			CaseAct.APPLY_TO_COURT, CaseAct.RECORD_COURT_RULING, CaseAct.START_EXCLUDED_PERIOD,
			CaseAct.END_EXCLUDED_PERIOD);

	private final Cases cases;

	private final Documents documents;

	private final EvidenceItems evidence;

	private final OfficerRegistry officers;

	private final BusinessTime time;

	private final CaseLegalReviews legalReviews;

	private final CaseDecisionForm decisionForm;

	CaseActForms(Cases cases, Documents documents, EvidenceItems evidence, OfficerRegistry officers, BusinessTime time,
			CaseLegalReviews legalReviews, CaseDecisionForm decisionForm) {
		this.legalReviews = legalReviews;
		this.decisionForm = decisionForm;
		this.cases = cases;
		this.documents = documents;
		this.evidence = evidence;
		this.officers = officers;
		this.time = time;
	}

	/** The owner under which a case's documents and evidence are kept. */
	static Document.Owner owner(long caseId) {
		return new Document.Owner("CASE", Long.toString(caseId));
	}

	/**
	 * The acts this person may do on this case now: in the case's stage, by their role,
	 * in their own agency. Administrators, legal reviewers and publishers see none.
	 */
	public List<CaseAct> offered(PenaltyCase kase, SanxiangPrincipal person) {
		boolean head = person.hasRole(Role.AGENCY_HEAD);
		boolean unitHead = person.hasRole(Role.UNIT_HEAD);
		boolean actor = head || unitHead || person.hasRole(Role.OFFICER);
		if (!actor || kase.agencyId() != person.agencyId()) {
			return List.of();
		}
		return ON_PAGE.stream().filter((act) -> act.from().contains(kase.stage())).filter((act) -> switch (act) {
			case NOT_PUNISH, RECORD_RECUSAL, DECIDE -> head;
			case EXAMINE, SEND_BACK -> head || unitHead;
			case EXTEND_PERIOD, GRANT_PAYMENT_PLAN, APPLY_TO_COURT, RECORD_DISCUSSION -> head;
			case SUBMIT_FOR_LEGAL_REVIEW -> unitHead || person.hasRole(Role.OFFICER);
			default -> true;
		}).filter((act) -> kase.revokedOn() == null || !ENFORCING.contains(act)).toList();
	}

	/** The agency's officers whose 执法证 is valid today, for the investigative acts. */
	public List<Officer> qualifiedOfficers(PenaltyCase kase) {
		LocalDate today = this.time.today();
		return this.officers.within(Set.of(kase.agencyId()), "")
			.stream()
			.filter((officer) -> officer.isQualifiedOn(today))
			.toList();
	}

	/** Every document of the case (drafts, issued, voided), oldest first. */
	public List<Document> documentsOf(PenaltyCase kase, SanxiangPrincipal person) {
		return this.documents.ofOwner(owner(kase.id()), person.dataScope().agencyIds());
	}

	/**
	 * How the case page names each of the case's documents: an issued one by its type and
	 * number (文号), a draft or a voided one by its type and state — never by a bare id.
	 */
	public Map<Long, String> documentLabels(List<Document> caseDocuments) {
		Map<Long, String> labels = new HashMap<>();
		for (Document document : caseDocuments) {
			String type = this.documents.type(document).name();
			String label = switch (document.status()) {
				case ISSUED -> (document.number() == null) ? type : type + " " + document.number();
				case VOIDED -> type + "（已作废）";
				default -> type + "（草稿）";
			};
			labels.put(document.id(), label);
		}
		return labels;
	}

	/** The case's issued documents: what an act may record. */
	public List<Document> issuedOf(PenaltyCase kase, SanxiangPrincipal person) {
		return documentsOf(kase, person).stream()
			.filter((document) -> document.status() == Document.Status.ISSUED)
			.toList();
	}

	/** The case's evidence items. */
	public List<EvidenceItem> evidenceOf(PenaltyCase kase, SanxiangPrincipal person) {
		return this.evidence.ofOwner("CASE", Long.toString(kase.id()), person.dataScope().agencyIds());
	}

	/**
	 * Does the act from the submitted form; a refusal (the gate's, the stage's, the
	 * form's) is a {@link RuleViolation} in Chinese.
	 */
	public PenaltyCase perform(long id, CaseAct act, ActForm form, SanxiangPrincipal person) {
		PenaltyCase kase = this.cases.caseOf(id, person);
		if (!offered(kase, person).contains(act)) {
			if (ON_PAGE.contains(act) && act.from().contains(kase.stage())) {
				throw new RuleViolation("CASE_ACT_NOT_YOURS", refusalOfRole(act));
			}
			throw new RuleViolation("CASE_ILLEGAL_TRANSITION",
					"案件处于“" + kase.stage().chineseName() + "”阶段，不能" + act.chineseName());
		}
		List<Long> docs = chosenDocuments(kase, form, person);
		List<Long> items = chosenEvidence(kase, form, person);
		LocalDate on = DATED.contains(act) ? date(form.on()) : null;
		String note = blankToNull(form.note());
		return switch (act) {
			case RECORD_INSPECTION, RECORD_INQUIRY -> this.cases.recordInvestigation(id, act == CaseAct.RECORD_INQUIRY,
					on, ids(form.officerIds()), docs, items, note, person);
			case ATTACH_EVIDENCE -> this.cases.attachEvidence(id, items, note, person);
			case END_INVESTIGATION -> this.cases.endInvestigation(id, docs, note, person);
			case EXAMINE -> this.cases.examine(id, false, note, person);
			case SEND_BACK -> this.cases.examine(id, true, note, person);
			case NOTIFY ->
				this.cases.notify(id, proposed(form, kase, person, docs), form.hearingOffered(), docs, person);
			case RECORD_NOTICE_SERVICE -> this.cases.recordNoticeService(id, on, docs, person);
			case RECORD_STATEMENT -> this.cases.recordStatement(id, docs, note, person);
			case WAIVE_STATEMENT -> this.cases.waiveStatement(id, docs, person);
			case REQUEST_HEARING -> this.cases.requestHearing(id, on, docs, person);
			case WAIVE_HEARING -> this.cases.waiveHearing(id, docs, note, person);
			case SERVE -> this.cases.serve(id, on, docs, person);
			case RECORD_PAYMENT -> this.cases.recordPayment(id, on, new Money(amount(form.amount())), docs, person);
			case SUSPEND -> this.cases.suspend(id, note, docs, person);
			case RESUME -> this.cases.resume(id, docs, person);
			case RECORD_RECUSAL -> this.cases.recordRecusal(id, single(form.officerIds()), note, person);
			case NOT_PUNISH -> this.cases.notPunish(id, note, docs, person);
			case TRANSFER -> this.cases.transfer(id, note, docs, person);
			case REVOKE_FILING -> this.cases.revokeFiling(id, note, docs, person);
			case TERMINATE_INVESTIGATION -> this.cases.terminateInvestigation(id, note, docs, person);
			case CLOSE -> this.cases.close(id, docs, person);
			case ARCHIVE -> this.cases.archive(id, docs, person);
			case HOLD_HEARING -> this.cases.holdHearing(id, on, hearing(kase, form, person), person);
			case SUBMIT_FOR_LEGAL_REVIEW -> this.legalReviews.submit(kase, form, person);
			case RECORD_DISCUSSION ->
				this.cases.recordDiscussion(id, kase.reviewDigest(), agreed(form), docs, note, person);
			case EXTEND_PERIOD -> this.cases.extendPeriod(id, note, docs, person);
			case DECIDE -> this.decisionForm.decide(id, decisionDocuments(kase, person, docs), person);
			case START_EXCLUDED_PERIOD ->
				this.cases.startExcludedPeriod(id, periodKind(form.periodKind()), on, note, docs, person);
			case END_EXCLUDED_PERIOD -> this.cases.endExcludedPeriod(id, on, docs, person);
			default -> performAfterDecision(kase, act, form, on, docs, note, person);
		};
	}

	/** The acts after the decision was served (执行、复议诉讼、催告、强制执行). */
	private PenaltyCase performAfterDecision(PenaltyCase kase, CaseAct act, ActForm form, LocalDate on, List<Long> docs,
			String note, SanxiangPrincipal person) {
		long id = kase.id();
		Long first = docs.isEmpty() ? null : docs.get(0);
		return switch (act) {
			case GRANT_PAYMENT_PLAN -> this.cases.grantPaymentPlan(id, AfterDecisionForms.plan(form), docs, person);
			case APPLY_FOR_REMEDY ->
				this.cases.applyForRemedy(id, on, AfterDecisionForms.remedy(form.remedy()), first, person);
			case RECORD_REMEDY_OUTCOME -> {
				Remedy.Outcome outcome = AfterDecisionForms.outcome(form.outcome());
				Penalty changedTo = (outcome == Remedy.Outcome.CHANGED && form.amount() != null
						&& !form.amount().isBlank())
								? new Penalty(kase.decided().actions(), new Money(amount(form.amount())),
										kase.decided().confiscated())
								: null;
				yield this.cases.recordRemedyOutcome(id, on, outcome, changedTo, note, first, person);
			}
			case REMIND -> this.cases.remind(id, on, docs, person);
			case APPLY_TO_COURT -> this.cases.applyToCourt(id, on, docs, person);
			case RECORD_COURT_RULING ->
				this.cases.recordCourtRuling(id, on, AfterDecisionForms.granted(form.granted()), first, note, person);
			default -> throw new RuleViolation("CASE_ACT_NOT_ON_PAGE", act.chineseName() + "请在法制审核页面办理");
		};
	}

	/**
	 * The hearing as held: the notice's service date, who presided, and the 听证笔录 and 听证报告
	 * chosen from the case's issued documents.
	 */
	private Hearing hearing(PenaltyCase kase, ActForm form, SanxiangPrincipal person) {
		Set<Long> own = new java.util.HashSet<>(issuedOf(kase, person).stream().map(Document::id).toList());
		Long record = FormValues.id(form.recordDocumentId(), "听证笔录");
		Long report = FormValues.id(form.reportDocumentId(), "听证报告");
		if ((record != null && !own.contains(record)) || (report != null && !own.contains(report))) {
			throw new RuleViolation("CASE_DOCUMENT_NOT_OF_CASE", "只能选择本案已签发的文书");
		}
		return new Hearing(FormValues.date(form.hearingNoticeOn()), blankToNull(form.presider()), record, report);
	}

	private static boolean agreed(ActForm form) {
		if (form.agreed() == null) {
			throw new RuleViolation("CASE_DISCUSSION_OUTCOME", "请选择集体讨论的结论（同意或者不同意）");
		}
		return form.agreed();
	}

	/** The 决定书 among the chosen documents: at least one issued 行政处罚决定书 of the case. */
	private List<Long> decisionDocuments(PenaltyCase kase, SanxiangPrincipal person, List<Long> docs) {
		boolean decision = issuedOf(kase, person).stream()
			.anyMatch((document) -> docs.contains(document.id()) && "PENALTY_DECISION".equals(document.typeCode()));
		if (!decision) {
			throw new RuleViolation("CASE_DECISION_DOCUMENT", "请选择本案已签发的行政处罚决定书");
		}
		return docs;
	}

	/** The kind of a 公告/鉴定 period chosen on the form, or null (refused by the case). */
	private static ExcludedPeriod periodKind(String name) {
		for (ExcludedPeriod kind : ExcludedPeriod.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	private static String refusalOfRole(CaseAct act) {
		return switch (act) {
			case EXAMINE, SEND_BACK -> "案件审查只能由承办机构负责人或者机关负责人作出（" + Gate.UNIT_HEAD_APPROVAL.article() + "）";
			case APPLY_TO_COURT -> "强制执行申请书由行政机关负责人签名（《中华人民共和国行政强制法》第五十五条）";
			case RECORD_DISCUSSION -> "集体讨论由行政机关负责人进行（" + Gate.COLLECTIVE_DISCUSSION.article() + "）";
			case SUBMIT_FOR_LEGAL_REVIEW -> "法制审核由承办机构的执法人员或其负责人提交";
			default -> act.chineseName() + "只能由行政机关负责人作出（" + Gate.AGENCY_HEAD.article() + "）";
		};
	}

	/**
	 * The penalty notified: the fine typed, or else the one on the chosen issued 事先告知书
	 * (拟罚款金额), so that it is not typed twice.
	 */
	private Penalty proposed(ActForm form, PenaltyCase kase, SanxiangPrincipal person, List<Long> docs) {
		BigDecimal fine = null;
		if (form.amount() != null && !form.amount().isBlank()) {
			fine = amount(form.amount());
		}
		else {
			for (Document document : issuedOf(kase, person)) {
				if (docs.contains(document.id()) && "PENALTY_NOTICE".equals(document.typeCode())
						&& document.values().get("proposedFineAmount") instanceof String text && !text.isBlank()) {
					fine = amount(text);
				}
			}
		}
		if (fine == null) {
			throw new RuleViolation("CASE_PENALTY", "请填写拟罚款金额，或选择已签发的行政处罚事先告知书");
		}
		return new Penalty(EnumSet.of(DecisionAction.FINE), new Money(fine), Money.ZERO);
	}

	private List<Long> chosenDocuments(PenaltyCase kase, ActForm form, SanxiangPrincipal person) {
		List<Long> chosen = ids(form.documentIds());
		if (chosen.isEmpty()) {
			return chosen;
		}
		Set<Long> own = new java.util.HashSet<>(issuedOf(kase, person).stream().map(Document::id).toList());
		if (!own.containsAll(chosen)) {
			throw new RuleViolation("CASE_DOCUMENT_NOT_OF_CASE", "只能选择本案已签发的文书");
		}
		return chosen;
	}

	private List<Long> chosenEvidence(PenaltyCase kase, ActForm form, SanxiangPrincipal person) {
		List<Long> chosen = ids(form.evidenceIds());
		if (chosen.isEmpty()) {
			return chosen;
		}
		Set<Long> own = new java.util.HashSet<>(evidenceOf(kase, person).stream().map(EvidenceItem::id).toList());
		if (!own.containsAll(chosen)) {
			throw new RuleViolation("CASE_EVIDENCE_NOT_OF_CASE", "只能选择本案的证据");
		}
		return chosen;
	}

	private LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return this.time.today();
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("CASE_DATE", "日期格式应为 年-月-日，例如 2026-12-01");
		}
	}

	static BigDecimal amount(String text) {
		try {
			BigDecimal amount = new BigDecimal((text == null) ? "" : text.strip().replace(",", "").replace("，", ""));
			if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1e12")) >= 0) {
				throw new NumberFormatException();
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("CASE_AMOUNT", "金额应为大于0、最多两位小数的元数");
		}
	}

	private static long single(List<Long> ids) {
		if (ids == null || ids.size() != 1) {
			throw new RuleViolation("CASE_OFFICER", "请选择一名回避的执法人员");
		}
		return ids.get(0);
	}

	private static List<Long> ids(List<Long> ids) {
		return (ids == null) ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * What an act's form carries (each act uses its own fields).
	 *
	 * @param on the date of the act (年-月-日, Beijing), blank for today
	 * @param officerIds officers from the register
	 * @param documentIds the case's issued documents
	 * @param evidenceIds the case's evidence items
	 * @param note the opinion, the reason or a remark
	 * @param amount a fine proposed or an amount paid, in yuan
	 * @param offerHearing whether the notice offers a hearing
	 * @param confirmed whether the person confirmed an act that cannot be undone
	 * @param presider who presided over the hearing
	 * @param hearingNoticeOn the day the hearing notice was served
	 * @param recordDocumentId the 听证笔录 (an issued document of the case)
	 * @param reportDocumentId the 听证报告
	 * @param agreed the collective discussion's outcome
	 * @param planDueOn the due dates of a payment plan, one per instalment
	 * @param planAmount the amounts of a payment plan
	 * @param remedy 行政复议 or 行政诉讼 ({@link Remedy.Kind})
	 * @param outcome the outcome of a remedy ({@link Remedy.Outcome})
	 * @param granted whether the court granted enforcement
	 * @param facts the facts found, for the legal review
	 * @param violated the provisions violated (resolved by the legal basis)
	 * @param violatedVersion no longer read: the version is the one in force on the act's
	 * date
	 * @param basis the provisions applied (resolved by the legal basis)
	 * @param basisVersion no longer read, as {@code violatedVersion}
	 * @param band the discretion band
	 * @param partyAddress the party's address (住所)
	 * @param periodKind the kind of a 公告/鉴定 period ({@link ExcludedPeriod})
	 * @param violation the violation type whose provisions the legal review cites
	 */
	public record ActForm(String on, List<Long> officerIds, List<Long> documentIds, List<Long> evidenceIds, String note,
			String amount, Boolean offerHearing, Boolean confirmed, String presider, String hearingNoticeOn,
			String recordDocumentId, String reportDocumentId, Boolean agreed, List<String> planDueOn,
			List<String> planAmount, String remedy, String outcome, Boolean granted, String facts, String violated,
			String violatedVersion, String basis, String basisVersion, String band, String partyAddress,
			String periodKind, String violation) {

		/** Whether the notice offers a hearing. */
		public boolean hearingOffered() {
			return Boolean.TRUE.equals(this.offerHearing);
		}

		/** Whether the person confirmed. */
		public boolean isConfirmed() {
			return Boolean.TRUE.equals(this.confirmed);
		}

	}

}
