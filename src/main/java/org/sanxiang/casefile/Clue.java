package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongSupplier;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.subject.PartyKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A clue (案源): an inspection finding, a complaint or report, a referral, an assignment
 * from above or an online-monitoring alarm, registered with the party (from 一企一档 by id
 * where known), what is alleged and when the act was done or ended. Within the period of
 * 生态环境行政处罚办法 第十八条 (15 days from discovery, once 15 more with the agency head's approval —
 * the calendar rule {@code CASE_FILING}) it is decided once: 立案 (the penalty case records
 * the clue), 不予立案 with its reason, or 移送 to the competent authority. 立案 is refused once
 * the limitation of 行政处罚法 第三十六条 ran out before discovery.
 */
@Table("clue")
public class Clue extends AggregateRoot<Clue> {

	@Id
	private Long id;

	private final long agencyId;

	private final ClueSource source;

	private final String sourceReference;

	private final Long partyId;

	private final String partyName;

	private final PartyKind partyKind;

	private final String alleged;

	private final LocalDate actOn;

	private final boolean continuing;

	private final LocalDate actEndedOn;

	private final boolean harmed;

	private final LocalDate registeredOn;

	private final String registeredBy;

	private ClueStatus status;

	private String extensionReason;

	private LocalDate extendedOn;

	private LocalDate decidedOn;

	private String decidedBy;

	private String decisionReason;

	private Long decisionDocumentId;

	private String transferredTo;

	private Long caseId;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	Clue(Long id, long agencyId, ClueSource source, String sourceReference, Long partyId, String partyName,
			PartyKind partyKind, String alleged, LocalDate actOn, boolean continuing, LocalDate actEndedOn,
			boolean harmed, LocalDate registeredOn, String registeredBy, ClueStatus status, String extensionReason,
			LocalDate extendedOn, LocalDate decidedOn, String decidedBy, String decisionReason, Long decisionDocumentId,
			String transferredTo, Long caseId, Instant createdAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.source = source;
		this.sourceReference = sourceReference;
		this.partyId = partyId;
		this.partyName = partyName;
		this.partyKind = partyKind;
		this.alleged = alleged;
		this.actOn = actOn;
		this.continuing = continuing;
		this.actEndedOn = actEndedOn;
		this.harmed = harmed;
		this.registeredOn = registeredOn;
		this.registeredBy = registeredBy;
		this.status = status;
		this.extensionReason = extensionReason;
		this.extendedOn = extendedOn;
		this.decidedOn = decidedOn;
		this.decidedBy = decidedBy;
		this.decisionReason = decisionReason;
		this.decisionDocumentId = decisionDocumentId;
		this.transferredTo = transferredTo;
		this.caseId = caseId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** 案源登记, on the day of discovery ({@code acting.on()}). */
	public static Clue register(long agencyId, ClueSource source, String sourceReference, CaseParty party,
			String alleged, LocalDate actOn, boolean continuing, LocalDate actEndedOn, boolean harmed, Acting acting) {
		require(source != null, "CLUE_SOURCE", "请选择案源类型");
		require(sourceReference == null || sourceReference.length() <= 200, "CLUE_SOURCE_REFERENCE", "来源编号不超过200字");
		require(party != null && party.name() != null && !party.name().isBlank() && party.name().length() <= 200,
				"CLUE_PARTY", "请填写当事人（不超过200字）");
		require(alleged != null && !alleged.isBlank() && alleged.length() <= 2000, "CLUE_ALLEGED",
				"请填写涉嫌违法的事实（不超过2000字）");
		require(actOn != null, "CLUE_ACT_ON", "请填写违法行为发生日期");
		require(!actOn.isAfter(acting.on()), "CLUE_ACT_ON", "违法行为发生日期不能晚于登记日期");
		require(continuing || actEndedOn == null, "CLUE_ACT_ENDED_ON", "违法行为不是连续或继续状态的，不填终了日期");
		require(actEndedOn == null || (!actEndedOn.isBefore(actOn) && !actEndedOn.isAfter(acting.on())),
				"CLUE_ACT_ENDED_ON", "违法行为终了日期须在发生日期与登记日期之间");
		Clue clue = new Clue(null, agencyId, source, blankToNull(sourceReference), party.partyId(),
				party.name().strip(), party.kind(), alleged.strip(), actOn, continuing, actEndedOn, harmed, acting.on(),
				acting.actor().username(), ClueStatus.PENDING, null, null, null, null, null, null, null, null,
				acting.at(), acting.at(), null);
		clue.registerEvent((saved) -> new ClueEvent.ClueRegistered(saved.id, saved.agencyId, saved.partyName,
				saved.source, saved.registeredOn));
		return clue;
	}

	/**
	 * 延长立案审查期限: once, by the agency head, before the first period ran out.
	 * @param firstDue the last day of the first 15 days on the calendar
	 */
	public void extend(String reason, LocalDate firstDue, Acting acting) {
		requirePending();
		require(acting.actor().agencyHead(), "CLUE_EXTENSION_HEAD", "延长立案审查期限须经本机关负责人批准（生态环境行政处罚办法第十八条）",
				HttpStatus.FORBIDDEN);
		require(this.extendedOn == null, "CLUE_EXTENSION_ONCE", "立案审查期限只能延长一次（十五日）");
		require(reason != null && !reason.isBlank() && reason.length() <= 1000, "CLUE_REASON", "请写明延长的理由（不超过1000字）");
		require(!acting.on().isAfter(firstDue), "CLUE_EXTENSION_LATE", "立案审查期限已于" + firstDue + "届满，不能再批准延长");
		this.extensionReason = reason.strip();
		this.extendedOn = acting.on();
		touch(acting);
		registerEvent((saved) -> new ClueEvent.ClueDecisionExtended(saved.id, saved.agencyId, saved.partyName,
				saved.extensionReason));
	}

	/**
	 * 立案: refused once the limitation ran out before discovery; {@code openCase} files
	 * the penalty case and answers its id.
	 */
	public void file(Long documentId, Acting acting, LongSupplier openCase) {
		requireDecision(acting);
		LimitationPeriod.check(this.actOn, this.continuing, this.actEndedOn, this.harmed, this.registeredOn);
		this.caseId = openCase.getAsLong();
		decide(ClueStatus.FILED, null, documentId, acting);
	}

	/** 不予立案, with its reason and the approval form (不予立案审批表) where there is one. */
	public void refuse(String reason, Long documentId, Acting acting) {
		requireDecision(acting);
		require(reason != null && !reason.isBlank() && reason.length() <= 1000, "CLUE_REASON", "请写明不予立案的理由（不超过1000字）");
		decide(ClueStatus.NOT_FILED, reason.strip(), documentId, acting);
	}

	/** 移送 to the competent authority (another agency, the police, the judiciary). */
	public void transfer(String to, String reason, Long documentId, Acting acting) {
		requireDecision(acting);
		require(to != null && !to.isBlank() && to.length() <= 200, "CLUE_TRANSFER_TO", "请填写移送的机关（不超过200字）");
		require(reason == null || reason.length() <= 1000, "CLUE_REASON", "移送理由不超过1000字");
		this.transferredTo = to.strip();
		decide(ClueStatus.TRANSFERRED, blankToNull(reason), documentId, acting);
	}

	private void decide(ClueStatus outcome, String reason, Long documentId, Acting acting) {
		this.status = outcome;
		this.decisionReason = reason;
		this.decisionDocumentId = documentId;
		this.decidedOn = acting.on();
		this.decidedBy = acting.actor().username();
		touch(acting);
		registerEvent((saved) -> new ClueEvent.ClueDecided(saved.id, saved.agencyId, saved.partyName, outcome,
				saved.decidedOn, saved.caseId, (outcome == ClueStatus.TRANSFERRED) ? saved.transferredTo : reason));
	}

	private void requireDecision(Acting acting) {
		requirePending();
		require(!acting.on().isBefore(this.registeredOn), "CLUE_DECIDED_BEFORE_REGISTRATION", "决定日期不能早于案源登记日期");
	}

	private void requirePending() {
		require(this.status == ClueStatus.PENDING, "CLUE_ALREADY_DECIDED",
				"该案源已于" + this.decidedOn + "作出决定（" + this.status.chineseName() + "），不能再次决定", HttpStatus.CONFLICT);
	}

	private void touch(Acting acting) {
		this.updatedAt = acting.at();
	}

	private static void require(boolean condition, String code, String message) {
		require(condition, code, message, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static void require(boolean condition, String code, String message, HttpStatus status) {
		if (!condition) {
			throw new RuleViolation(code, message, status);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The limitation's last day (行政处罚法 第三十六条), or null while the act continues. */
	public LocalDate limitationLastDay() {
		return LimitationPeriod.lastDay(this.actOn, this.continuing, this.actEndedOn, this.harmed);
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public ClueSource source() {
		return this.source;
	}

	public String sourceReference() {
		return this.sourceReference;
	}

	public Long partyId() {
		return this.partyId;
	}

	public String partyName() {
		return this.partyName;
	}

	public PartyKind partyKind() {
		return this.partyKind;
	}

	public String alleged() {
		return this.alleged;
	}

	public LocalDate actOn() {
		return this.actOn;
	}

	public boolean continuing() {
		return this.continuing;
	}

	public LocalDate actEndedOn() {
		return this.actEndedOn;
	}

	public boolean harmed() {
		return this.harmed;
	}

	public LocalDate registeredOn() {
		return this.registeredOn;
	}

	public String registeredBy() {
		return this.registeredBy;
	}

	public ClueStatus status() {
		return this.status;
	}

	public String extensionReason() {
		return this.extensionReason;
	}

	public boolean extended() {
		return this.extendedOn != null;
	}

	public LocalDate extendedOn() {
		return this.extendedOn;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public Long decisionDocumentId() {
		return this.decisionDocumentId;
	}

	public String transferredTo() {
		return this.transferredTo;
	}

	public Long caseId() {
		return this.caseId;
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

}
