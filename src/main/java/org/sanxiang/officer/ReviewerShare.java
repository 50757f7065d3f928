package org.sanxiang.officer;

/**
 * The share of legal reviewers (法制审核人员) among an agency's enforcement officers:
 * 国办发〔2018〕118号 asks that reviewers be, in principle, not fewer than 5 % of the agency's
 * enforcement officers. Reviewers are those whose qualification on record entitles them
 * to review; officers are those holding a valid 执法证 today.
 */
public record ReviewerShare(long agencyId, long reviewers, long officers) {

	/** The minimum share, in per cent (国办发〔2018〕118号). */
	public static final int MINIMUM_PERCENT = 5;

	/** The share in per cent, one decimal; 0 when the agency has no officers. */
	public double percent() {
		return (this.officers == 0) ? 0 : Math.round(this.reviewers * 1000.0 / this.officers) / 10.0;
	}

	/** Below 5 %, in exact integer arithmetic (no rounding lifts 4.96 % to 5 %). */
	public boolean belowMinimum() {
		return this.officers > 0 && this.reviewers * 100 < MINIMUM_PERCENT * this.officers;
	}

}
