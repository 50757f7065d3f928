package org.sanxiang.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A coercive measure on a penalty case (linked by the case's id, in the case's agency):
 * 查封、扣押 (生态环境主管部门实施查封、扣押办法; 行政强制法 第十八至二十八条) or 责令限制生产、停产整治 (环境保护主管部门实施限制生产、停产整治办法), each
 * act a method: proposed on its ground, approved by the agency head (in an emergency the
 * property is seized on the spot and approval follows within 24 hours), decided with its
 * 决定书 (and 清单), executed by at least two officers whose certificates are valid that day
 * (with a continuous video record for 查封、扣押), extended once, and released — on the
 * party's application verified within 5 working days, or on the decision, expiry or no
 * longer being needed, the release decision served within 3 working days. Its term is
 * counted in natural days (months for 限产) and is never lengthened by holidays (domain
 * rules §11).
 */
@Table("coercive_measure")
public class CoerciveMeasure extends AggregateRoot<CoerciveMeasure> {

	/** 查封、扣押的期限不得超过三十日; 延长不得超过三十日 (行政强制法 第二十五条). */
	public static final int PROPERTY_MAX_DAYS = 30;

	/** 限制生产一般不超过三个月; 延长不超过三个月 (限制生产、停产整治办法 第十五条). */
	public static final int RESTRICTION_MAX_MONTHS = 3;

	/** 当事人申请解除的，应当在五个工作日内核实. */
	public static final int VERIFY_WORKING_DAYS = 5;

	/** 解除决定应当在三个工作日内送达. */
	public static final int RELEASE_SERVICE_WORKING_DAYS = 3;

	@Id
	private Long id;

	private final long caseId;

	private final long agencyId;

	private final MeasureKind kind;

	private final MeasureGround ground;

	private final String items;

	private final int term;

	private final boolean emergency;

	private final Long refusalDocumentId;

	private MeasureStatus status;

	private final LocalDate proposedOn;

	private final Instant proposedAt;

	private LocalDate approvedOn;

	private String approvedBy;

	private LocalDate decidedOn;

	private Long decisionDocumentId;

	private Long listDocumentId;

	private LocalDate executedOn;

	private Long videoEvidenceId;

	private LocalDate startsOn;

	private LocalDate expiresOn;

	private LocalDate extendedOn;

	private Long extensionDocumentId;

	private LocalDate releaseAppliedOn;

	private LocalDate releaseVerifyDue;

	private LocalDate releasedOn;

	private ReleaseReason releaseReason;

	private Long releaseDocumentId;

	private LocalDate releaseServeDue;

	private LocalDate releaseServedOn;

	/** When the execution began (查封扣押 现场笔录's start time). */
	private Instant executedFrom;

	/** When the execution ended. */
	private Instant executedTo;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "measure_id", keyColumn = "entry_index")
	private final List<MeasureEntry> entries;

	@PersistenceCreator
	CoerciveMeasure(Long id, long caseId, long agencyId, MeasureKind kind, MeasureGround ground, String items, int term,
			boolean emergency, Long refusalDocumentId, MeasureStatus status, LocalDate proposedOn, Instant proposedAt,
			LocalDate approvedOn, String approvedBy, LocalDate decidedOn, Long decisionDocumentId, Long listDocumentId,
			LocalDate executedOn, Long videoEvidenceId, LocalDate startsOn, LocalDate expiresOn, LocalDate extendedOn,
			Long extensionDocumentId, LocalDate releaseAppliedOn, LocalDate releaseVerifyDue, LocalDate releasedOn,
			ReleaseReason releaseReason, Long releaseDocumentId, LocalDate releaseServeDue, LocalDate releaseServedOn,
			Instant executedFrom, Instant executedTo, Instant createdAt, Instant updatedAt, Integer version,
			List<MeasureEntry> entries) {
		this.id = id;
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.kind = kind;
		this.ground = ground;
		this.items = items;
		this.term = term;
		this.emergency = emergency;
		this.refusalDocumentId = refusalDocumentId;
		this.status = status;
		this.proposedOn = proposedOn;
		this.proposedAt = proposedAt;
		this.approvedOn = approvedOn;
		this.approvedBy = approvedBy;
		this.decidedOn = decidedOn;
		this.decisionDocumentId = decisionDocumentId;
		this.listDocumentId = listDocumentId;
		this.executedOn = executedOn;
		this.videoEvidenceId = videoEvidenceId;
		this.startsOn = startsOn;
		this.expiresOn = expiresOn;
		this.extendedOn = extendedOn;
		this.extensionDocumentId = extensionDocumentId;
		this.releaseAppliedOn = releaseAppliedOn;
		this.releaseVerifyDue = releaseVerifyDue;
		this.releasedOn = releasedOn;
		this.releaseReason = releaseReason;
		this.releaseDocumentId = releaseDocumentId;
		this.releaseServeDue = releaseServeDue;
		this.releaseServedOn = releaseServedOn;
		this.executedFrom = executedFrom;
		this.executedTo = executedTo;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.entries = new ArrayList<>((entries == null) ? List.of() : entries);
	}

	/**
	 * 立案后调查中提出: 查封、扣押 only while the case is investigated; a production measure on its
	 * own trigger or after a recorded refusal to correct (its document).
	 * @param term days for 查封、扣押 (1–30), months for 限产 (1–3), ignored for 停产整治
	 */
	public static CoerciveMeasure propose(PenaltyCase kase, MeasureKind kind, MeasureGround ground, String items,
			Integer term, boolean emergency, Long refusalDocumentId, Acting acting) {
		require(kind != null, "MEASURE_KIND", "请选择强制措施的种类");
		require(ground != null && ground.allows(kind), "MEASURE_GROUND",
				"请选择" + kind.chineseName() + "的法定情形（生态环境主管部门实施查封、扣押办法第四条、第五条；实施限制生产、停产整治办法第五条至第八条）");
		require(items != null && !items.isBlank() && items.length() <= 2000, "MEASURE_ITEMS",
				kind.onProperty() ? "请填写查封、扣押的设施、设备、物品的名称、数量和地点（不超过2000字）" : "请填写限制生产或者停产整治的范围和要求（不超过2000字）");
		int days = 0;
		if (kind.onProperty()) {
			require(kase.stage() == Stage.INVESTIGATION, "MEASURE_CASE_STAGE",
					"查封、扣押只能在案件调查取证阶段实施（生态环境主管部门实施查封、扣押办法第三条），本案现为“" + kase.stage().chineseName() + "”");
			days = (term == null) ? PROPERTY_MAX_DAYS : term;
			require(days >= 1 && days <= PROPERTY_MAX_DAYS, "MEASURE_TERM", "查封、扣押的期限不得超过三十日（行政强制法第二十五条）");
		}
		else {
			require(!kase.stage().isExit() && kase.stage() != Stage.CLOSED && kase.stage() != Stage.ARCHIVED,
					"MEASURE_CASE_STAGE", "案件已结束，不能再责令限制生产或者停产整治");
			require(ground != MeasureGround.CORRECTION_REFUSED || refusalDocumentId != null, "MEASURE_REFUSAL_RECORD",
					"以拒不改正为由的，须附责令改正后拒不改正的记录（实施限制生产、停产整治办法第六条）");
			if (kind == MeasureKind.RESTRICT_PRODUCTION) {
				days = (term == null) ? RESTRICTION_MAX_MONTHS : term;
				require(days >= 1 && days <= RESTRICTION_MAX_MONTHS, "MEASURE_TERM", "限制生产一般不超过三个月（实施限制生产、停产整治办法第十五条）");
			}
		}
		require(!emergency || kind.onProperty(), "MEASURE_EMERGENCY", "只有查封、扣押可以在情况紧急时当场实施");
		CoerciveMeasure measure = new CoerciveMeasure(null, kase.id(), kase.agencyId(), kind, ground, items.strip(),
				days, emergency, refusalDocumentId, MeasureStatus.PROPOSED, acting.on(), acting.at(), null, null, null,
				null, null, null, null, emergency ? acting.on() : null, null, null, null, null, null, null, null, null,
				null, null, null, null, acting.at(), acting.at(), null, List.of());
		measure.entries.add(MeasureEntry.of(emergency ? "情况紧急，当场实施" + kind.chineseName() : "提出" + kind.chineseName(),
				acting, ground.chineseName() + "：" + items.strip(), refusalDocumentId));
		measure.announce(measure.entries.get(0));
		return measure;
	}

	/**
	 * 机关负责人批准; after an emergency seizure only within 24 hours (行政强制法 第十九条: 否则应当立即解除).
	 */
	public void approve(Acting acting) {
		requireStatus(MeasureStatus.PROPOSED, "审批");
		requireHead(acting, "实施" + this.kind.chineseName() + "应当经本机关负责人批准（行政强制法第十八条）");
		require(!this.emergency
				|| !(Duration.between(this.proposedAt, acting.at()).compareTo(Duration.ofHours(24)) > 0),
				"MEASURE_EMERGENCY_LATE", "当场实施后超过二十四小时未补办批准手续，应当立即解除（行政强制法第十九条）", HttpStatus.CONFLICT);
		this.status = MeasureStatus.APPROVED;
		this.approvedOn = acting.on();
		this.approvedBy = acting.actor().username();
		record(MeasureEntry.of("负责人批准", acting, null), acting);
	}

	/** 作出决定, with the 决定书 and (for 查封、扣押) the 清单. */
	public void decide(Long decisionDocumentId, Long listDocumentId, Acting acting) {
		requireStatus(MeasureStatus.APPROVED, "作出决定");
		require(decisionDocumentId != null, "MEASURE_DECISION_DOCUMENT", "请附" + this.kind.chineseName() + "决定书");
		require(!this.kind.onProperty() || listDocumentId != null, "MEASURE_LIST_DOCUMENT", "请附查封（扣押）清单（行政强制法第二十四条）");
		require(!acting.on().isBefore(this.approvedOn), "MEASURE_DATE", "决定日期不能早于批准日期");
		this.status = MeasureStatus.DECIDED;
		this.decidedOn = acting.on();
		this.decisionDocumentId = decisionDocumentId;
		this.listDocumentId = listDocumentId;
		record(MeasureEntry.of("作出决定", acting, null, decisionDocumentId, listDocumentId), acting);
	}

	/**
	 * 执行: at least two officers with certificates valid that day (the gate
	 * {@link Gate#QUALIFIED_OFFICERS}, judged by the caller as {@code officersRefusal}),
	 * and for 查封、扣押 the continuous video record (全过程无间断音像记录). The term runs from the
	 * execution (from the seizure on the spot in an emergency).
	 */
	public void execute(String officersRefusal, String officerNames, Long videoEvidenceId, Acting acting) {
		execute(officersRefusal, officerNames, videoEvidenceId, null, null, acting);
	}

	/**
	 * 执行 as above, from {@code from} to {@code to} (the 现场笔录's start and end time,
	 * checked against the videos by the caller), recorded with the measure and on its
	 * timeline.
	 */
	public void execute(String officersRefusal, String officerNames, Long videoEvidenceId, Instant from, Instant to,
			Acting acting) {
		requireStatus(MeasureStatus.DECIDED, "执行");
		require(officersRefusal == null, "MEASURE_OFFICERS",
				(officersRefusal == null) ? "" : officersRefusal + "（行政强制法第十八条）");
		require(!this.kind.onProperty() || videoEvidenceId != null, "MEASURE_VIDEO", "实施查封、扣押应当全过程无间断音像记录，请附音像记录证据");
		require(!acting.on().isBefore(this.decidedOn), "MEASURE_DATE", "执行日期不能早于决定日期");
		this.status = MeasureStatus.IN_FORCE;
		this.executedOn = acting.on();
		this.videoEvidenceId = videoEvidenceId;
		this.executedFrom = from;
		this.executedTo = to;
		if (this.startsOn == null) {
			this.startsOn = acting.on();
		}
		this.expiresOn = expiry(this.kind, this.startsOn, this.term);
		record(MeasureEntry.of("执行", acting, officerNames), acting);
	}

	/**
	 * The last day of a term from {@code start} (the start day not counted), in natural
	 * days or months, never moved by holidays; null for 停产整治 (until released).
	 */
	static LocalDate expiry(MeasureKind kind, LocalDate start, int term) {
		if (kind == MeasureKind.SUSPEND_PRODUCTION) {
			return null;
		}
		return (kind == MeasureKind.RESTRICT_PRODUCTION) ? start.plusMonths(term) : start.plusDays(term);
	}

	/**
	 * 延长期限: once, by the agency head, before the term ran out, with its written notice.
	 */
	public void extend(int extension, Long noticeDocumentId, Acting acting) {
		requireStatus(MeasureStatus.IN_FORCE, "延长期限");
		requireHead(acting, "延长期限应当经本机关负责人批准");
		require(this.kind != MeasureKind.SUSPEND_PRODUCTION, "MEASURE_EXTENSION_KIND", "停产整治至解除之日止，无需延长");
		require(this.extendedOn == null, "MEASURE_EXTENSION_ONCE", "期限只能延长一次", HttpStatus.CONFLICT);
		require(!acting.on().isAfter(this.expiresOn), "MEASURE_EXTENSION_LATE", "期限已于" + this.expiresOn + "届满，不能再延长");
		int max = this.kind.onProperty() ? PROPERTY_MAX_DAYS : RESTRICTION_MAX_MONTHS;
		require(extension >= 1 && extension <= max, "MEASURE_TERM",
				this.kind.onProperty() ? "查封、扣押的延长期限不得超过三十日（行政强制法第二十五条）" : "限制生产的延长期限不得超过三个月");
		require(noticeDocumentId != null, "MEASURE_EXTENSION_NOTICE", "延长期限应当书面告知当事人并说明理由，请附延长期限通知书");
		this.extendedOn = acting.on();
		this.extensionDocumentId = noticeDocumentId;
		this.expiresOn = expiry(this.kind, this.expiresOn, extension);
		record(MeasureEntry.of("延长期限至" + this.expiresOn, acting, null, noticeDocumentId), acting);
	}

	/** 当事人申请解除: verified within 5 working days. */
	public void applyForRelease(String reason, WorkingDays calendar, Acting acting) {
		requireStatus(MeasureStatus.IN_FORCE, "申请解除");
		require(this.releaseAppliedOn == null, "MEASURE_RELEASE_PENDING", "当事人的解除申请正在核实中", HttpStatus.CONFLICT);
		this.releaseAppliedOn = acting.on();
		this.releaseVerifyDue = calendar.addWorkingDays(acting.on(), VERIFY_WORKING_DAYS);
		record(MeasureEntry.of("当事人申请解除", acting, blankToNull(reason)), acting);
	}

	/** 核实解除申请: release it, or maintain the measure with the reason. */
	public void verifyRelease(boolean release, String reason, Long documentId, WorkingDays calendar, Acting acting) {
		requireStatus(MeasureStatus.IN_FORCE, "核实解除申请");
		require(this.releaseAppliedOn != null, "MEASURE_NO_APPLICATION", "当事人没有申请解除", HttpStatus.CONFLICT);
		if (release) {
			release(ReleaseReason.ON_APPLICATION, documentId, calendar, acting);
			return;
		}
		require(reason != null && !reason.isBlank(), "MEASURE_REASON", "维持措施的，请写明理由");
		this.releaseAppliedOn = null;
		this.releaseVerifyDue = null;
		record(MeasureEntry.of("核实后维持", acting, reason.strip(), documentId), acting);
	}

	/** 解除, with the release decision; served within 3 working days. */
	public void release(ReleaseReason reason, Long documentId, WorkingDays calendar, Acting acting) {
		// property seized on the spot is released at once when the approval is not given
		if (!this.emergency || this.status == MeasureStatus.RELEASED) {
			requireStatus(MeasureStatus.IN_FORCE, "解除");
		}
		require(reason != null, "MEASURE_RELEASE_REASON", "请选择解除的理由");
		require(reason != ReleaseReason.EXPIRED || (this.expiresOn != null && !acting.on().isBefore(this.expiresOn)),
				"MEASURE_NOT_EXPIRED", "期限" + this.expiresOn + "届满前不能以期限届满为由解除");
		require(reason != ReleaseReason.ON_APPLICATION || this.releaseAppliedOn != null, "MEASURE_NO_APPLICATION",
				"当事人没有申请解除");
		require(documentId != null, "MEASURE_RELEASE_DOCUMENT", "请附解除" + this.kind.chineseName() + "决定书");
		this.status = MeasureStatus.RELEASED;
		this.releasedOn = acting.on();
		this.releaseReason = reason;
		this.releaseDocumentId = documentId;
		this.releaseServeDue = calendar.addWorkingDays(acting.on(), RELEASE_SERVICE_WORKING_DAYS);
		this.releaseVerifyDue = null;
		record(MeasureEntry.of("解除（" + reason.chineseName() + "）", acting, null, documentId), acting);
	}

	/** 解除决定送达. */
	public void serveRelease(Long documentId, Acting acting) {
		requireStatus(MeasureStatus.RELEASED, "送达解除决定");
		require(this.releaseServedOn == null, "MEASURE_RELEASE_SERVED", "解除决定已于" + this.releaseServedOn + "送达",
				HttpStatus.CONFLICT);
		require(!acting.on().isBefore(this.releasedOn), "MEASURE_DATE", "送达日期不能早于解除日期");
		this.releaseServedOn = acting.on();
		record(MeasureEntry.of("解除决定送达", acting, null, documentId), acting);
	}

	/** The open due dates (act, due) for the to-dos. */
	public List<Due> dues() {
		return dues(this.kind, this.status, this.expiresOn, this.releaseVerifyDue, this.releaseServeDue,
				this.releaseServedOn);
	}

	/**
	 * The open due dates of a measure with these columns (for the to-do list's query).
	 */
	static List<Due> dues(MeasureKind kind, MeasureStatus status, LocalDate expiresOn, LocalDate releaseVerifyDue,
			LocalDate releaseServeDue, LocalDate releaseServedOn) {
		List<Due> dues = new ArrayList<>();
		if (status == MeasureStatus.IN_FORCE && expiresOn != null) {
			dues.add(new Due(kind.chineseName() + "期限届满", expiresOn));
		}
		if (status == MeasureStatus.IN_FORCE && releaseVerifyDue != null) {
			dues.add(new Due("核实解除申请", releaseVerifyDue));
		}
		if (status == MeasureStatus.RELEASED && releaseServedOn == null && releaseServeDue != null) {
			dues.add(new Due("送达解除决定", releaseServeDue));
		}
		return dues;
	}

	/** An open due date. */
	public record Due(String what, LocalDate due) {
	}

	private void record(MeasureEntry entry, Acting acting) {
		this.entries.add(entry);
		this.updatedAt = acting.at();
		announce(entry);
	}

	private void announce(MeasureEntry entry) {
		MeasureStatus after = this.status;
		registerEvent((saved) -> new MeasureEvent.MeasureActed(saved.id, saved.caseId, saved.kind, after,
				entry.act() + "，" + entry.actedOn()));
	}

	private void requireStatus(MeasureStatus expected, String act) {
		require(this.status == expected, "MEASURE_STATUS", "该措施现为“" + this.status.chineseName() + "”，不能" + act,
				HttpStatus.CONFLICT);
	}

	private static void requireHead(Acting acting, String message) {
		require(acting.actor().agencyHead(), "MEASURE_HEAD", message, HttpStatus.FORBIDDEN);
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

	public Long id() {
		return this.id;
	}

	public long caseId() {
		return this.caseId;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public MeasureKind kind() {
		return this.kind;
	}

	public MeasureGround ground() {
		return this.ground;
	}

	public String items() {
		return this.items;
	}

	public int term() {
		return this.term;
	}

	public boolean emergency() {
		return this.emergency;
	}

	public MeasureStatus status() {
		return this.status;
	}

	public LocalDate proposedOn() {
		return this.proposedOn;
	}

	public LocalDate approvedOn() {
		return this.approvedOn;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public LocalDate executedOn() {
		return this.executedOn;
	}

	public Long videoEvidenceId() {
		return this.videoEvidenceId;
	}

	public LocalDate startsOn() {
		return this.startsOn;
	}

	public LocalDate expiresOn() {
		return this.expiresOn;
	}

	public LocalDate extendedOn() {
		return this.extendedOn;
	}

	public LocalDate releaseAppliedOn() {
		return this.releaseAppliedOn;
	}

	public LocalDate releaseVerifyDue() {
		return this.releaseVerifyDue;
	}

	public LocalDate releasedOn() {
		return this.releasedOn;
	}

	public ReleaseReason releaseReason() {
		return this.releaseReason;
	}

	public LocalDate releaseServeDue() {
		return this.releaseServeDue;
	}

	public LocalDate releaseServedOn() {
		return this.releaseServedOn;
	}

	public Integer version() {
		return this.version;
	}

	public List<MeasureEntry> entries() {
		return List.copyOf(this.entries);
	}

	/** When the execution began, or null where not recorded. */
	public Instant executedFrom() {
		return this.executedFrom;
	}

	/** When the execution ended, or null where not recorded. */
	public Instant executedTo() {
		return this.executedTo;
	}

}
