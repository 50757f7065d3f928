package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
 * An inspection task (检查任务): one party to inspect on one item of the random-inspection
 * list (or a complaint, a special campaign), by at least two certified inspectors, within
 * a window. Made from a draw or by the unit head; 待检查 until the inspectors sync their
 * first on-site draft (检查中); 已完成 once they have signed and the 现场检查笔录 is issued; the unit
 * head may cancel an open task with a reason (已取消). The on-site draft is the last one
 * synced, numbered, so that a draft made on an older one is refused rather than
 * overwriting what another inspector sent. Once finished nothing changes.
 */
@Table("inspection_task")
public class InspectionTask extends AggregateRoot<InspectionTask> {

	/** The most a synced draft may weigh (signatures included), in characters. */
	static final int MAX_DRAFT = 2_000_000;

	@Id
	private Long id;

	private final long agencyId;

	private final String taskNumber;

	private final String publicCode;

	private final TaskOrigin origin;

	private final Long drawId;

	private final long partyId;

	private final String partyName;

	private final String objectClass;

	private final Long itemId;

	private final String itemName;

	private final String legalBasis;

	private final String checklist;

	private final LocalDate windowFrom;

	private final LocalDate windowTo;

	@MappedCollection(idColumn = "inspection_task")
	private final Set<AssignedInspector> inspectors;

	private TaskStatus status;

	private String draft;

	private int draftVersion;

	private Instant startedAt;

	private LocalDate inspectedOn;

	private Boolean violationFound;

	private String finding;

	private String publicResult;

	private Long recordDocumentId;

	private String cancelReason;

	private final String createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	InspectionTask(Long id, long agencyId, String taskNumber, String publicCode, TaskOrigin origin, Long drawId,
			long partyId, String partyName, String objectClass, Long itemId, String itemName, String legalBasis,
			String checklist, LocalDate windowFrom, LocalDate windowTo, Set<AssignedInspector> inspectors,
			TaskStatus status, String draft, int draftVersion, Instant startedAt, LocalDate inspectedOn,
			Boolean violationFound, String finding, String publicResult, Long recordDocumentId, String cancelReason,
			String createdBy, Instant createdAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.taskNumber = taskNumber;
		this.publicCode = publicCode;
		this.origin = origin;
		this.drawId = drawId;
		this.partyId = partyId;
		this.partyName = partyName;
		this.objectClass = objectClass;
		this.itemId = itemId;
		this.itemName = itemName;
		this.legalBasis = legalBasis;
		this.checklist = checklist;
		this.windowFrom = windowFrom;
		this.windowTo = windowTo;
		this.inspectors = new LinkedHashSet<>(inspectors);
		this.status = status;
		this.draft = draft;
		this.draftVersion = draftVersion;
		this.startedAt = startedAt;
		this.inspectedOn = inspectedOn;
		this.violationFound = violationFound;
		this.finding = finding;
		this.publicResult = publicResult;
		this.recordDocumentId = recordDocumentId;
		this.cancelReason = cancelReason;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** What a task is about, as the draw or the unit head gives it. */
	record Assignment(TaskOrigin origin, Long drawId, long partyId, String partyName, String objectClass, Long itemId,
			String itemName, String legalBasis, List<String> checklist, List<AssignedInspector> inspectors,
			LocalDate from, LocalDate to) {

		Assignment {
			checklist = (checklist == null) ? List.of() : List.copyOf(checklist);
			inspectors = (inspectors == null) ? List.of() : List.copyOf(inspectors);
		}

	}

	/** A new task, 待检查; the number and public code are taken by the caller. */
	static InspectionTask assign(long agencyId, String taskNumber, String publicCode, Assignment a, String createdBy,
			Instant at) {
		require(a.origin() != null, "INSPECTION_ORIGIN", "请选择检查类型");
		require(a.partyName() != null && !a.partyName().isBlank() && a.partyName().length() <= 200, "INSPECTION_PARTY",
				"请选择检查对象");
		require(a.itemName() != null && !a.itemName().isBlank() && a.itemName().length() <= 200, "INSPECTION_ITEM",
				"请填写检查事项（不超过200字）");
		require(a.legalBasis() != null && !a.legalBasis().isBlank() && a.legalBasis().length() <= 2000,
				"INSPECTION_BASIS", "请填写检查依据（不超过2000字）");
		List<String> lines = a.checklist()
			.stream()
			.map((line) -> (line == null) ? "" : line.strip())
			.filter((line) -> !line.isEmpty())
			.toList();
		require(!lines.isEmpty() && lines.size() <= 100, "INSPECTION_CHECKLIST", "请填写检查要点（1–100条，每行一条）");
		require(lines.stream().allMatch((line) -> line.length() <= 200), "INSPECTION_CHECKLIST", "每条检查要点不超过200字");
		require(a.inspectors().stream().map(AssignedInspector::officerId).distinct().count() >= 2,
				"INSPECTION_INSPECTORS", "每项检查至少须有两名持有效执法证的检查人员");
		require(a.from() != null && a.to() != null && !a.to().isBefore(a.from()), "INSPECTION_WINDOW",
				"请填写检查期间（结束日期不早于开始日期）");
		require(a.origin() != TaskOrigin.RANDOM || a.drawId() != null, "INSPECTION_ORIGIN", "双随机抽查任务须来自抽取");
		return new InspectionTask(null, agencyId, taskNumber, publicCode, a.origin(), a.drawId(), a.partyId(),
				a.partyName().strip(), a.objectClass(), a.itemId(), a.itemName().strip(), a.legalBasis().strip(),
				String.join("\n", lines), a.from(), a.to(), new LinkedHashSet<>(a.inspectors()), TaskStatus.PENDING,
				null, 0, null, null, null, null, null, null, null, createdBy, at, at, null);
	}

	/**
	 * Keeps the on-site draft the inspectors sent, made on draft {@code baseVersion}; the
	 * first one starts the inspection (检查中). A draft made on an older version than the
	 * server's is refused (409) — the sender keeps it and decides.
	 */
	void syncDraft(int baseVersion, String json, Instant at) {
		requireOpen();
		require(json != null && !json.isBlank() && json.length() <= MAX_DRAFT, "INSPECTION_DRAFT_INVALID",
				"现场记录草稿为空或过大", HttpStatus.BAD_REQUEST);
		require(baseVersion == this.draftVersion, "INSPECTION_DRAFT_STALE", "服务器上的现场记录已是第" + this.draftVersion
				+ "版（另一位检查人员已同步），本机草稿基于第" + baseVersion + "版，未覆盖服务器版本。本机草稿仍保留在本机，请载入服务器版本核对后再修改", HttpStatus.CONFLICT);
		this.draft = json;
		this.draftVersion++;
		if (this.status == TaskStatus.PENDING) {
			this.status = TaskStatus.IN_PROGRESS;
			this.startedAt = at;
		}
		this.updatedAt = at;
	}

	/**
	 * 完成检查: the inspectors signed the record, the 现场检查笔录 {@code documentId} was issued
	 * from it; the result is registered for the portal and, when a violation is
	 * suspected, for the case module.
	 */
	void finish(OnSiteRecord record, LocalDate on, long documentId, String creditCode, Instant at) {
		requireOpen();
		require(this.draft != null, "INSPECTION_NOT_STARTED", "尚无现场记录，请先填写并同步现场检查记录");
		require(!on.isBefore(this.windowFrom), "INSPECTION_BEFORE_WINDOW", "检查期间自" + this.windowFrom + "开始，尚不能完成检查");
		this.status = TaskStatus.DONE;
		this.inspectedOn = on;
		this.violationFound = record.violationFound();
		this.finding = record.violationFound() ? record.finding().strip() : null;
		this.publicResult = record.violationFound() ? "发现问题，已依法处理" : "未发现问题";
		this.recordDocumentId = documentId;
		this.updatedAt = at;
		registerEvent((saved) -> new InspectionCompleted(saved.id, saved.agencyId, saved.taskNumber, saved.drawId,
				saved.partyId, saved.partyName, creditCode, saved.itemName, saved.inspectedOn, saved.violationFound,
				saved.publicResult, at));
		if (record.violationFound()) {
			registerEvent((saved) -> new ViolationSuspected(saved.id, saved.agencyId, saved.taskNumber, saved.partyId,
					saved.partyName, saved.finding, saved.inspectedOn, saved.inspectorIds(), saved.recordDocumentId));
		}
	}

	/** 取消: an open task, by the unit head, with the reason. */
	void cancel(String reason, Instant at) {
		requireOpen();
		require(reason != null && !reason.isBlank() && reason.length() <= 1000, "INSPECTION_CANCEL_REASON",
				"请写明取消的理由（不超过1000字）");
		this.status = TaskStatus.CANCELLED;
		this.cancelReason = reason.strip();
		this.updatedAt = at;
	}

	private void requireOpen() {
		require(this.status.open(), "INSPECTION_TASK_CLOSED", "该检查任务" + this.status.chineseName() + "，现场记录不能再修改",
				HttpStatus.CONFLICT);
	}

	/** Whether the task's window ended before {@code today} and it is still open. */
	public boolean overdueOn(LocalDate today) {
		return this.status.open() && today.isAfter(this.windowTo);
	}

	public boolean assigned(long officerId) {
		return this.inspectors.stream().anyMatch((inspector) -> inspector.officerId() == officerId);
	}

	public List<Long> inspectorIds() {
		return inspectorList().stream().map(AssignedInspector::officerId).toList();
	}

	/** The inspectors in a stable order (by officer id). */
	public List<AssignedInspector> inspectorList() {
		return this.inspectors.stream().sorted(Comparator.comparingLong(AssignedInspector::officerId)).toList();
	}

	public List<String> checklistLines() {
		return List.of(this.checklist.split("\n"));
	}

	private static void require(boolean condition, String code, String message) {
		require(condition, code, message, HttpStatus.UNPROCESSABLE_ENTITY);
	}

	private static void require(boolean condition, String code, String message, HttpStatus status) {
		if (!condition) {
			throw new RuleViolation(code, message, status);
		}
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String taskNumber() {
		return this.taskNumber;
	}

	public String publicCode() {
		return this.publicCode;
	}

	public TaskOrigin origin() {
		return this.origin;
	}

	public Long drawId() {
		return this.drawId;
	}

	public long partyId() {
		return this.partyId;
	}

	public String partyName() {
		return this.partyName;
	}

	public String objectClass() {
		return this.objectClass;
	}

	public Long itemId() {
		return this.itemId;
	}

	public String itemName() {
		return this.itemName;
	}

	public String legalBasis() {
		return this.legalBasis;
	}

	public LocalDate windowFrom() {
		return this.windowFrom;
	}

	public LocalDate windowTo() {
		return this.windowTo;
	}

	public TaskStatus status() {
		return this.status;
	}

	public String draft() {
		return this.draft;
	}

	public int draftVersion() {
		return this.draftVersion;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public LocalDate inspectedOn() {
		return this.inspectedOn;
	}

	public Boolean violationFound() {
		return this.violationFound;
	}

	public String finding() {
		return this.finding;
	}

	public String publicResult() {
		return this.publicResult;
	}

	public Long recordDocumentId() {
		return this.recordDocumentId;
	}

	public String cancelReason() {
		return this.cancelReason;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Integer version() {
		return this.version;
	}

}
