package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Actor;
import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A request for legal review of one proposed decision, through its rounds: submitted with
 * its materials complete, taken by a qualified reviewer of the review unit who did not
 * act in the case and has not recused, passed or returned with the problems to fix,
 * resubmitted with an answer to each problem. Its methods are the acts; a lost race is a
 * 409 through the version.
 */
@Table("review_request")
public class ReviewRequest extends AggregateRoot<ReviewRequest> {

	/** Where a request stands. */
	public enum Status {

		SUBMITTED("待审核"), IN_REVIEW("审核中"), PASSED("审核通过"), RETURNED("已退回"), WITHDRAWN("已撤回"), DISPUTED("有异议，待协调"),
		AWAITING_HEAD("协调未果，待机关负责人决定"), IN_DISCUSSION("待集体讨论"), SETTLED("异议已决定");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	/**
	 * The person who would review, as the deciding service found them: their role, unit,
	 * qualification (法律职业资格 where required) and the certificates of the officers their
	 * account is linked to.
	 */
	public record Reviewer(String username, String name, long agencyId, boolean legalReviewer, boolean inReviewUnit,
			boolean qualified, Set<String> certificates) {

		public Reviewer {
			certificates = Set.copyOf(certificates);
		}

	}

	@Id
	private Long id;

	private final long agencyId;

	private final String subjectKind;

	private final String subjectId;

	private final String title;

	private Status status;

	private boolean reviewRequired;

	private boolean discussionRequired;

	private String reviewer;

	private String reviewerName;

	private final String submittedBy;

	private final String submittedByName;

	private final String submittingUnit;

	private int extensions;

	private String extendedBy;

	private String discussion;

	private Boolean discussionAgreed;

	private Long discussionDocumentId;

	private Integer discussionRound;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "request_id", keyColumn = "round_index")
	private final List<ReviewRound> rounds;

	@MappedCollection(idColumn = "request_id")
	private final Set<Recusal> recusals;

	@MappedCollection(idColumn = "request_id", keyColumn = "dispute_index")
	private final List<ReviewDispute> disputes;

	@PersistenceCreator
	ReviewRequest(Long id, long agencyId, String subjectKind, String subjectId, String title, Status status,
			boolean reviewRequired, boolean discussionRequired, String reviewer, String reviewerName,
			String submittedBy, String submittedByName, String submittingUnit, int extensions, String extendedBy,
			String discussion, Boolean discussionAgreed, Long discussionDocumentId, Integer discussionRound,
			Instant createdAt, Instant updatedAt, Integer version, List<ReviewRound> rounds, Set<Recusal> recusals,
			List<ReviewDispute> disputes) {
		this.id = id;
		this.agencyId = agencyId;
		this.subjectKind = subjectKind;
		this.subjectId = subjectId;
		this.title = title;
		this.status = status;
		this.reviewRequired = reviewRequired;
		this.discussionRequired = discussionRequired;
		this.reviewer = reviewer;
		this.reviewerName = reviewerName;
		this.submittedBy = submittedBy;
		this.submittedByName = submittedByName;
		this.submittingUnit = submittingUnit;
		this.extensions = extensions;
		this.extendedBy = extendedBy;
		this.discussion = discussion;
		this.discussionAgreed = discussionAgreed;
		this.discussionDocumentId = discussionDocumentId;
		this.discussionRound = discussionRound;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
		this.rounds = new ArrayList<>(rounds);
		this.recusals = new HashSet<>(recusals);
		this.disputes = new ArrayList<>((disputes == null) ? List.of() : disputes);
	}

	/**
	 * Submits a proposed decision with its classification; refused, naming what is
	 * missing, while the materials are incomplete.
	 */
	static ReviewRequest submit(ProposedDecision decision, Classification classification, List<String> missing,
			List<PreReviewFinding> preReview, Actor actor, String submittingUnit, Instant now, LocalDate today) {
		requireComplete(missing);
		ReviewRequest request = new ReviewRequest(null, decision.agencyId(), decision.subjectKind(),
				decision.subjectId(), decision.title(), Status.SUBMITTED, classification.reviewRequired(),
				classification.collectiveDiscussionRequired(), null, null, actor.username(), actor.displayName(),
				submittingUnit, 0, null, null, null, null, null, now, now, null, List.of(), Set.of(), List.of());
		request.rounds.add(ReviewRound.submitted(decision, classification, preReview, List.of(), actor.username(),
				actor.displayName(), now, today));
		request.registerEvent((saved) -> new ReviewEvent.Submitted(saved.id, saved.agencyId, saved.subjectKind,
				saved.subjectId, 1, decision.digest()));
		return request;
	}

	/** A qualified reviewer of the agency's review unit takes the request. */
	void take(Reviewer who, Instant now) {
		requireStatus(EnumSet.of(Status.SUBMITTED), "该申请已有审核人员或已审结");
		if (who.agencyId() != this.agencyId) {
			throw refused("REVIEWER_OTHER_AGENCY", "只能审核本机关的申请");
		}
		if (!who.legalReviewer() || !who.inReviewUnit()) {
			throw refused("REVIEWER_NOT_IN_REVIEW_UNIT", "只有本机关法制审核机构的法制审核人员可以审核");
		}
		if (!who.qualified()) {
			throw refused("REVIEWER_NOT_QUALIFIED",
					"未登记法律职业资格：2018年1月1日起初次从事法制审核的人员应当取得法律职业资格（《中华人民共和国行政处罚法》第五十八条第二款）");
		}
		if (handledTheCase(who)) {
			throw refused("REVIEWER_HANDLED_CASE", "承办本案的执法人员不得审核本案");
		}
		if (recused(who.username())) {
			throw refused("REVIEWER_RECUSED", "您已对本申请声明回避，不得审核");
		}
		this.reviewer = who.username();
		this.reviewerName = who.name();
		this.status = Status.IN_REVIEW;
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.Taken(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				who.username()));
	}

	/** The reviewer passes the current round: every one of the nine points is lawful. */
	void pass(String username, List<Finding> findings, Instant now, LocalDate today) {
		checkOpinion(username, findings, List.of(), true);
		ReviewRound round = current();
		round.decide(ReviewRound.Outcome.PASSED, findings, List.of(), username, this.reviewerName, now, today);
		this.status = Status.PASSED;
		this.updatedAt = now;
		int number = this.rounds.size();
		registerEvent((saved) -> new ReviewEvent.Passed(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				number, round.digest()));
	}

	/** The reviewer returns the current round with the problems to fix. */
	void returnWith(String username, List<Finding> findings, List<Problem> problems, Instant now, LocalDate today) {
		checkOpinion(username, findings, problems, false);
		current().decide(ReviewRound.Outcome.RETURNED, findings, problems, username, this.reviewerName, now, today);
		this.status = Status.RETURNED;
		this.updatedAt = now;
		int number = this.rounds.size();
		int count = problems.size();
		registerEvent((saved) -> new ReviewEvent.Returned(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				number, count));
	}

	/**
	 * Refuses an opinion that may not be given: not by the reviewer holding the request,
	 * not on all nine points, a pass with a point found wanting, a return without a
	 * problem. The page asks it before the confirmation, the acts before they act.
	 */
	void checkOpinion(String username, List<Finding> findings, List<Problem> problems, boolean pass) {
		requireReviewer(username);
		requireAllPoints(findings);
		if (pass && findings.stream().anyMatch((finding) -> !finding.lawful())) {
			throw new RuleViolation("REVIEW_PASS_WITH_PROBLEM", "有审核要点存在问题的，不能审核通过；请退回并提出审核建议");
		}
		if (!pass && (problems == null || problems.isEmpty())) {
			throw new RuleViolation("REVIEW_RETURN_WITHOUT_PROBLEM", "退回的，请至少列出一个问题并提出具体的审核建议");
		}
		if (!pass && findings.stream().allMatch(Finding::lawful)) {
			throw new RuleViolation("REVIEW_RETURN_WITHOUT_PROBLEM", "退回的，请在审核要点中注明存在问题的要点");
		}
	}

	/**
	 * The handling unit resubmits after a return: the corrected snapshot of the same
	 * decision, its materials complete, and an answer to each problem in order.
	 */
	void resubmit(ProposedDecision decision, Classification classification, List<String> missing,
			List<PreReviewFinding> preReview, List<String> answers, Actor actor, Instant now, LocalDate today) {
		requireStatus(EnumSet.of(Status.RETURNED), "只有已退回的申请可以重新提交");
		if (!decision.subjectKind().equals(this.subjectKind) || !decision.subjectId().equals(this.subjectId)
				|| decision.agencyId() != this.agencyId) {
			throw new RuleViolation("REVIEW_RESUBMIT_OTHER_SUBJECT", "重新提交的须是同一拟作决定");
		}
		requireComplete(missing);
		List<Problem> problems = current().problems();
		List<String> given = (answers == null) ? List.of() : answers.stream().map(String::strip).toList();
		if (given.size() != problems.size() || given.stream().anyMatch(String::isEmpty)) {
			throw new RuleViolation("REVIEW_ANSWERS_MISSING", "请逐项说明上一轮审核提出的 " + problems.size() + " 个问题的整改情况");
		}
		if (given.stream().anyMatch((answer) -> answer.length() > 2000)) {
			throw new RuleViolation("REVIEW_ANSWERS_MISSING", "每项整改说明不能超过2000字");
		}
		this.rounds.add(ReviewRound.submitted(decision, classification, preReview, given, actor.username(),
				actor.displayName(), now, today));
		this.reviewRequired = classification.reviewRequired();
		this.discussionRequired = classification.collectiveDiscussionRequired();
		this.status = (this.reviewer != null) ? Status.IN_REVIEW : Status.SUBMITTED;
		this.updatedAt = now;
		int number = this.rounds.size();
		registerEvent((saved) -> new ReviewEvent.Submitted(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				number, decision.digest()));
	}

	/**
	 * The agency heads' collective discussion (行政处罚法 第五十七条第二款): of a passed request that
	 * needs one, of a request whose disagreement the head settled for the handling unit
	 * and that needs one, or of a disagreement the head referred to it. On a referral,
	 * agreement settles the returned round for the handling unit's content; disagreement
	 * leaves the review opinion standing (returned, to be fixed).
	 */
	void recordDiscussion(Discussion held, String head, Instant now) {
		checkDiscussion();
		int index = this.rounds.size() - 1;
		if (this.status == Status.IN_DISCUSSION) {
			if (held.agreed()) {
				current().settle(ReviewRound.Settlement.DISCUSSION);
				this.status = Status.SETTLED;
			}
			else {
				this.status = Status.RETURNED;
			}
		}
		this.discussion = ReviewRound.JSON.writeValueAsString(held);
		this.discussionAgreed = held.agreed();
		this.discussionRound = index;
		this.discussionDocumentId = null;
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.Discussed(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				held.agreed(), head));
	}

	/** Refuses a collective discussion that may not be recorded now. */
	void checkDiscussion() {
		if (this.status == Status.IN_DISCUSSION) {
			return;
		}
		requireStatus(EnumSet.of(Status.PASSED, Status.SETTLED), "只有审核通过、异议已决定或已提请集体讨论的申请可以记录集体讨论");
		if (!this.discussionRequired) {
			throw new RuleViolation("REVIEW_DISCUSSION_NOT_REQUIRED", "本决定不属于须经集体讨论的情形", HttpStatus.CONFLICT);
		}
		if (this.discussionRound != null && this.discussionRound == this.rounds.size() - 1) {
			throw new RuleViolation("REVIEW_DISCUSSION_RECORDED", "集体讨论已经记录，不能再次记录", HttpStatus.CONFLICT);
		}
	}

	/**
	 * Whether the agency head may now record a collective discussion (the page shows the
	 * form only then).
	 */
	boolean awaitsDiscussion() {
		if (this.status == Status.IN_DISCUSSION) {
			return true;
		}
		return (this.status == Status.PASSED || this.status == Status.SETTLED) && this.discussionRequired
				&& (this.discussionRound == null || this.discussionRound != this.rounds.size() - 1);
	}

	/**
	 * The handling unit disagrees with the return of the current round (the officer who
	 * submitted it, or the unit head), with its reasons; a coordination follows.
	 */
	void disagree(String username, String name, boolean unitHead, String reasons, Instant now) {
		checkDisagreement(username, unitHead, reasons);
		int index = this.rounds.size() - 1;
		this.disputes.add(ReviewDispute.raised(index, username, name, reasons.strip(), now));
		this.status = Status.DISPUTED;
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.Disputed(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				index + 1, username));
	}

	/**
	 * Refuses a disagreement that may not be raised (the page asks before confirming).
	 */
	void checkDisagreement(String username, boolean unitHead, String reasons) {
		requireStatus(EnumSet.of(Status.RETURNED), "只有被退回的申请可以对审核意见提出异议");
		if (!unitHead && !username.equals(this.submittedBy)) {
			throw refused("REVIEW_DISAGREE_REFUSED", "只有提交本申请的执法人员或承办机构负责人可以对审核意见提出异议");
		}
		int index = this.rounds.size() - 1;
		if (this.disputes.stream().anyMatch((dispute) -> dispute.roundIndex() == index)) {
			throw new RuleViolation("REVIEW_ALREADY_DISPUTED", "对本轮审核意见的异议已经处理，请按处理结果整改后重新送审", HttpStatus.CONFLICT);
		}
		String why = (reasons == null) ? "" : reasons.strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw new RuleViolation("REVIEW_DISAGREE_REASONS", "请写明异议的理由（不超过2000字）");
		}
	}

	/**
	 * The reviewer who returned the request records the coordination with the handling
	 * unit. The unit accepts → returned, to be fixed; the reviewer withdraws → the same
	 * snapshot is reviewed again in a new round (and passed by a new act of the
	 * reviewer); unresolved → the agency head decides.
	 */
	void coordinate(String username, Coordination record, Instant now, LocalDate today) {
		checkCoordination(username, record, today);
		openDispute().coordinate(record, username, now);
		switch (record.result()) {
			case UNIT_ACCEPTS -> this.status = Status.RETURNED;
			case REVIEWER_WITHDRAWS -> {
				this.rounds.add(ReviewRound.reopened(current(), now, today));
				this.status = Status.IN_REVIEW;
			}
			case UNRESOLVED -> this.status = Status.AWAITING_HEAD;
		}
		this.updatedAt = now;
		Coordination.Result result = record.result();
		registerEvent((saved) -> new ReviewEvent.Coordinated(saved.id, saved.agencyId, saved.subjectKind,
				saved.subjectId, result, username));
	}

	/** Refuses a coordination record that may not be made (asked before confirming). */
	void checkCoordination(String username, Coordination record, LocalDate today) {
		requireStatus(EnumSet.of(Status.DISPUTED), "只有承办机构提出异议、尚未协调的申请可以记录协调结果");
		if (!username.equals(this.reviewer)) {
			throw refused("REVIEW_COORDINATION_REFUSED", "协调记录由作出审核意见的审核人员记录");
		}
		if (record.date().isAfter(today)) {
			throw new RuleViolation("REVIEW_COORDINATION_INVALID", "协调日期不能晚于今天");
		}
	}

	/**
	 * The agency head decides an unresolved disagreement: adopts the review opinion (the
	 * unit fixes and resubmits), adopts the handling unit's view with reasons (the
	 * returned content may then be decided — after a collective discussion where one is
	 * required), or refers it to collective discussion.
	 */
	void decideDispute(ReviewDispute.HeadDecision decision, String reasons, String head, String headName, Instant now) {
		checkHeadDecision(decision, reasons);
		String why = (reasons == null) ? "" : reasons.strip();
		openDispute().decide(decision, why.isEmpty() ? null : why, head, headName, now);
		switch (decision) {
			case ADOPT_REVIEW -> this.status = Status.RETURNED;
			case ADOPT_UNIT -> {
				current().settle(ReviewRound.Settlement.HEAD);
				this.status = Status.SETTLED;
			}
			case REFER -> this.status = Status.IN_DISCUSSION;
		}
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.HeadDecided(saved.id, saved.agencyId, saved.subjectKind,
				saved.subjectId, decision, head));
	}

	/** Refuses a decision of the head that may not be made (asked before confirming). */
	void checkHeadDecision(ReviewDispute.HeadDecision decision, String reasons) {
		requireStatus(EnumSet.of(Status.AWAITING_HEAD), "只有协调未能达成一致的申请由机关负责人决定");
		if (decision == null) {
			throw new RuleViolation("REVIEW_HEAD_DECISION_INVALID", "请选择采纳法制审核意见、采纳承办机构意见或提请集体讨论");
		}
		String why = (reasons == null) ? "" : reasons.strip();
		if (why.length() > 2000) {
			throw new RuleViolation("REVIEW_HEAD_DECISION_INVALID", "理由不能超过2000字");
		}
		if (decision == ReviewDispute.HeadDecision.ADOPT_UNIT && why.isEmpty()) {
			throw new RuleViolation("REVIEW_HEAD_DECISION_INVALID", "采纳承办机构意见的，请写明理由");
		}
	}

	/** The disagreement with the current round's return, or the last one. */
	private ReviewDispute openDispute() {
		return this.disputes.get(this.disputes.size() - 1);
	}

	/**
	 * Whether the handling unit may still disagree with the current round's return.
	 */
	boolean mayDisagree() {
		int index = this.rounds.size() - 1;
		return this.status == Status.RETURNED
				&& this.disputes.stream().noneMatch((dispute) -> dispute.roundIndex() == index);
	}

	public List<ReviewDispute> disputes() {
		return List.copyOf(this.disputes);
	}

	/** The round (0-based) the recorded collective discussion discussed, or null. */
	public Integer discussionRound() {
		return this.discussionRound;
	}

	void recordDiscussionDocument(long documentId) {
		this.discussionDocumentId = documentId;
	}

	/** The collective discussion, if it was held. */
	public java.util.Optional<Discussion> discussion() {
		return java.util.Optional.ofNullable(this.discussion)
			.map((json) -> ReviewRound.JSON.readValue(json, Discussion.class));
	}

	public Long discussionDocumentId() {
		return this.discussionDocumentId;
	}

	/** The responsible head extends the time limit once (+3 working days). */
	void extend(String head, Instant now) {
		requireStatus(EnumSet.of(Status.SUBMITTED, Status.IN_REVIEW), "只有审核中的申请可以延长审核期限");
		if (this.extensions > 0) {
			throw new RuleViolation("REVIEW_ALREADY_EXTENDED", "审核期限已延长过一次，不能再次延长", HttpStatus.CONFLICT);
		}
		this.extensions = 1;
		this.extendedBy = head;
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.Extended(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				head));
	}

	/**
	 * A reviewer declares a conflict of interest; if they held the request, it is free
	 * again.
	 */
	void recuse(String username, String name, String reason, Instant now) {
		requireStatus(EnumSet.of(Status.SUBMITTED, Status.IN_REVIEW), "已审结的申请无需回避");
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new RuleViolation("REVIEW_RECUSAL_REASON", "请写明回避理由（不超过500字）");
		}
		if (recused(username)) {
			throw new RuleViolation("REVIEW_ALREADY_RECUSED", "您已对本申请声明回避", HttpStatus.CONFLICT);
		}
		this.recusals.add(new Recusal(username, name, why, now));
		if (username.equals(this.reviewer)) {
			this.reviewer = null;
			this.reviewerName = null;
			this.status = Status.SUBMITTED;
		}
		this.updatedAt = now;
		registerEvent((saved) -> new ReviewEvent.Recused(saved.id, saved.agencyId, saved.subjectKind, saved.subjectId,
				username));
	}

	boolean recused(String username) {
		return this.recusals.stream().anyMatch((recusal) -> recusal.reviewer().equals(username));
	}

	private boolean handledTheCase(Reviewer who) {
		if (this.rounds.stream().anyMatch((round) -> round.submittedBy().equals(who.username()))) {
			return true;
		}
		return current().snapshot()
			.procedure()
			.stream()
			.flatMap((step) -> step.officers().stream())
			.anyMatch((officer) -> !officer.certificate().isEmpty()
					&& who.certificates().contains(officer.certificate()));
	}

	private void requireReviewer(String username) {
		requireStatus(EnumSet.of(Status.IN_REVIEW), "该申请不在审核中");
		if (!username.equals(this.reviewer)) {
			throw refused("REVIEW_NOT_YOURS", "只有承担本申请的审核人员可以作出审核意见");
		}
	}

	private static void requireAllPoints(List<Finding> findings) {
		Set<ReviewPoint> covered = EnumSet.noneOf(ReviewPoint.class);
		for (Finding finding : (findings == null) ? List.<Finding>of() : findings) {
			if (!covered.add(finding.point())) {
				throw new RuleViolation("REVIEW_FINDINGS_INCOMPLETE", "审核要点“" + finding.point().chineseName() + "”重复");
			}
		}
		List<String> missing = EnumSet.allOf(ReviewPoint.class)
			.stream()
			.filter((point) -> !covered.contains(point))
			.map(ReviewPoint::chineseName)
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation("REVIEW_FINDINGS_INCOMPLETE", "请对全部九项审核要点作出判断，尚缺：" + String.join("、", missing));
		}
	}

	private static void requireComplete(List<String> missing) {
		if (!missing.isEmpty()) {
			throw new RuleViolation("REVIEW_MATERIALS_MISSING", "材料不全，不能提交法制审核。尚缺：" + String.join("；", missing));
		}
	}

	private void requireStatus(Set<Status> allowed, String message) {
		if (!allowed.contains(this.status)) {
			throw new RuleViolation("REVIEW_STATUS", message + "（当前状态：" + this.status.chineseName() + "）",
					HttpStatus.CONFLICT);
		}
	}

	private static RuleViolation refused(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.FORBIDDEN);
	}

	/** The round being reviewed or last decided. */
	public ReviewRound current() {
		return this.rounds.get(this.rounds.size() - 1);
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String subjectKind() {
		return this.subjectKind;
	}

	public String subjectId() {
		return this.subjectId;
	}

	public String title() {
		return this.title;
	}

	public Status status() {
		return this.status;
	}

	public boolean reviewRequired() {
		return this.reviewRequired;
	}

	public boolean discussionRequired() {
		return this.discussionRequired;
	}

	public String reviewer() {
		return this.reviewer;
	}

	public String reviewerName() {
		return this.reviewerName;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public String submittedByName() {
		return this.submittedByName;
	}

	/** The unit that submitted the request (送审机构). */
	public String submittingUnit() {
		return this.submittingUnit;
	}

	public int extensions() {
		return this.extensions;
	}

	public String extendedBy() {
		return this.extendedBy;
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

	public List<ReviewRound> rounds() {
		return List.copyOf(this.rounds);
	}

	public Set<Recusal> recusals() {
		return Set.copyOf(this.recusals);
	}

}
