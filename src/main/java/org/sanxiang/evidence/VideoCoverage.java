package org.sanxiang.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether an act from {@code from} to {@code to} is covered by recordings without a gap
 * longer than {@code maxGap} — the question a case gate asks before it lets a 查封扣押 or a
 * 停产整治 be recorded as done. Recordings may overlap (two officers' cameras) and come in
 * any order; the answer lists every uncovered stretch longer than the allowed gap,
 * including at the start and at the end of the act, so a refusal can say exactly what is
 * missing.
 */
public final class VideoCoverage {

	private VideoCoverage() {
	}

	/** A recording's capture period. */
	public record Interval(Instant start, Instant end) {

		public Interval {
			if (start == null || end == null || end.isBefore(start)) {
				throw new IllegalArgumentException("a recording ends after it starts");
			}
		}

		public Duration length() {
			return Duration.between(this.start, this.end);
		}

	}

	/** The answer: covered when there is no gap longer than the allowed one. */
	public record Result(boolean covered, List<Interval> gaps) {

		public Result {
			gaps = List.copyOf(gaps);
		}

	}

	public static Result check(List<Interval> recordings, Instant from, Instant to, Duration maxGap) {
		if (from == null || to == null || !to.isAfter(from)) {
			throw new IllegalArgumentException("the act ends after it starts");
		}
		List<Interval> sorted = new ArrayList<>(recordings.stream()
			.filter((r) -> r.end().isAfter(from) && r.start().isBefore(to))
			.sorted(Comparator.comparing(Interval::start))
			.toList());
		List<Interval> gaps = new ArrayList<>();
		Instant coveredUntil = from;
		for (Interval r : sorted) {
			if (r.start().isAfter(coveredUntil)) {
				gap(coveredUntil, r.start(), maxGap, gaps);
			}
			if (r.end().isAfter(coveredUntil)) {
				coveredUntil = r.end();
			}
			if (!coveredUntil.isBefore(to)) {
				break;
			}
		}
		if (coveredUntil.isBefore(to)) {
			gap(coveredUntil, to, maxGap, gaps);
		}
		return new Result(gaps.isEmpty(), gaps);
	}

	private static void gap(Instant start, Instant end, Duration maxGap, List<Interval> gaps) {
		Interval gap = new Interval(start, end);
		if (gap.length().compareTo(maxGap) > 0) {
			gaps.add(gap);
		}
	}

}
