package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanxiang.calendar.Deadline;

/**
 * A review request as its API shows it: where it stands, its time limit, and every round
 * with its snapshot (as a person reads it), classification, automatic pre-review, answers
 * and decision; and what changed in the last round.
 */
record ReviewView(long id, long agencyId, String subjectKind, String subjectId, String title, String status,
		String statusName, boolean reviewRequired, boolean discussionRequired, String reviewerName,
		String submittedByName, LocalDate due, String deadlineStatus, int workingDaysLeft, int extensions, int recusals,
		List<RoundView> rounds, List<ProposedDecision.Change> changes, int version, List<DisputeView> disputes,
		Integer discussionRound, Boolean discussionAgreed, Discussion discussion, Long discussionDocumentId) {

	static ReviewView of(ReviewRequest request, Deadline deadline) {
		List<RoundView> rounds = new ArrayList<>();
		List<ReviewRound> all = request.rounds();
		for (int i = 0; i < all.size(); i++) {
			rounds.add(RoundView.of(i + 1, all.get(i)));
		}
		List<ProposedDecision.Change> changes = (all.size() < 2) ? List.of()
				: all.get(all.size() - 1).snapshot().changesSince(all.get(all.size() - 2).snapshot());
		return new ReviewView(request.id(), request.agencyId(), request.subjectKind(), request.subjectId(),
				request.title(), request.status().name(), request.status().chineseName(), request.reviewRequired(),
				request.discussionRequired(), request.reviewerName(), request.submittedByName(), deadline.due(),
				deadline.status().name(), deadline.workingDaysLeft(), request.extensions(), request.recusals().size(),
				rounds, changes, request.version(), request.disputes().stream().map(DisputeView::of).toList(),
				(request.discussionRound() == null) ? null : request.discussionRound() + 1,
				request.discussion().map(Discussion::agreed).orElse(null), request.discussion().orElse(null),
				request.discussionDocumentId());
	}

	/**
	 * The handling unit's disagreement with the return of a round, the coordination and
	 * the head's decision.
	 */
	record DisputeView(int round, String raisedByName, String reasons, Instant raisedAt, Coordination coordination,
			String coordinationResult, Instant coordinatedAt, String headDecision, String headReasons, String headName,
			Instant decidedAt) {

		static DisputeView of(ReviewDispute dispute) {
			return new DisputeView(dispute.roundIndex() + 1, dispute.raisedByName(), dispute.reasons(),
					dispute.raisedAt(), dispute.coordination(),
					(dispute.coordinationResult() == null) ? null : dispute.coordinationResult().name(),
					dispute.coordinatedAt(), (dispute.headDecision() == null) ? null : dispute.headDecision().name(),
					dispute.headReasons(), dispute.headName(), dispute.decidedAt());
		}

	}

	/** One round. */
	record RoundView(int number, String digest, Map<String, String> snapshot, Classification classification,
			List<String> answers, List<PreReviewFinding> preReview, String submittedByName, Instant submittedAt,
			String outcome, List<Finding> findings, List<Problem> problems, String reviewerName, Instant decidedAt,
			Long opinionDocumentId, String opinionNumber, String settledBy) {

		static RoundView of(int number, ReviewRound round) {
			return new RoundView(number, round.digest(), round.snapshot().displayLines(), round.classification(),
					round.answers(), round.preReview(), round.submittedByName(), round.submittedAt(),
					(round.outcome() == null) ? null : round.outcome().name(), round.findings(), round.problems(),
					round.reviewerName(), round.decidedAt(), round.opinionDocumentId(), round.opinionNumber(),
					(round.settledBy() == null) ? null : round.settledBy().name());
		}

	}

}
