package org.sanxiang.review;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The handling unit's disagreement (异议) with the return of one round, and what followed:
 * the coordination record, and — where it did not resolve it — the agency head's decision
 * or referral to collective discussion. Written once at each step; the history of a
 * request keeps every one.
 */
@Table("review_dispute")
public class ReviewDispute {

	/** What the agency head decided on an unresolved disagreement. */
	public enum HeadDecision {

		ADOPT_REVIEW("采纳法制审核意见，承办机构按审核建议整改"), ADOPT_UNIT("采纳承办机构意见，可以按送审内容作出决定"), REFER("提请机关负责人集体讨论");

		private final String chineseName;

		HeadDecision(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	private final int roundIndex;

	private final String raisedBy;

	private final String raisedByName;

	private final String reasons;

	private final Instant raisedAt;

	private String coordination;

	private Coordination.Result coordinationResult;

	private String coordinatedBy;

	private Instant coordinatedAt;

	private HeadDecision headDecision;

	private String headReasons;

	private String head;

	private String headName;

	private Instant decidedAt;

	@PersistenceCreator
	ReviewDispute(int roundIndex, String raisedBy, String raisedByName, String reasons, Instant raisedAt,
			String coordination, Coordination.Result coordinationResult, String coordinatedBy, Instant coordinatedAt,
			HeadDecision headDecision, String headReasons, String head, String headName, Instant decidedAt) {
		this.roundIndex = roundIndex;
		this.raisedBy = raisedBy;
		this.raisedByName = raisedByName;
		this.reasons = reasons;
		this.raisedAt = raisedAt;
		this.coordination = coordination;
		this.coordinationResult = coordinationResult;
		this.coordinatedBy = coordinatedBy;
		this.coordinatedAt = coordinatedAt;
		this.headDecision = headDecision;
		this.headReasons = headReasons;
		this.head = head;
		this.headName = headName;
		this.decidedAt = decidedAt;
	}

	static ReviewDispute raised(int roundIndex, String by, String byName, String reasons, Instant at) {
		return new ReviewDispute(roundIndex, by, byName, reasons, at, null, null, null, null, null, null, null, null,
				null);
	}

	void coordinate(Coordination record, String by, Instant at) {
		this.coordination = ReviewRound.JSON.writeValueAsString(record);
		this.coordinationResult = record.result();
		this.coordinatedBy = by;
		this.coordinatedAt = at;
	}

	void decide(HeadDecision decision, String reasons, String by, String byName, Instant at) {
		this.headDecision = decision;
		this.headReasons = reasons;
		this.head = by;
		this.headName = byName;
		this.decidedAt = at;
	}

	/** The round (0-based) whose return is disputed. */
	public int roundIndex() {
		return this.roundIndex;
	}

	public String raisedBy() {
		return this.raisedBy;
	}

	public String raisedByName() {
		return this.raisedByName;
	}

	public String reasons() {
		return this.reasons;
	}

	public Instant raisedAt() {
		return this.raisedAt;
	}

	/** The coordination record, once recorded. */
	public Coordination coordination() {
		return (this.coordination == null) ? null : ReviewRound.JSON.readValue(this.coordination, Coordination.class);
	}

	public Coordination.Result coordinationResult() {
		return this.coordinationResult;
	}

	public String coordinatedBy() {
		return this.coordinatedBy;
	}

	public Instant coordinatedAt() {
		return this.coordinatedAt;
	}

	public HeadDecision headDecision() {
		return this.headDecision;
	}

	public String headReasons() {
		return this.headReasons;
	}

	public String head() {
		return this.head;
	}

	public String headName() {
		return this.headName;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

}
