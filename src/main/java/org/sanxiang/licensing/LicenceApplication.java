package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A licence application (行政许可申请), received at a window. Within the acceptance limit the
 * agency accepts it (受理), refuses it (不予受理, 行政许可法 第三十二条第一款第（一）、（二）项) or tells the
 * applicant once everything missing or defective (一次性告知, 第（四）项) — a later notice may not
 * ask again for a material already listed; an agency that does not answer in time is
 * deemed to have accepted it on the day the materials were received. After acceptance the
 * decision is due within the type's limit, paused by hearings, expert reviews, site
 * verification or tests (第四十五条) and extended once by 10 working days with the head's
 * approval (第四十二条); then 准予 or 不予 (第三十八条).
 */
@Table("licence_application")
public class LicenceApplication extends AggregateRoot<LicenceApplication> {

	@Id
	private Long id;

	private final long agencyId;

	private final String applicationNumber;

	private final String checkCode;

	private final String typeCode;

	private final long partyId;

	private final String partyName;

	private final String subjectMatter;

	private final boolean significantInterest;

	private String materials;

	private String listedMissing;

	private ApplicationStatus status;

	private final LocalDate receivedOn;

	private LocalDate submittedOn;

	private LocalDate acceptedOn;

	private boolean deemedAccepted;

	private String refusalReason;

	private boolean extended;

	private String extensionReason;

	private Boolean granted;

	private LocalDate decidedOn;

	private String decisionReason;

	private Long decisionDocumentId;

	private String decisionNumber;

	private Long licenceId;

	private final String receivedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "licence_application", keyColumn = "idx")
	private final List<ApplicationPause> pauses;

	@MappedCollection(idColumn = "licence_application", keyColumn = "idx")
	private final List<ApplicationAct> acts;

	@Version
	private Integer version;

	@PersistenceCreator
	LicenceApplication(Long id, long agencyId, String applicationNumber, String checkCode, String typeCode,
			long partyId, String partyName, String subjectMatter, boolean significantInterest, String materials,
			String listedMissing, ApplicationStatus status, LocalDate receivedOn, LocalDate submittedOn,
			LocalDate acceptedOn, boolean deemedAccepted, String refusalReason, boolean extended,
			String extensionReason, Boolean granted, LocalDate decidedOn, String decisionReason,
			Long decisionDocumentId, String decisionNumber, Long licenceId, String receivedBy, Instant createdAt,
			Instant updatedAt, List<ApplicationPause> pauses, List<ApplicationAct> acts, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.applicationNumber = applicationNumber;
		this.checkCode = checkCode;
		this.typeCode = typeCode;
		this.partyId = partyId;
		this.partyName = partyName;
		this.subjectMatter = subjectMatter;
		this.significantInterest = significantInterest;
		this.materials = materials;
		this.listedMissing = listedMissing;
		this.status = status;
		this.receivedOn = receivedOn;
		this.submittedOn = submittedOn;
		this.acceptedOn = acceptedOn;
		this.deemedAccepted = deemedAccepted;
		this.refusalReason = refusalReason;
		this.extended = extended;
		this.extensionReason = extensionReason;
		this.granted = granted;
		this.decidedOn = decidedOn;
		this.decisionReason = decisionReason;
		this.decisionDocumentId = decisionDocumentId;
		this.decisionNumber = decisionNumber;
		this.licenceId = licenceId;
		this.receivedBy = receivedBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.pauses = new ArrayList<>(pauses);
		this.acts = new ArrayList<>(acts);
		this.version = version;
	}

	/** A new application, received today at the window. */
	static LicenceApplication receive(long agencyId, String number, String checkCode, LicenceType type, long partyId,
			String partyName, String subjectMatter, boolean significantInterest, List<String> materials, String clerk,
			LocalDate today, Instant at) {
		require(subjectMatter != null && !subjectMatter.isBlank() && subjectMatter.length() <= 2000,
				"LICENSING_SUBJECT_MATTER", "请填写申请事项（不超过2000字）");
		String submitted = lines(materials);
		LicenceApplication application = new LicenceApplication(null, agencyId, number, checkCode, type.code(), partyId,
				partyName, subjectMatter.strip(), significantInterest, submitted, "", ApplicationStatus.RECEIVED, today,
				today, null, false, null, false, null, null, null, null, null, null, null, clerk, at, at, List.of(),
				List.of(), null);
		application.record("RECEIVE", today, "收到申请材料：" + (submitted.isEmpty() ? "无" : submitted.replace("\n", "、")),
				null, null, clerk);
		return application;
	}

	/**
	 * An application not answered within the acceptance limit is accepted as from the day
	 * its materials were received (行政许可法 第三十二条第一款第（四）项); returns whether it changed.
	 */
	boolean deemAcceptedIfLate(LocalDate acceptanceDue, LocalDate today) {
		if (this.status != ApplicationStatus.RECEIVED || !today.isAfter(acceptanceDue)) {
			return false;
		}
		this.status = ApplicationStatus.ACCEPTED;
		this.acceptedOn = this.submittedOn;
		this.deemedAccepted = true;
		record("DEEMED_ACCEPTED", acceptanceDue.plusDays(1),
				"受理期限" + acceptanceDue + "届满未作处理，自收到申请材料之日（" + this.submittedOn + "）起视为受理", null, null, "系统");
		return true;
	}

	/** 受理, issuing the 受理通知书. */
	void accept(LocalDate today, long documentId, String documentNumber, String clerk, Instant at) {
		requireStatus(ApplicationStatus.RECEIVED, "受理");
		this.status = ApplicationStatus.ACCEPTED;
		this.acceptedOn = today;
		record("ACCEPT", today, null, documentId, documentNumber, clerk);
		this.updatedAt = at;
	}

	/** 不予受理, with the reason, by the 不予受理决定书. */
	void refuse(String reason, LocalDate today, long documentId, String documentNumber, String clerk, Instant at) {
		requireStatus(ApplicationStatus.RECEIVED, "作出不予受理决定");
		require(reason != null && !reason.isBlank() && reason.length() <= 2000, "LICENSING_REFUSAL_REASON",
				"请填写不予受理的理由（不超过2000字）");
		this.status = ApplicationStatus.REFUSED;
		this.refusalReason = reason.strip();
		record("REFUSE", today, this.refusalReason, documentId, documentNumber, clerk);
		this.updatedAt = at;
	}

	/**
	 * Checks a 补正材料通知书 before it is issued: it lists at least one item, and none listed
	 * in an earlier notice (一次性告知: everything missing is told at once).
	 */
	List<String> checkNotice(List<String> items) {
		requireStatus(ApplicationStatus.RECEIVED, "告知补正材料");
		List<String> clean = items.stream()
			.map((s) -> (s == null) ? "" : s.strip())
			.filter((s) -> !s.isEmpty())
			.distinct()
			.toList();
		require(!clean.isEmpty() && clean.size() <= 100 && clean.stream().allMatch((s) -> s.length() <= 200),
				"LICENSING_NOTICE_ITEMS", "请逐项列明需要补正的全部材料（1–100项，每项不超过200字）");
		Set<String> before = listedMissingItems();
		List<String> repeated = clean.stream().filter(before::contains).toList();
		if (!repeated.isEmpty()) {
			throw new RuleViolation("LICENSING_NOTICE_REPEATED",
					"材料“" + String.join("”“", repeated) + "”已在此前的补正材料通知书中告知，须一次性告知全部补正内容，不得就同一材料再次要求补正",
					HttpStatus.CONFLICT);
		}
		return clean;
	}

	/** 一次性告知: the 补正材料通知书 listing every missing or defective material. */
	void notifyMissing(List<String> items, LocalDate today, long documentId, String documentNumber, String clerk,
			Instant at) {
		List<String> clean = checkNotice(items);
		Set<String> all = listedMissingItems();
		all.addAll(clean);
		this.listedMissing = String.join("\n", all);
		this.status = ApplicationStatus.CORRECTING;
		record("NOTIFY_MISSING", today, "需补正：" + String.join("、", clean), documentId, documentNumber, clerk);
		this.updatedAt = at;
	}

	/**
	 * The applicant hands in the corrected materials: the acceptance limit runs again.
	 */
	void resubmit(List<String> materials, LocalDate today, String clerk, Instant at) {
		requireStatus(ApplicationStatus.CORRECTING, "接收补正材料");
		String more = lines(materials);
		require(!more.isEmpty(), "LICENSING_RESUBMIT_EMPTY", "请登记申请人补正的材料");
		Set<String> all = new LinkedHashSet<>(this.materials.isEmpty() ? List.of() : this.materials.lines().toList());
		all.addAll(more.lines().toList());
		this.materials = String.join("\n", all);
		this.status = ApplicationStatus.RECEIVED;
		this.submittedOn = today;
		record("RESUBMIT", today, "补正材料：" + more.replace("\n", "、"), null, null, clerk);
		this.updatedAt = at;
	}

	/**
	 * A period that does not count starts today (the applicant is told its length when it
	 * ends).
	 */
	void pause(PauseKind kind, String reason, LocalDate today, Long documentId, String documentNumber, String actor,
			Instant at) {
		requireStatus(ApplicationStatus.ACCEPTED, "中止计时");
		require(kind != null, "LICENSING_PAUSE_KIND", "请选择不计入期限的事由");
		require(this.pauses.stream().noneMatch(ApplicationPause::running), "LICENSING_PAUSE_RUNNING",
				"已有正在进行的" + "不计时期间，请先结束", HttpStatus.CONFLICT);
		require(reason != null && !reason.isBlank() && reason.length() <= 1000, "LICENSING_PAUSE_REASON",
				"请填写事由（不超过1000字）");
		this.pauses.add(new ApplicationPause(kind, today, null, reason.strip()));
		record((kind == PauseKind.HEARING) ? "HEARING_NOTICE" : "PAUSE", today,
				kind.chineseName() + "：" + reason.strip(), documentId, documentNumber, actor);
		this.updatedAt = at;
	}

	/** The running pause ends with {@code lastDay} its last day not counted. */
	void resume(LocalDate lastDay, int pausedWorkingDays, String actor, Instant at) {
		requireStatus(ApplicationStatus.ACCEPTED, "恢复计时");
		int i = runningPauseIndex();
		require(i >= 0, "LICENSING_NO_PAUSE", "没有正在进行的不计时期间", HttpStatus.CONFLICT);
		ApplicationPause running = this.pauses.get(i);
		require(lastDay != null && !lastDay.isBefore(running.firstDay()), "LICENSING_PAUSE_END",
				"不计时期间的止日不得早于起日（" + running.firstDay() + "）");
		this.pauses.set(i, new ApplicationPause(running.kind(), running.firstDay(), lastDay, running.reason()));
		record("RESUME", lastDay, running.kind().chineseName() + "所需时间" + running.firstDay() + "至" + lastDay + "，共"
				+ pausedWorkingDays + "个工作日不计入许可期限，已书面告知申请人", null, null, actor);
		this.updatedAt = at;
	}

	/** 延长期限: once, 10 working days, with the head's approval and reason. */
	void extend(LicenceType type, String reason, LocalDate today, String head, Instant at) {
		requireStatus(ApplicationStatus.ACCEPTED, "延长期限");
		require(type.extensionAllowed(), "LICENSING_EXTENSION_NOT_ALLOWED",
				"“" + type.name() + "”的办理期限由单行法律法规规定，不适用延长");
		require(!this.extended, "LICENSING_ALREADY_EXTENDED", "办理期限已延长过一次，不能再次延长", HttpStatus.CONFLICT);
		require(reason != null && !reason.isBlank() && reason.length() <= 1000, "LICENSING_EXTENSION_REASON",
				"请填写延长期限的理由（不超过1000字）");
		this.extended = true;
		this.extensionReason = reason.strip();
		record("EXTEND", today, "经本机关负责人批准延长" + LicenceType.EXTENSION_DAYS + "个工作日：" + this.extensionReason, null, null,
				head);
		this.updatedAt = at;
	}

	/** Checks that a decision may be made now. */
	void checkDecidable() {
		requireStatus(ApplicationStatus.ACCEPTED, "作出许可决定");
		require(this.pauses.stream().noneMatch(ApplicationPause::running), "LICENSING_PAUSE_RUNNING",
				"不计时期间（听证、专家评审等）尚未结束，不能作出决定", HttpStatus.CONFLICT);
	}

	/** 准予 or 不予 行政许可, by the decision document; the licence when granted. */
	void decide(boolean grant, String reason, LocalDate today, long documentId, String documentNumber, Long licenceId,
			String head, Instant at) {
		checkDecidable();
		require(grant || (reason != null && !reason.isBlank()), "LICENSING_DENIAL_REASON", "不予行政许可应当说明理由");
		this.status = grant ? ApplicationStatus.GRANTED : ApplicationStatus.DENIED;
		this.granted = grant;
		this.decidedOn = today;
		this.decisionReason = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.decisionDocumentId = documentId;
		this.decisionNumber = documentNumber;
		this.licenceId = licenceId;
		record(grant ? "GRANT" : "DENY", today, this.decisionReason, documentId, documentNumber, head);
		this.updatedAt = at;
	}

	void linkLicence(long licenceId) {
		this.licenceId = licenceId;
	}

	private void record(String act, LocalDate on, String detail, Long documentId, String documentNumber, String actor) {
		this.acts.add(new ApplicationAct(act, on, detail, documentId, documentNumber, actor));
	}

	private int runningPauseIndex() {
		for (int i = 0; i < this.pauses.size(); i++) {
			if (this.pauses.get(i).running()) {
				return i;
			}
		}
		return -1;
	}

	void requireStatus(ApplicationStatus expected, String act) {
		if (this.status != expected) {
			throw new RuleViolation("LICENSING_WRONG_STATE", "该申请当前为“" + this.status.chineseName() + "”，不能" + act,
					HttpStatus.CONFLICT);
		}
	}

	private static void require(boolean condition, String code, String message) {
		require(condition, code, message, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static void require(boolean condition, String code, String message, HttpStatus status) {
		if (!condition) {
			throw new RuleViolation(code, message, status);
		}
	}

	private static String lines(List<String> items) {
		if (items == null) {
			return "";
		}
		List<String> clean = items.stream()
			.map((s) -> (s == null) ? "" : s.strip())
			.filter((s) -> !s.isEmpty())
			.distinct()
			.toList();
		require(clean.size() <= 100 && clean.stream().allMatch((s) -> s.length() <= 200), "LICENSING_MATERIALS",
				"材料清单最多100项，每项不超过200字");
		return String.join("\n", clean);
	}

	Set<String> listedMissingItems() {
		return new LinkedHashSet<>(this.listedMissing.isEmpty() ? List.of() : this.listedMissing.lines().toList());
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String applicationNumber() {
		return this.applicationNumber;
	}

	public String checkCode() {
		return this.checkCode;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public long partyId() {
		return this.partyId;
	}

	public String partyName() {
		return this.partyName;
	}

	public String subjectMatter() {
		return this.subjectMatter;
	}

	public boolean significantInterest() {
		return this.significantInterest;
	}

	public List<String> materials() {
		return this.materials.isEmpty() ? List.of() : this.materials.lines().toList();
	}

	public ApplicationStatus status() {
		return this.status;
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	public LocalDate submittedOn() {
		return this.submittedOn;
	}

	public LocalDate acceptedOn() {
		return this.acceptedOn;
	}

	public boolean deemedAccepted() {
		return this.deemedAccepted;
	}

	public String refusalReason() {
		return this.refusalReason;
	}

	public boolean extended() {
		return this.extended;
	}

	public Boolean granted() {
		return this.granted;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public Long decisionDocumentId() {
		return this.decisionDocumentId;
	}

	public String decisionNumber() {
		return this.decisionNumber;
	}

	public Long licenceId() {
		return this.licenceId;
	}

	public String receivedBy() {
		return this.receivedBy;
	}

	public List<ApplicationPause> pauses() {
		return List.copyOf(this.pauses);
	}

	public List<ApplicationAct> acts() {
		return List.copyOf(this.acts);
	}

	public Integer version() {
		return this.version;
	}

}
