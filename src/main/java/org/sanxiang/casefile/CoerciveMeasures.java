package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coercive measures (查封、扣押、限制生产、停产整治) and 按日连续处罚 on a case as people record them: in the
 * case's own agency, read in the reader's data scope (三员 never), the officers on an
 * execution resolved and judged as {@link Cases} does for investigative acts (the gates
 * {@link Gate#QUALIFIED_OFFICERS} and {@link Gate#RECUSAL}), working days on the official
 * calendar. The open due dates — expiry, release verification, release service, 复查 — are
 * to-dos (临期 within three days, 超期 after) for the officers and unit heads.
 */
@Service
public class CoerciveMeasures implements TodoProvider {

	static final int DUE_SOON_DAYS = 3;

	private final CoerciveMeasureRepository measures;

	private final DailyPenaltyRepository daily;

	private final Cases cases;

	private final OfficialCalendar calendar;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	CoerciveMeasures(CoerciveMeasureRepository measures, DailyPenaltyRepository daily, Cases cases,
			OfficialCalendar calendar, BusinessTime time, JdbcClient jdbc) {
		this.measures = measures;
		this.daily = daily;
		this.cases = cases;
		this.calendar = calendar;
		this.time = time;
		this.jdbc = jdbc;
	}

	/** What a measure is proposed with. */
	public record Proposal(MeasureKind kind, MeasureGround ground, String items, Integer term, Boolean emergency,
			Long refusalDocumentId, LocalDate on) {
	}

	@Transactional
	public CoerciveMeasure propose(long caseId, Proposal form, SanxiangPrincipal actor) {
		PenaltyCase kase = caseActedOn(caseId, actor);
		return this.measures.save(CoerciveMeasure.propose(kase, form.kind(), form.ground(), form.items(), form.term(),
				Boolean.TRUE.equals(form.emergency()), form.refusalDocumentId(), acting(actor, form.on())));
	}

	@Transactional
	public CoerciveMeasure approve(long caseId, long id, LocalDate on, SanxiangPrincipal actor) {
		return act(caseId, id, actor, (measure, kase) -> measure.approve(acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure decide(long caseId, long id, Long decisionDocumentId, Long listDocumentId, LocalDate on,
			SanxiangPrincipal actor) {
		return act(caseId, id, actor,
				(measure, kase) -> measure.decide(decisionDocumentId, listDocumentId, acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure execute(long caseId, long id, List<Long> officerIds, Long videoEvidenceId, LocalDate on,
			SanxiangPrincipal actor) {
		return execute(caseId, id, officerIds, videoEvidenceId, null, null, on, actor);
	}

	/**
	 * 执行 from {@code from} to {@code to}: where the measure must be filmed without a gap
	 * ({@link ExecutionRecording}), both are required and the case's videos must cover
	 * them.
	 */
	@Transactional
	public CoerciveMeasure execute(long caseId, long id, List<Long> officerIds, Long videoEvidenceId,
			java.time.Instant from, java.time.Instant to, LocalDate on, SanxiangPrincipal actor) {
		return act(caseId, id, actor, (measure, kase) -> {
			LocalDate day = this.executionRecording.dayOf(measure.kind(), from, to, on);
			Acting acting = acting(actor, day);
			this.mandatoryVideo.requireVideo("实施" + measure.kind().chineseName(), kase, videoEvidenceId);
			this.executionRecording.requireCovered(kase, measure.kind(), from, to);
			List<ActingOfficer> officers = this.cases.officersOf(officerIds, kase.agencyId(), actor);
			Attempt attempt = new Attempt(CaseAct.RECORD_INSPECTION, acting, officers, null, null);
			String refusal = Gate.QUALIFIED_OFFICERS.refusal(kase, attempt, this.cases.rules());
			if (refusal == null) {
				refusal = Gate.RECUSAL.refusal(kase, attempt, this.cases.rules());
			}
			String names = officers.stream()
				.map((officer) -> officer.name() + "（" + officer.certificate() + "）")
				.collect(Collectors.joining("、"));
			String times = (from == null) ? "" : "；实施时间：" + this.executionRecording.format(from) + " 至 "
					+ this.executionRecording.format(to) + "（北京时间）";
			measure.execute((refusal == null) ? null : "实施" + measure.kind().chineseName() + "：" + refusal,
					"执法人员：" + names + times, videoEvidenceId, from, to, acting);
		});
	}

	@Transactional
	public CoerciveMeasure extend(long caseId, long id, int extension, Long noticeDocumentId, LocalDate on,
			SanxiangPrincipal actor) {
		return act(caseId, id, actor,
				(measure, kase) -> measure.extend(extension, noticeDocumentId, acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure applyForRelease(long caseId, long id, String reason, LocalDate on, SanxiangPrincipal actor) {
		return act(caseId, id, actor,
				(measure, kase) -> measure.applyForRelease(reason, this.calendar::addWorkingDays, acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure verifyRelease(long caseId, long id, boolean release, String reason, Long documentId,
			LocalDate on, SanxiangPrincipal actor) {
		return act(caseId, id, actor, (measure, kase) -> measure.verifyRelease(release, reason, documentId,
				this.calendar::addWorkingDays, acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure release(long caseId, long id, ReleaseReason reason, Long documentId, LocalDate on,
			SanxiangPrincipal actor) {
		return act(caseId, id, actor, (measure, kase) -> measure.release(reason, documentId,
				this.calendar::addWorkingDays, acting(actor, on)));
	}

	@Transactional
	public CoerciveMeasure serveRelease(long caseId, long id, Long documentId, LocalDate on, SanxiangPrincipal actor) {
		return act(caseId, id, actor, (measure, kase) -> measure.serveRelease(documentId, acting(actor, on)));
	}

	/** The measures of a case in the reader's scope. */
	public List<CoerciveMeasure> measuresOf(long caseId, SanxiangPrincipal reader) {
		this.cases.caseOf(caseId, reader);
		return this.measures.findByCaseIdOrderById(caseId);
	}

	/** The measures of a case already read in the reader's scope (for the case page). */
	public List<CoerciveMeasure> listedFor(PenaltyCase kase) {
		return this.measures.findByCaseIdOrderById(kase.id());
	}

	/** The kinds, for the proposal form. */
	public MeasureKind[] kinds() {
		return MeasureKind.values();
	}

	/** The grounds, for the proposal form. */
	public MeasureGround[] grounds() {
		return MeasureGround.values();
	}

	/** A measure of a case in the reader's scope, or 404. */
	public CoerciveMeasure measureOf(long caseId, long id, SanxiangPrincipal reader) {
		this.cases.caseOf(caseId, reader);
		return this.measures.findById(id)
			.filter((measure) -> measure.caseId() == caseId)
			.orElseThrow(() -> RuleViolation.notFound("强制措施"));
	}

	// 按日连续处罚

	@Transactional
	public DailyPenalty serveOrder(long caseId, DailyConduct conduct, Long orderDocumentId, LocalDate on,
			SanxiangPrincipal actor) {
		PenaltyCase kase = caseActedOn(caseId, actor);
		return this.daily.save(DailyPenalty.orderServed(kase, conduct, orderDocumentId, acting(actor, on)));
	}

	@Transactional
	public DailyPenalty reinspect(long caseId, long id, boolean stillDischarging, LocalDate on,
			SanxiangPrincipal actor) {
		DailyPenalty penalty = dailyActedOn(caseId, id, actor);
		penalty.reinspect(stillDischarging, acting(actor, on));
		return this.daily.save(penalty);
	}

	@Transactional
	public DailyPenalty decideDaily(long caseId, long id, Long documentId, LocalDate on, SanxiangPrincipal actor) {
		DailyPenalty penalty = dailyActedOn(caseId, id, actor);
		penalty.decide(documentId, acting(actor, on));
		return this.daily.save(penalty);
	}

	public List<DailyPenalty> dailyPenaltiesOf(long caseId, SanxiangPrincipal reader) {
		this.cases.caseOf(caseId, reader);
		return this.daily.findByCaseIdOrderById(caseId);
	}

	@Override
	public List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds) {
		if ((!roles.contains(Role.OFFICER.name()) && !roles.contains(Role.UNIT_HEAD.name()))
				|| visibleAgencyIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = this.time.today();
		List<TodoItem> items = new ArrayList<>();
		// one query each for the measures and the daily penalties, whatever their number
		this.jdbc
			.sql("select id, case_id, kind, status, expires_on, release_verify_due, release_serve_due,"
					+ " release_served_on from coercive_measure where agency_id in (:scope) and (status = 'IN_FORCE'"
					+ " or (status = 'RELEASED' and release_served_on is null)) order by id limit 200")
			.param("scope", visibleAgencyIds)
			.query((rs, n) -> {
				MeasureKind kind = MeasureKind.valueOf(rs.getString("kind"));
				long caseId = rs.getLong("case_id");
				String link = "/cases/" + caseId + "/measures/" + rs.getLong("id");
				for (CoerciveMeasure.Due due : CoerciveMeasure.dues(kind, MeasureStatus.valueOf(rs.getString("status")),
						rs.getObject("expires_on", LocalDate.class),
						rs.getObject("release_verify_due", LocalDate.class),
						rs.getObject("release_serve_due", LocalDate.class),
						rs.getObject("release_served_on", LocalDate.class))) {
					todo(items, due.what(), kind.chineseName() + "（案件 " + caseId + "）", due.due(), today, link);
				}
				return caseId;
			})
			.list();
		this.jdbc
			.sql("select id, case_id, order_served_on from daily_penalty where agency_id in (:scope)"
					+ " and reinspected_on is null and order_served_on is not null order by id limit 200")
			.param("scope", visibleAgencyIds)
			.query((rs, n) -> {
				long caseId = rs.getLong("case_id");
				todo(items, "责令改正后复查", "按日连续处罚（案件 " + caseId + "）",
						rs.getObject("order_served_on", LocalDate.class).plusDays(DailyPenalty.REINSPECTION_DAYS),
						today, "/cases/" + caseId + "/daily-penalties/" + rs.getLong("id"));
				return caseId;
			})
			.list();
		return items;
	}

	private static void todo(List<TodoItem> items, String what, String of, LocalDate due, LocalDate today,
			String link) {
		if (today.isAfter(due)) {
			items.add(new TodoItem("超期：" + what, of + "，应于" + due + "前完成", link, TodoItem.Urgency.OVERDUE));
		}
		else if (!today.isBefore(due.minusDays(DUE_SOON_DAYS))) {
			items.add(new TodoItem("临期：" + what, of + "，应于" + due + "前完成", link, TodoItem.Urgency.DUE_SOON));
		}
	}

	private CoerciveMeasure act(long caseId, long id, SanxiangPrincipal actor, Change change) {
		PenaltyCase kase = caseActedOn(caseId, actor);
		CoerciveMeasure measure = this.measures.findById(id)
			.filter((found) -> found.caseId() == caseId)
			.orElseThrow(() -> RuleViolation.notFound("强制措施"));
		change.apply(measure, kase);
		return this.measures.save(measure);
	}

	private DailyPenalty dailyActedOn(long caseId, long id, SanxiangPrincipal actor) {
		caseActedOn(caseId, actor);
		return this.daily.findById(id)
			.filter((found) -> found.caseId() == caseId)
			.orElseThrow(() -> RuleViolation.notFound("按日连续处罚"));
	}

	private PenaltyCase caseActedOn(long caseId, SanxiangPrincipal actor) {
		PenaltyCase kase = this.cases.caseOf(caseId, actor);
		Cases.requireCaseActor(actor);
		if (kase.agencyId() != actor.agencyId()) {
			throw new RuleViolation("CASE_OTHER_AGENCY", "只有本案执法主体的人员可以办理本案", HttpStatus.FORBIDDEN);
		}
		return kase;
	}

	private Acting acting(SanxiangPrincipal actor, LocalDate on) {
		LocalDate today = this.time.today();
		return new Acting(new Participant(actor.username(), actor.displayName(), actor.hasRole(Role.AGENCY_HEAD)),
				(on == null) ? today : on, today, this.time.now());
	}

	@FunctionalInterface
	private interface Change {

		void apply(CoerciveMeasure measure, PenaltyCase kase);

	}

	// Mandatory video (helper O)

	private MandatoryVideo mandatoryVideo;

	private ExecutionRecording executionRecording;

	@org.springframework.beans.factory.annotation.Autowired
	void executionRecording(ExecutionRecording executionRecording) {
		this.executionRecording = executionRecording;
	}

	@org.springframework.beans.factory.annotation.Autowired
	void mandatoryVideo(MandatoryVideo mandatoryVideo) {
		this.mandatoryVideo = mandatoryVideo;
	}

}
