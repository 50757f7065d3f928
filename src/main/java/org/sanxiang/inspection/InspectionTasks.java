package org.sanxiang.inspection;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.platform.YearCounters;
import org.sanxiang.subject.Party;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection tasks: made from a draw or by the unit head, listed for the inspector
 * (我的检查任务) and for the unit head, read by the assigned inspectors and the unit's heads
 * only (another agency's task is not found; an officer not assigned is refused and the
 * refusal audited), the on-site draft synced, and the inspection finished — the 现场检查笔录
 * issued from the signed record in the same transaction.
 */
@Service
public class InspectionTasks {

	static final String OWNER_KIND = "INSPECTION";

	static final String RECORD_TYPE = "SITE_INSPECTION_RECORD";

	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The columns the lists sort by, with their names. */
	public static final Map<String, String> SORTABLE = Map.of("window", "检查期限", "number", "任务编号");

	private final InspectionTaskRepository tasks;

	private final OfficerRegistry officers;

	private final AgencyDirectory agencies;

	private final PartyRegistry parties;

	private final Documents documents;

	private final JdbcClient jdbc;

	private final YearCounters counters;

	private final BusinessTime time;

	private final ApplicationEventPublisher events;

	InspectionTasks(InspectionTaskRepository tasks, OfficerRegistry officers, AgencyDirectory agencies,
			PartyRegistry parties, Documents documents, JdbcClient jdbc, BusinessTime time,
			ApplicationEventPublisher events, YearCounters counters) {
		this.tasks = tasks;
		this.officers = officers;
		this.agencies = agencies;
		this.parties = parties;
		this.documents = documents;
		this.jdbc = jdbc;
		this.counters = counters;
		this.time = time;
		this.events = events;
	}

	public LocalDate today() {
		return this.time.today();
	}

	/**
	 * The tasks of a draw, one per drawn party; a draw already turned into tasks (the
	 * event delivered again) makes none twice.
	 */
	@Transactional
	public List<InspectionTask> fromDraw(InspectionsDrawn drawn) {
		List<InspectionTask> made = new ArrayList<>();
		Set<Long> everywhere = this.agencies.all().stream().map(Agency::id).collect(Collectors.toSet());
		for (DrawnTask task : drawn.tasks()) {
			boolean exists = this.jdbc
				.sql("select count(*) from inspection_task where draw_id = :draw and party_id = :party")
				.param("draw", drawn.drawId())
				.param("party", task.partyId())
				.query(Long.class)
				.single() > 0;
			if (exists) {
				continue;
			}
			List<AssignedInspector> inspectors = task.inspectorIds()
				.stream()
				.map((id) -> assigned(this.officers.officer(id, everywhere)))
				.toList();
			InspectionTask.Assignment assignment = new InspectionTask.Assignment(TaskOrigin.RANDOM, drawn.drawId(),
					task.partyId(), task.partyName(), task.objectClass(), task.itemId(), task.itemName(),
					task.legalBasis(), task.checklist(), inspectors, task.from(), task.to());
			made.add(save(drawn.agencyId(), assignment, "抽取 " + drawn.drawNumber()));
		}
		return made;
	}

	/** What the unit head gives for a task not drawn at random. */
	public record Manual(TaskOrigin origin, Long partyId, String itemName, String legalBasis, String checklist,
			List<Long> inspectorIds, LocalDate from, LocalDate to) {
	}

	/**
	 * A task the unit head makes by hand (投诉核查, 专项检查): the party from 一企一档, at least two
	 * inspectors of the agency whose certificates are valid throughout the window.
	 */
	@Transactional
	public InspectionTask create(Manual manual, SanxiangPrincipal head) {
		requireHead(head, "INSPECTION_CREATE_HEAD", "只有承办机构负责人可以下达检查任务");
		if (manual.origin() == null || manual.origin() == TaskOrigin.RANDOM) {
			throw new RuleViolation("INSPECTION_ORIGIN", "请选择检查类型（投诉核查或专项检查）");
		}
		if (manual.partyId() == null) {
			throw new RuleViolation("INSPECTION_PARTY", "请从一企一档选择检查对象");
		}
		Party party = this.parties.party(manual.partyId(), head.dataScope().agencyIds());
		List<AssignedInspector> inspectors = new ArrayList<>();
		for (Long id : (manual.inspectorIds() == null) ? List.<Long>of()
				: manual.inspectorIds().stream().distinct().toList()) {
			Officer officer = this.officers.officer(id, head.dataScope().agencyIds());
			if (manual.from() != null && manual.to() != null
					&& !(officer.isQualifiedOn(manual.from()) && officer.isQualifiedOn(manual.to()))) {
				throw new RuleViolation("INSPECTION_INSPECTOR_UNQUALIFIED",
						officer.name() + "的执法证在检查期间内不是有效状态，不能安排其检查");
			}
			inspectors.add(assigned(officer));
		}
		List<String> lines = (manual.checklist() == null) ? List.of() : List.of(manual.checklist().split("\\R"));
		InspectionTask.Assignment assignment = new InspectionTask.Assignment(manual.origin(), null, party.id(),
				party.name(), null, null, manual.itemName(), manual.legalBasis(), lines, inspectors, manual.from(),
				manual.to());
		return save(head.agencyId(), assignment, head.username());
	}

	private InspectionTask save(long agencyId, InspectionTask.Assignment assignment, String createdBy) {
		Instant now = this.time.now();
		String number = nextNumber(agencyId, this.time.today().getYear());
		InspectionTask task = InspectionTask.assign(agencyId, number, publicCode(), assignment, createdBy, now);
		return this.tasks.save(task);
	}

	private static AssignedInspector assigned(Officer officer) {
		return new AssignedInspector(officer.id(), officer.name(), officer.certificateNumber());
	}

	/** {agency code}-{year}-JC-{n}, gap-free per agency and year. */
	private String nextNumber(long agencyId, int year) {
		int seq = this.counters.next("inspection_task_counter", agencyId, year);
		return this.agencies.agency(agencyId).code() + "-" + year + "-JC-" + String.format("%03d", seq);
	}

	private static String publicCode() {
		StringBuilder code = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** One line of a task list. */
	public record TaskSummary(long id, String taskNumber, TaskOrigin origin, String partyName, String itemName,
			LocalDate windowFrom, LocalDate windowTo, TaskStatus status, boolean overdue, String inspectors) {
	}

	/**
	 * A list's filter: by status, overdue only, and (for the inspector) their own tasks.
	 */
	public record Filter(TaskStatus status, boolean overdueOnly) {
	}

	/** 我的检查任务: the open and past tasks the reader is assigned to. */
	@Transactional(readOnly = true)
	public ResultPage<TaskSummary> mine(SanxiangPrincipal reader, Filter filter, Paging paging) {
		List<Long> officerIds = officerIdsOf(reader);
		if (officerIds.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0, false);
		}
		return page(reader, filter, paging, officerIds);
	}

	/** The unit head's list of the agency's tasks. */
	@Transactional(readOnly = true)
	public ResultPage<TaskSummary> all(SanxiangPrincipal reader, Filter filter, Paging paging) {
		requireHead(reader, "INSPECTION_LIST_HEAD", "只有承办机构负责人可以查看本单位全部检查任务");
		return page(reader, filter, paging, null);
	}

	private ResultPage<TaskSummary> page(SanxiangPrincipal reader, Filter filter, Paging paging,
			List<Long> officerIds) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where t.agency_id in (:scope)");
		params.put("scope", reader.dataScope().agencyIds());
		if (officerIds != null) {
			where.append(" and exists (select 1 from inspection_task_inspector i where i.inspection_task = t.id"
					+ " and i.officer_id in (:officers))");
			params.put("officers", officerIds);
		}
		if (filter.status() != null) {
			where.append(" and t.status = :status");
			params.put("status", filter.status().name());
		}
		LocalDate today = this.time.today();
		if (filter.overdueOnly()) {
			where.append(" and t.status in ('PENDING', 'IN_PROGRESS') and t.window_to < :today");
			params.put("today", today);
		}
		long total = this.jdbc.sql("select count(*) from inspection_task t" + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = "number".equals(paging.sort()) ? "t.task_number" : "t.window_to";
		String dir = paging.descending() ? " desc" : " asc";
		List<TaskSummary> items = this.jdbc
			.sql("select t.id, t.task_number, t.origin, t.party_name, t.item_name, t.window_from, t.window_to, t.status"
					+ " from inspection_task t" + where + " order by " + order + dir + ", t.id" + dir
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> {
				TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
				LocalDate to = rs.getObject("window_to", LocalDate.class);
				return new TaskSummary(rs.getLong("id"), rs.getString("task_number"),
						TaskOrigin.valueOf(rs.getString("origin")), rs.getString("party_name"),
						rs.getString("item_name"), rs.getObject("window_from", LocalDate.class), to, status,
						status.open() && today.isAfter(to), "");
			})
			.list();
		Map<Long, String> names = inspectorNames(items.stream().map(TaskSummary::id).toList());
		items = items.stream()
			.map((s) -> new TaskSummary(s.id(), s.taskNumber(), s.origin(), s.partyName(), s.itemName(), s.windowFrom(),
					s.windowTo(), s.status(), s.overdue(), names.getOrDefault(s.id(), "")))
			.toList();
		return ResultPage.of(items, paging, Math.min(total, ResultPage.COUNT_CAP), total > ResultPage.COUNT_CAP);
	}

	private Map<Long, String> inspectorNames(List<Long> taskIds) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (taskIds.isEmpty()) {
			return names;
		}
		this.jdbc
			.sql("select inspection_task, name from inspection_task_inspector where inspection_task in (:ids)"
					+ " order by inspection_task, officer_id")
			.param("ids", taskIds)
			.query((rs, n) -> names.merge(rs.getLong("inspection_task"), rs.getString("name"), (a, b) -> a + "、" + b))
			.list();
		return names;
	}

	/**
	 * The task, for an assigned inspector or a head of the agency; another agency's is
	 * not found (404), an officer not assigned to it is refused (403, audited).
	 */
	@Transactional(readOnly = true)
	public InspectionTask task(long id, SanxiangPrincipal reader) {
		InspectionTask task = inScope(id, reader);
		if (head(reader) || assignedTo(task, reader)) {
			return task;
		}
		throw refused(task, reader, "INSPECTION_READ_REFUSED", "只有被指派的检查人员和承办机构负责人可以查看该检查任务");
	}

	/** Whether the reader is one of the task's inspectors (who alone act on it). */
	public boolean assignedTo(InspectionTask task, SanxiangPrincipal reader) {
		return officerIdsOf(reader).stream().anyMatch(task::assigned);
	}

	/** Whether the reader oversees the agency's tasks (承办机构负责人, 机关负责人). */
	public boolean head(SanxiangPrincipal reader) {
		return reader.hasRole(Role.UNIT_HEAD) || reader.hasRole(Role.AGENCY_HEAD);
	}

	/** The on-site draft sent by an assigned inspector, made on {@code baseVersion}. */
	@Transactional
	public InspectionTask syncDraft(long id, int baseVersion, String json, SanxiangPrincipal inspector) {
		InspectionTask task = actable(id, inspector);
		OnSiteRecord.parse(json);
		task.syncDraft(baseVersion, json, this.time.now());
		return this.tasks.save(task);
	}

	/**
	 * 完成检查: the synced record complete and signed, the 现场检查笔录 drafted from it and issued
	 * in the name of the inspector who finishes, then the task finished — one
	 * transaction, so a refused issue leaves the task open.
	 */
	@Transactional
	public InspectionTask finish(long id, int expectedDraftVersion, SanxiangPrincipal inspector) {
		InspectionTask task = actable(id, inspector);
		if (!task.status().open()) {
			throw new RuleViolation("INSPECTION_TASK_CLOSED", "该检查任务" + task.status().chineseName() + "，现场记录不能再修改",
					HttpStatus.CONFLICT);
		}
		if (task.draft() == null) {
			throw new RuleViolation("INSPECTION_NOT_STARTED", "尚无现场记录，请先填写并同步现场检查记录");
		}
		if (expectedDraftVersion != task.draftVersion()) {
			throw new RuleViolation("INSPECTION_DRAFT_STALE",
					"确认后服务器上的现场记录又有了更新（第" + task.draftVersion() + "版），请核对后再完成检查", HttpStatus.CONFLICT);
		}
		OnSiteRecord record = OnSiteRecord.parse(task.draft());
		record.requireComplete(task.checklistLines(), task.inspectorList());
		Set<Long> scope = inspector.dataScope().agencyIds();
		Optional<Party> party = party(task, scope);
		Document draft = this.documents.draft(RECORD_TYPE, recordValues(task, record, party, inspector),
				party.map(Party::id).orElse(null), new Document.Owner(OWNER_KIND, Long.toString(task.id())), null,
				inspector, scope);
		Document issued = this.documents.issue(draft.id(), draft.version(), inspector, scope);
		task.finish(record, this.time.today(), issued.id(), party.map(Party::creditCode).orElse(null), this.time.now());
		return this.tasks.save(task);
	}

	/** 取消 an open task, by the unit head, with the reason. */
	@Transactional
	public InspectionTask cancel(long id, String reason, SanxiangPrincipal head) {
		InspectionTask task = inScope(id, head);
		requireHead(head, "INSPECTION_CANCEL_HEAD", "只有承办机构负责人可以取消检查任务");
		task.cancel(reason, this.time.now());
		return this.tasks.save(task);
	}

	/** The task by its public code (the party's page), or empty. */
	@Transactional(readOnly = true)
	public Optional<InspectionTask> byPublicCode(String code) {
		if (code == null || !code.matches("[" + CODE_ALPHABET + "]{12}")) {
			return Optional.empty();
		}
		return this.tasks.findByPublicCode(code);
	}

	/** The field values of the 现场检查笔录 made from the signed on-site record. */
	Map<String, Object> recordValues(InspectionTask task, OnSiteRecord record, Optional<Party> party,
			SanxiangPrincipal recorder) {
		Map<String, Object> values = new LinkedHashMap<>();
		LocalDate today = this.time.today();
		values.put("inspectionDate", today.toString());
		ZonedDateTime start = this.time.local((task.startedAt() != null) ? task.startedAt() : this.time.now());
		ZonedDateTime end = this.time.local(this.time.now());
		values.put("timeRange",
				start.getHour() + "时" + start.getMinute() + "分至" + end.getHour() + "时" + end.getMinute() + "分");
		values.put("inspectionPlace", record.place().strip());
		values.put("partyName", task.partyName());
		party.map(Party::creditCode).ifPresent((code) -> values.put("partyIdentifier", code));
		values.put("partyAddress",
				party.map(Party::address).filter((a) -> a != null && !a.isBlank()).orElse(record.place().strip()));
		values.put("onSitePerson", record.onSitePerson().strip());
		String inspectors = task.inspectorList()
			.stream()
			.map((i) -> i.name() + "（执法证号：" + i.certificateNumber() + "）")
			.collect(Collectors.joining("、"));
		values.put("inspectors", inspectors);
		values.put("recorder", recorder.displayName());
		String names = task.inspectorList().stream().map(AssignedInspector::name).collect(Collectors.joining("、"));
		values.put("credentialStatement",
				"我们是" + this.agencies.agency(task.agencyId()).name() + "执法人员" + names + "，已向被检查人出示执法证件，依法对其进行现场检查（"
						+ task.origin().chineseName() + "，检查事项：" + task.itemName() + "；检查任务编号：" + task.taskNumber()
						+ "），并告知其有权申请执法人员回避。");
		StringBuilder content = new StringBuilder();
		List<String> lines = task.checklistLines();
		for (int i = 0; i < lines.size(); i++) {
			OnSiteRecord.Answer answer = record.answers().get(i);
			content.append(i + 1).append(". ").append(lines.get(i)).append("：").append(answer.resultName());
			if (answer.note() != null && !answer.note().isBlank()) {
				content.append("。").append(answer.note().strip());
			}
			content.append('\n');
		}
		if (record.notes() != null && !record.notes().isBlank()) {
			content.append("其他情况：").append(record.notes().strip()).append('\n');
		}
		content.append(record.violationFound() ? "检查发现涉嫌违法：" + record.finding().strip() : "检查未发现违法嫌疑。");
		values.put("inspectionContent", content.toString());
		values.put("sketchNote", "现场照片、音像资料见本检查任务的证据（" + task.taskNumber() + "）");
		if (record.partyRefused()) {
			values.put("partySignature", "被检查人拒绝签名");
		}
		else {
			values.put("partyConfirmation", "以上笔录我已看过，与现场情况一致。");
			values.put("partySignature", record.partySigner().strip() + "（现场手写签名已采集）");
		}
		values.put("inspectorSignature", names + "（现场手写签名已采集）");
		return values;
	}

	private Optional<Party> party(InspectionTask task, Set<Long> scope) {
		try {
			return Optional.of(this.parties.party(task.partyId(), scope));
		}
		catch (RuleViolation ex) {
			return Optional.empty();
		}
	}

	/** The task, for one of its assigned inspectors only. */
	private InspectionTask actable(long id, SanxiangPrincipal inspector) {
		InspectionTask task = inScope(id, inspector);
		if (!assignedTo(task, inspector)) {
			throw refused(task, inspector, "INSPECTION_ACT_REFUSED", "只有被指派的检查人员可以填写和完成该检查记录");
		}
		return task;
	}

	private InspectionTask inScope(long id, SanxiangPrincipal reader) {
		Optional<InspectionTask> task = this.tasks.findById(id);
		if (task.isPresent() && reader.dataScope().agencyIds().contains(task.get().agencyId())) {
			return task.get();
		}
		if (task.isPresent()) {
			this.events.publishEvent(new AccessRefused("INSPECTION_READ_REFUSED", "InspectionTask", String.valueOf(id),
					"outside data scope"));
		}
		throw RuleViolation.notFound("检查任务");
	}

	private RuleViolation refused(InspectionTask task, SanxiangPrincipal reader, String action, String message) {
		this.events.publishEvent(new AccessRefused(action, "InspectionTask", String.valueOf(task.id()),
				reader.username() + " is not assigned to the task"));
		return new RuleViolation("INSPECTION_NOT_ASSIGNED", message, HttpStatus.FORBIDDEN);
	}

	private void requireHead(SanxiangPrincipal reader, String action, String message) {
		if (!head(reader)) {
			this.events.publishEvent(new AccessRefused(action, "InspectionTask", "-", "not a unit head"));
			throw new RuleViolation("INSPECTION_HEAD_ONLY", message, HttpStatus.FORBIDDEN);
		}
	}

	/** The officers (执法证) linked to the reader's account. */
	List<Long> officerIdsOf(SanxiangPrincipal reader) {
		return this.officers.within(reader.dataScope().agencyIds(), null)
			.stream()
			.filter((officer) -> officer.accountId() != null && officer.accountId() == reader.accountId())
			.map(Officer::id)
			.toList();
	}

}
