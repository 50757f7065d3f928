package org.sanxiang.review;

import org.sanxiang.core.AuditableEvent;

/**
 * What happened to a review request, for the audit trail and for the modules that react
 * (the deciding module listens for {@link Passed} and {@link Returned}).
 */
public sealed interface ReviewEvent extends AuditableEvent {

	long requestId();

	long agencyId();

	String subjectKind();

	String subjectId();

	@Override
	default String objectType() {
		return "ReviewRequest";
	}

	@Override
	default String objectId() {
		return Long.toString(requestId());
	}

	@Override
	default String objectLabel() {
		return subjectKind() + "/" + subjectId();
	}

	/** A round was submitted (the first, or a resubmission after a return). */
	record Submitted(long requestId, long agencyId, String subjectKind, String subjectId, int round,
			String digest) implements ReviewEvent {

		@Override
		public String action() {
			return (this.round == 1) ? "REVIEW_SUBMITTED" : "REVIEW_RESUBMITTED";
		}

		@Override
		public String detail() {
			return "第" + this.round + "轮，摘要 " + this.digest;
		}

	}

	/** A qualified reviewer took the request. */
	record Taken(long requestId, long agencyId, String subjectKind, String subjectId,
			String reviewer) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_TAKEN";
		}

		@Override
		public String detail() {
			return "审核人 " + this.reviewer;
		}

	}

	/** The review of exactly the snapshot with this digest passed. */
	record Passed(long requestId, long agencyId, String subjectKind, String subjectId, int round,
			String digest) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_PASSED";
		}

		@Override
		public String detail() {
			return "第" + this.round + "轮审核通过，摘要 " + this.digest;
		}

	}

	/** The request was returned with problems to fix. */
	record Returned(long requestId, long agencyId, String subjectKind, String subjectId, int round,
			int problems) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_RETURNED";
		}

		@Override
		public String detail() {
			return "第" + this.round + "轮退回，问题 " + this.problems + " 项";
		}

	}

	/** The time limit was extended by the responsible head (+3 working days). */
	record Extended(long requestId, long agencyId, String subjectKind, String subjectId,
			String head) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_EXTENDED";
		}

		@Override
		public String detail() {
			return "批准延长 " + this.head;
		}

	}

	/** The agency heads discussed a passed request collectively. */
	record Discussed(long requestId, long agencyId, String subjectKind, String subjectId, boolean agreed,
			String head) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_DISCUSSED";
		}

		@Override
		public String detail() {
			return (this.agreed ? "集体讨论同意" : "集体讨论不同意") + "，记录人 " + this.head;
		}

	}

	/** A reviewer declared a conflict of interest. */
	record Recused(long requestId, long agencyId, String subjectKind, String subjectId,
			String reviewer) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEWER_RECUSED";
		}

		@Override
		public String detail() {
			return "回避 " + this.reviewer;
		}

	}

	/** The handling unit disagreed with the return of a round. */
	record Disputed(long requestId, long agencyId, String subjectKind, String subjectId, int round,
			String raisedBy) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_DISPUTED";
		}

		@Override
		public String detail() {
			return "对第" + this.round + "轮审核意见提出异议，提出人 " + this.raisedBy;
		}

	}

	/** The coordination after a disagreement was recorded. */
	record Coordinated(long requestId, long agencyId, String subjectKind, String subjectId, Coordination.Result result,
			String recordedBy) implements ReviewEvent {

		@Override
		public String action() {
			return "REVIEW_COORDINATED";
		}

		@Override
		public String detail() {
			return "协调结果：" + this.result.chineseName() + "，记录人 " + this.recordedBy;
		}

	}

	/**
	 * The agency head decided an unresolved disagreement or referred it to collective
	 * discussion.
	 */
	record HeadDecided(long requestId, long agencyId, String subjectKind, String subjectId,
			ReviewDispute.HeadDecision decision, String head) implements ReviewEvent {

		@Override
		public String action() {
			return (this.decision == ReviewDispute.HeadDecision.REFER) ? "REVIEW_REFERRED" : "REVIEW_HEAD_DECIDED";
		}

		@Override
		public String detail() {
			return "机关负责人 " + this.head + "：" + this.decision.chineseName();
		}

	}

}
