package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of legal review for the head of the review unit over a date range (the days
 * on which rounds were decided), in the viewer's data scope: how long a round takes in
 * working days, how many are returned and why, by handling unit and by reviewer, what is
 * open and overdue today, and whether each agency has enough reviewers.
 *
 * @param from the first day of the range
 * @param to the last day of the range
 * @param time the time in review of the rounds decided in the range
 * @param decided rounds decided in the range
 * @param passed of them passed
 * @param returned of them returned
 * @param returnedPercent returned among decided, per cent with one decimal
 * @param problems why rounds were returned, one line per problem type
 * @param units the figures per handling unit (送审机构)
 * @param reviewers the load per reviewer
 * @param open what is open today
 * @param ratios the share of legal reviewers among officers per agency
 */
public record ReviewStatistics(LocalDate from, LocalDate to, TimeInReview time, long decided, long passed,
		long returned, double returnedPercent, List<ProblemCount> problems, List<UnitFigures> units,
		List<ReviewerLoad> reviewers, OpenRequests open, List<ReviewerRatio> ratios) {

	/** Per cent with one decimal; 0 of nothing is 0. */
	static double percent(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

	/**
	 * Working days from submission to the opinion (the day of submission not counted, as
	 * the time limit counts them): the median (the mean of the two middle rounds when
	 * their number is even), the mean (one decimal) and the 90th percentile (the nearest
	 * rank: the smallest time within which at least 90 % of the rounds were decided).
	 */
	public record TimeInReview(long rounds, double median, double mean, int p90, int longest) {
	}

	/**
	 * One of the seven problem types: in how many returned rounds it was raised, how many
	 * times, and its share of the returned rounds.
	 */
	public record ProblemCount(ProblemType type, String name, long rounds, long problems, double percentOfReturned) {
	}

	/** A handling unit of an agency: rounds decided, returned, and problems by type. */
	public record UnitFigures(long agencyId, String agencyName, String unit, long decided, long returned,
			double returnedPercent, Map<ProblemType, Long> problems) {

		public long problemsOf(ProblemType type) {
			return this.problems.getOrDefault(type, 0L);
		}

	}

	/**
	 * A reviewer: requests held now, rounds decided in the range and how many of those
	 * were returned.
	 */
	public record ReviewerLoad(String username, String name, long held, long decided, long returned,
			double returnedPercent) {
	}

	/** Requests open today: waiting for a reviewer, in review, near or past the limit. */
	public record OpenRequests(long waiting, long inReview, long dueSoon, long overdue) {
	}

	/**
	 * An agency's legal reviewers among its officers (国办发〔2018〕118号: not fewer than 5 %).
	 */
	public record ReviewerRatio(long agencyId, String agencyName, long reviewers, long officers, double percent,
			boolean belowMinimum) {
	}

}
