package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One round of a review: a frozen snapshot as submitted (with the answers to the previous
 * round's problems) and, once decided, the reviewer's findings on the nine points and the
 * problems that return it. A round is written once and decided once; the history of a
 * request is its rounds.
 */
@Table("review_round")
public class ReviewRound {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<PreReviewFinding>> PRE_REVIEW = new TypeReference<>() {
	};

	/** The decision on a round. */
	public enum Outcome {

		PASSED("通过"), RETURNED("退回");

		private final String chineseName;

		Outcome(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	/** Who adopted the handling unit's view on a returned round. */
	public enum Settlement {

		HEAD("机关负责人决定"), DISCUSSION("机关负责人集体讨论");

		private final String chineseName;

		Settlement(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	private final String digest;

	private final String snapshot;

	private final String classification;

	private final String answers;

	private final String preReview;

	private final String submittedBy;

	private final String submittedByName;

	private final Instant submittedAt;

	private final LocalDate submittedOn;

	private Outcome outcome;

	private String findings;

	private String problems;

	private String reviewer;

	private String reviewerName;

	private Instant decidedAt;

	private LocalDate decidedOn;

	private Long opinionDocumentId;

	private String opinionNumber;

	private Settlement settledBy;

	@PersistenceCreator
	ReviewRound(String digest, String snapshot, String classification, String answers, String preReview,
			String submittedBy, String submittedByName, Instant submittedAt, LocalDate submittedOn, Outcome outcome,
			String findings, String problems, String reviewer, String reviewerName, Instant decidedAt,
			LocalDate decidedOn, Long opinionDocumentId, String opinionNumber, Settlement settledBy) {
		this.digest = digest;
		this.snapshot = snapshot;
		this.classification = classification;
		this.answers = answers;
		this.preReview = preReview;
		this.submittedBy = submittedBy;
		this.submittedByName = submittedByName;
		this.submittedAt = submittedAt;
		this.submittedOn = submittedOn;
		this.outcome = outcome;
		this.findings = findings;
		this.problems = problems;
		this.reviewer = reviewer;
		this.reviewerName = reviewerName;
		this.decidedAt = decidedAt;
		this.decidedOn = decidedOn;
		this.opinionDocumentId = opinionDocumentId;
		this.opinionNumber = opinionNumber;
		this.settledBy = settledBy;
	}

	static ReviewRound submitted(ProposedDecision decision, Classification classification,
			List<PreReviewFinding> preReview, List<String> answers, String by, String byName, Instant at,
			LocalDate on) {
		return new ReviewRound(decision.digest(), JSON.writeValueAsString(decision),
				JSON.writeValueAsString(classification), answers.isEmpty() ? null : JSON.writeValueAsString(answers),
				JSON.writeValueAsString(preReview), by, byName, at, on, null, null, null, null, null, null, null, null,
				null, null);
	}

	/**
	 * The same snapshot reviewed again after the reviewer withdrew the objection in the
	 * coordination: a new round, so that the pass is a new act with its own opinion. The
	 * automatic pre-review of the snapshot is the same and stays with it.
	 */
	static ReviewRound reopened(ReviewRound returned, Instant at, LocalDate on) {
		return new ReviewRound(returned.digest, returned.snapshot, returned.classification, null, returned.preReview,
				returned.submittedBy, returned.submittedByName, at, on, null, null, null, null, null, null, null, null,
				null, null);
	}

	void decide(Outcome outcome, List<Finding> findings, List<Problem> problems, String reviewer, String reviewerName,
			Instant at, LocalDate on) {
		this.outcome = outcome;
		this.findings = JSON.writeValueAsString(findings);
		this.problems = JSON.writeValueAsString(problems);
		this.reviewer = reviewer;
		this.reviewerName = reviewerName;
		this.decidedAt = at;
		this.decidedOn = on;
	}

	/**
	 * The returned content of this round may be decided nonetheless: the agency head or a
	 * collective discussion adopted the handling unit's view.
	 */
	void settle(Settlement by) {
		this.settledBy = by;
	}

	public Settlement settledBy() {
		return this.settledBy;
	}

	/** Records the 法制审核意见书 issued for this round's decision. */
	void recordOpinion(long documentId, String number) {
		this.opinionDocumentId = documentId;
		this.opinionNumber = number;
	}

	public Long opinionDocumentId() {
		return this.opinionDocumentId;
	}

	public String opinionNumber() {
		return this.opinionNumber;
	}

	public String digest() {
		return this.digest;
	}

	public ProposedDecision snapshot() {
		return JSON.readValue(this.snapshot, ProposedDecision.class);
	}

	public Classification classification() {
		return JSON.readValue(this.classification, Classification.class);
	}

	/**
	 * The answers to the previous round's problems, in their order (empty in round 1).
	 */
	public List<String> answers() {
		return (this.answers == null) ? List.of() : JSON.readValue(this.answers, ANSWERS);
	}

	/**
	 * The automatic pre-review of this round's snapshot, computed on submission (empty
	 * for rounds submitted before it existed).
	 */
	public List<PreReviewFinding> preReview() {
		return (this.preReview == null) ? List.of() : JSON.readValue(this.preReview, PRE_REVIEW);
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public String submittedByName() {
		return this.submittedByName;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public LocalDate submittedOn() {
		return this.submittedOn;
	}

	public Outcome outcome() {
		return this.outcome;
	}

	public boolean decided() {
		return this.outcome != null;
	}

	public List<Finding> findings() {
		return (this.findings == null) ? List.of() : JSON.readValue(this.findings, FINDINGS);
	}

	public List<Problem> problems() {
		return (this.problems == null) ? List.of() : JSON.readValue(this.problems, PROBLEMS);
	}

	public String reviewer() {
		return this.reviewer;
	}

	public String reviewerName() {
		return this.reviewerName;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

}
