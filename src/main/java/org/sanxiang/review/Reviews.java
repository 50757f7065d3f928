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
		boolean open = this.jdbc.sql("""
				select count(*) from review_request where subject_kind = :kind and subject_id = :id
				and agency_id = :agency and status in ('SUBMITTED', 'IN_REVIEW', 'RETURNED')""")
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
		if (!actor.hasRole(Role.AGENCY_HEAD) || actor.agencyId() != request.agencyId()) {
			throw refused("REVIEW_DISCUSSION_REFUSED", "集体讨论由本机关负责人记录");
		}
		request.recordDiscussion(held, actor.username(), this.time.now());
		this.opinions.issueDiscussion(request, held, actor);
		return this.requests.save(request);
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
	 * when a review of exactly that snapshot passed, and, where the law or the catalogue
	 * sends it to collective discussion, that discussion concluded.
	 */
	public GateAnswer mayDecide(String digest) {
		if (digest == null || !digest.matches("[0-9a-f]{64}")) {
			throw new RuleViolation("REVIEW_DIGEST_INVALID", "摘要须为64位小写十六进制（SHA-256）", HttpStatus.BAD_REQUEST);
		}
		Optional<Map<String, Object>> passed = this.jdbc.sql("""
				select r.id, r.discussion_required, r.discussion_agreed, rr.round_index from review_round rr
				join review_request r on r.id = rr.request_id
				where rr.digest = :digest and rr.outcome = 'PASSED'
				order by rr.decided_at desc""").param("digest", digest).query().listOfRows().stream().findFirst();
		if (passed.isEmpty()) {
			return new GateAnswer(false, "该决定内容未经法制审核通过（审核通过后内容有改变的，须重新审核）", null, null);
		}
		long id = ((Number) passed.get().get("id")).longValue();
		int round = ((Number) passed.get().get("round_index")).intValue() + 1;
		if (Boolean.TRUE.equals(passed.get().get("discussion_required"))) {
			Object agreed = passed.get().get("discussion_agreed");
			if (agreed == null) {
				return new GateAnswer(false, "法制审核已通过，但该决定须经机关负责人集体讨论，集体讨论尚未作出结论", id, round);
			}
			if (!Boolean.TRUE.equals(agreed)) {
				return new GateAnswer(false, "集体讨论未同意按审核通过的内容作出决定", id, round);
			}
			return new GateAnswer(true, "法制审核申请第" + id + "号第" + round + "轮审核通过，并经机关负责人集体讨论同意", id, round);
		}
		return new GateAnswer(true, "法制审核申请第" + id + "号第" + round + "轮审核通过", id, round);
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

}
