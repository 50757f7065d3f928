package org.sanxiang.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.Deadline;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on review requests, each checking who may do it, and the gate the deciding
 * modules ask. A request is visible to the case workers of the agencies in their data
 * scope; the administrators never see it.
 */
@Service
public class Reviews {

	/** The sortable columns of the request list, with their Chinese names. */
	static final Map<String, String> SORTABLE = Map.of("updated", "更新时间", "created", "提交时间");

	private final ReviewRequestRepository requests;

	private final ReviewCatalogues catalogues;

	private final OfficerRegistry officers;

	private final AgencyDirectory agencies;

	private final Deadlines deadlines;

	private final BusinessTime time;

	private final JdbcClient jdbc;

	private final ReviewOpinions opinions;

	private final PreReview preReview;

	Reviews(ReviewRequestRepository requests, ReviewCatalogues catalogues, OfficerRegistry officers,
			AgencyDirectory agencies, Deadlines deadlines, BusinessTime time, JdbcClient jdbc, ReviewOpinions opinions,
			PreReview preReview) {
		this.opinions = opinions;
		this.preReview = preReview;
		this.requests = requests;
		this.catalogues = catalogues;
		this.officers = officers;
		this.agencies = agencies;
		this.deadlines = deadlines;
		this.time = time;
		this.jdbc = jdbc;
	}

	/** The handling unit submits a proposed decision of its own agency. */
	@Transactional
	public ReviewRequest submit(ProposedDecision decision, SanxiangPrincipal actor) {
		if (!actor.hasRole(Role.OFFICER) && !actor.hasRole(Role.UNIT_HEAD)) {
			throw refused("REVIEW_SUBMIT_REFUSED", "只有承办机构的执法人员或其负责人可以提交法制审核");
		}
		if (decision.agencyId() != actor.agencyId()) {
			throw refused("REVIEW_SUBMIT_REFUSED", "只能为本机关的拟作决定提交法制审核");
		}
		Classification classification = this.catalogues.classify(decision);
		boolean open = this.jdbc
			.sql("""
					select count(*) from review_request where subject_kind = :kind and subject_id = :id
					and agency_id = :agency and status in ('SUBMITTED', 'IN_REVIEW', 'RETURNED', 'DISPUTED', 'AWAITING_HEAD',
					'IN_DISCUSSION')""")
			.param("kind", decision.subjectKind())
			.param("id", decision.subjectId())
			.param("agency", decision.agencyId())
			.query(Long.class)
			.single() > 0;
		if (open) {
			throw new RuleViolation("REVIEW_ALREADY_OPEN", "该拟作决定已有未审结的法制审核申请；被退回的，请在原申请中重新提交", HttpStatus.CONFLICT);
		}
		String unit = this.agencies.department(actor.departmentId()).name();
		return this.requests
			.save(ReviewRequest.submit(decision, classification, ReviewClassifier.missing(decision, classification),
					this.preReview.review(decision), actor, unit, this.time.now(), this.time.today()));
	}

	/** A legal reviewer takes a request. */
	@Transactional
	public ReviewRequest take(long id, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		request.take(reviewer(actor), this.time.now());
		return this.requests.save(request);
	}

	@Transactional
	public ReviewRequest pass(long id, List<Finding> findings, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		request.pass(actor.username(), findings, this.time.now(), this.time.today());
		this.opinions.issue(request, actor);
		return this.requests.save(request);
	}

	@Transactional
	public ReviewRequest returnWith(long id, List<Finding> findings, List<Problem> problems, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		request.returnWith(actor.username(), findings, problems, this.time.now(), this.time.today());
		this.opinions.issue(request, actor);
		return this.requests.save(request);
	}

	/** The handling unit resubmits a returned request, answering each problem. */
	@Transactional
	public ReviewRequest resubmit(long id, ProposedDecision decision, List<String> answers, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		if (!actor.hasRole(Role.OFFICER) && !actor.hasRole(Role.UNIT_HEAD)) {
			throw refused("REVIEW_SUBMIT_REFUSED", "只有承办机构的执法人员或其负责人可以重新提交");
		}
		Classification classification = this.catalogues.classify(decision);
		request.resubmit(decision, classification, ReviewClassifier.missing(decision, classification),
				this.preReview.review(decision), answers, actor, this.time.now(), this.time.today());
		return this.requests.save(request);
	}

	/** The responsible head extends the time limit by three working days. */
	@Transactional
	public ReviewRequest extend(long id, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		if (!actor.hasRole(Role.AGENCY_HEAD) || actor.agencyId() != request.agencyId()) {
			throw refused("REVIEW_EXTEND_REFUSED", "延长审核期限须经本机关负责人批准");
		}
		request.extend(actor.username(), this.time.now());
		return this.requests.save(request);
	}

	/**
	 * The agency head records the collective discussion of a passed request; the 案件集体讨论笔录
	 * is issued with it.
	 */
	@Transactional
	public ReviewRequest recordDiscussion(long id, Discussion held, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		checkDiscussion(request, actor);
		request.recordDiscussion(held, actor.username(), this.time.now());
		this.opinions.issueDiscussion(request, held, actor);
		return this.requests.save(request);
	}

	/** Refuses a collective discussion the actor may not record on this request now. */
	void checkDiscussion(ReviewRequest request, SanxiangPrincipal actor) {
		if (!actor.hasRole(Role.AGENCY_HEAD) || actor.agencyId() != request.agencyId()) {
			throw refused("REVIEW_DISCUSSION_REFUSED", "集体讨论由本机关负责人记录");
		}
		request.checkDiscussion();
	}

	/**
	 * The handling unit disagrees with a return: the officer who submitted the request or
	 * the unit head of its agency.
	 */
	@Transactional
	public ReviewRequest disagree(long id, String reasons, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		checkDisagreement(request, reasons, actor);
		request.disagree(actor.username(), actor.displayName(), actor.hasRole(Role.UNIT_HEAD), reasons,
				this.time.now());
		return this.requests.save(request);
	}

	/** Refuses a disagreement the actor may not raise on this request now. */
	void checkDisagreement(ReviewRequest request, String reasons, SanxiangPrincipal actor) {
		if ((!actor.hasRole(Role.OFFICER) && !actor.hasRole(Role.UNIT_HEAD))
				|| actor.agencyId() != request.agencyId()) {
			throw refused("REVIEW_DISAGREE_REFUSED", "只有提交本申请的执法人员或承办机构负责人可以对审核意见提出异议");
		}
		request.checkDisagreement(actor.username(), actor.hasRole(Role.UNIT_HEAD), reasons);
	}

	/** The reviewer who returned the request records the coordination with the unit. */
	@Transactional
	public ReviewRequest coordinate(long id, Coordination record, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		checkCoordination(request, record, actor);
		request.coordinate(actor.username(), record, this.time.now(), this.time.today());
		return this.requests.save(request);
	}

	/** Refuses a coordination record the actor may not make on this request now. */
	void checkCoordination(ReviewRequest request, Coordination record, SanxiangPrincipal actor) {
		if (!actor.hasRole(Role.LEGAL_REVIEWER)) {
			throw refused("REVIEW_COORDINATION_REFUSED", "协调记录由作出审核意见的审核人员记录");
		}
		request.checkCoordination(actor.username(), record, this.time.today());
	}

	/**
	 * The agency head decides an unresolved disagreement (adopts the review opinion or
	 * the handling unit's view) or refers it to collective discussion. Only the head of
	 * the request's agency.
	 */
	@Transactional
	public ReviewRequest decideDispute(long id, ReviewDispute.HeadDecision decision, String reasons,
			SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		checkHeadDecision(request, decision, reasons, actor);
		request.decideDispute(decision, reasons, actor.username(), actor.displayName(), this.time.now());
		return this.requests.save(request);
	}

	/** Refuses a decision on a disagreement the actor may not make now. */
	void checkHeadDecision(ReviewRequest request, ReviewDispute.HeadDecision decision, String reasons,
			SanxiangPrincipal actor) {
		if (!actor.hasRole(Role.AGENCY_HEAD) || actor.agencyId() != request.agencyId()) {
			throw refused("REVIEW_HEAD_DECISION_REFUSED", "协调未能达成一致的，由本机关负责人决定或者提请集体讨论");
		}
		request.checkHeadDecision(decision, reasons);
	}

	/** A legal reviewer declares a conflict of interest (回避). */
	@Transactional
	public ReviewRequest recuse(long id, String reason, SanxiangPrincipal actor) {
		ReviewRequest request = request(id, actor);
		if (!actor.hasRole(Role.LEGAL_REVIEWER)) {
			throw refused("REVIEW_RECUSAL_REFUSED", "只有法制审核人员需要声明回避");
		}
		request.recuse(actor.username(), actor.displayName(), reason, this.time.now());
		return this.requests.save(request);
	}

	/** A request in the actor's data scope, or 404. */
	public ReviewRequest request(long id, SanxiangPrincipal actor) {
		return this.requests.findById(id)
			.filter((request) -> actor.dataScope().includes(request.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("法制审核申请"));
	}

	/** The review time limit of the current round: 5 working days, +3 once extended. */
	public Deadline deadline(ReviewRequest request) {
		ReviewRound round = request.current();
		return this.deadlines.compute("LEGAL_REVIEW", round.submittedOn(), List.of(), request.extensions(),
				round.decidedOn());
	}

	/** A page of the requests in the actor's scope, optionally of one status. */
	public ResultPage<ReviewSummary> page(SanxiangPrincipal actor, ReviewRequest.Status status, Paging paging) {
		Set<Long> scope = actor.dataScope().agencyIds();
		if (scope.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0, false);
		}
		String where = " from review_request where agency_id in (:scope)"
				+ ((status == null) ? "" : " and status = :status");
		String order = paging.sort().equals("created") ? "created_at" : "updated_at";
		var count = this.jdbc.sql("select count(*)" + where).param("scope", scope);
		var rows = this.jdbc.sql(
				"select id, agency_id, subject_kind, subject_id, title, status, reviewer_name, submitted_by_name, created_at, updated_at"
						+ where + " order by " + order + " " + paging.dir() + ", id " + paging.dir()
						+ " limit :limit offset :offset")
			.param("scope", scope)
			.param("limit", paging.size())
			.param("offset", paging.offset());
		if (status != null) {
			count = count.param("status", status.name());
			rows = rows.param("status", status.name());
		}
		long total = count.query(Long.class).single();
		List<ReviewSummary> items = rows
			.query((rs, n) -> new ReviewSummary(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("subject_kind"),
					rs.getString("subject_id"), rs.getString("title"),
					ReviewRequest.Status.valueOf(rs.getString("status")), rs.getString("reviewer_name"),
					rs.getString("submitted_by_name"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
		return ResultPage.of(items, paging, total, false);
	}

	/**
	 * The gate: whether a decision whose snapshot has {@code digest} may be made — only
	 * when a round with exactly that snapshot passed review, or was returned and then
	 * settled for the handling unit's content by the agency head or by a collective
	 * discussion; and, where the law or the catalogue sends the decision to collective
	 * discussion, a discussion of that very round agreed.
	 */
	public GateAnswer mayDecide(String digest) {
		if (digest == null || !digest.matches("[0-9a-f]{64}")) {
			throw new RuleViolation("REVIEW_DIGEST_INVALID", "摘要须为64位小写十六进制（SHA-256）", HttpStatus.BAD_REQUEST);
		}
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select r.id, r.discussion_required, r.discussion_agreed, r.discussion_round, rr.round_index,
				rr.settled_by from review_round rr join review_request r on r.id = rr.request_id
				where rr.digest = :digest and (rr.outcome = 'PASSED' or rr.settled_by is not null)
				order by rr.decided_at desc""").param("digest", digest).query().listOfRows();
		if (rows.isEmpty()) {
			return new GateAnswer(false, "该决定内容未经法制审核通过（审核通过后内容有改变的，须重新审核）", null, null);
		}
		List<GateAnswer> answers = rows.stream().map(Reviews::gate).toList();
		return answers.stream().filter(GateAnswer::allowed).findFirst().orElse(answers.get(0));
	}

	private static GateAnswer gate(Map<String, Object> row) {
		long id = ((Number) row.get("id")).longValue();
		int index = ((Number) row.get("round_index")).intValue();
		int round = index + 1;
		Object settled = row.get("settled_by");
		String basis = "法制审核申请第" + id + "号第" + round + "轮" + ((settled == null) ? "审核通过"
				: "审核退回后，承办机构有异议，经协调未能一致，" + ("HEAD".equals(settled) ? "机关负责人决定采纳承办机构意见" : "经机关负责人集体讨论同意按送审内容作出决定"));
		if (Boolean.TRUE.equals(row.get("discussion_required")) && !"DISCUSSION".equals(settled)) {
			Object discussed = row.get("discussion_round");
			Object agreed = row.get("discussion_agreed");
			if (discussed == null || ((Number) discussed).intValue() != index || agreed == null) {
				return new GateAnswer(false, basis + "，但该决定须经机关负责人集体讨论，集体讨论尚未作出结论", id, round);
			}
			if (!Boolean.TRUE.equals(agreed)) {
				return new GateAnswer(false, basis + "，但集体讨论未同意按审核通过的内容作出决定", id, round);
			}
			return new GateAnswer(true, basis + "，并经机关负责人集体讨论同意", id, round);
		}
		return new GateAnswer(true, basis, id, round);
	}

	/**
	 * The gate for a proposed decision: a decision that needs neither review nor
	 * collective discussion may be made; otherwise as {@link #mayDecide(String)}.
	 */
	public GateAnswer mayDecide(ProposedDecision decision) {
		Classification classification = this.catalogues.classify(decision);
		if (!classification.reviewRequired() && !classification.collectiveDiscussionRequired()) {
			return new GateAnswer(true, "不属于须经法制审核或集体讨论的情形（" + classification.catalogue() + "）", null, null);
		}
		return mayDecide(decision.digest());
	}

	private ReviewRequest.Reviewer reviewer(SanxiangPrincipal actor) {
		return new ReviewRequest.Reviewer(actor.username(), actor.displayName(), actor.agencyId(),
				actor.hasRole(Role.LEGAL_REVIEWER), this.agencies.isLegalReviewUnit(actor.departmentId()),
				this.officers.isQualifiedReviewer(actor.accountId()),
				this.officers.certificatesOfAccount(actor.accountId()));
	}

	private static RuleViolation refused(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.FORBIDDEN);
	}

	/** One line of the request list. */
	public record ReviewSummary(long id, long agencyId, String subjectKind, String subjectId, String title,
			ReviewRequest.Status status, String reviewerName, String submittedByName, java.time.Instant createdAt,
			java.time.Instant updatedAt) {
	}

	/**
	 * The newest review request on a deciding record (e.g. {@code CASE} and the case's
	 * id) in the actor's data scope, if any: what the deciding module's decision form
	 * offers.
	 */
	public java.util.Optional<ReviewRequest> latestFor(String subjectKind, String subjectId, SanxiangPrincipal actor) {
		return this.jdbc
			.sql("select id from review_request where subject_kind = :kind and subject_id = :id" + " order by id desc")
			.param("kind", subjectKind)
			.param("id", subjectId)
			.query(Long.class)
			.list()
			.stream()
			.map(this.requests::findById)
			.flatMap(java.util.Optional::stream)
			.filter((request) -> actor.dataScope().includes(request.agencyId()))
			.findFirst();
	}

}
