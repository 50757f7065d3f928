package org.sanxiang.review;

import java.util.Map;
import java.util.NavigableMap;

/**
 * Median, mean and 90th percentile of whole working days, from a histogram (days → number
 * of rounds) rather than a list of every round.
 */
final class WorkingDayStatistics {

	private WorkingDayStatistics() {
	}

	static ReviewStatistics.TimeInReview of(NavigableMap<Integer, Long> histogram) {
		long total = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return new ReviewStatistics.TimeInReview(0, 0, 0, 0, 0);
		}
		long sum = histogram.entrySet().stream().mapToLong((e) -> (long) e.getKey() * e.getValue()).sum();
		double mean = Math.round(sum * 10.0 / total) / 10.0;
		double median = (total % 2 == 1) ? rank(histogram, (total + 1) / 2)
				: (rank(histogram, total / 2) + rank(histogram, total / 2 + 1)) / 2.0;
		int p90 = rank(histogram, (total * 9 + 9) / 10);
		return new ReviewStatistics.TimeInReview(total, median, mean, p90, histogram.lastKey());
	}

	/** The value of the {@code k}-th smallest round (1-based). */
	private static int rank(NavigableMap<Integer, Long> histogram, long k) {
		long seen = 0;
		for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
			seen += entry.getValue();
			if (seen >= k) {
				return entry.getKey();
			}
		}
		return histogram.lastKey();
	}

}
