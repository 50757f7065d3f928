package org.sanxiang.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Is the act between t1 and t2 covered by video without a gap longer than N seconds?" —
 * cases on either side of the allowed gap, overlapping cameras, and a property that the
 * answer agrees with a second-by-second count.
 */
class VideoCoverageTests {

	static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	static VideoCoverage.Interval at(int fromSecond, int toSecond) {
		return new VideoCoverage.Interval(T0.plusSeconds(fromSecond), T0.plusSeconds(toSecond));
	}

	@Test
	void aSplitOfFiveSecondsIsContinuousSixIsAGap() {
		Duration five = Duration.ofSeconds(5);
		assertThat(VideoCoverage.check(List.of(at(0, 600), at(605, 1200)), T0, T0.plusSeconds(1200), five).covered())
			.isTrue();
		VideoCoverage.Result gap = VideoCoverage.check(List.of(at(0, 600), at(606, 1200)), T0, T0.plusSeconds(1200),
				five);
		assertThat(gap.covered()).isFalse();
		assertThat(gap.gaps()).containsExactly(at(600, 606));
	}

	@Test
	void overlappingCamerasInAnyOrderCoverTogether() {
		List<VideoCoverage.Interval> cameras = List.of(at(500, 1200), at(0, 700), at(1150, 1800));
		assertThat(VideoCoverage.check(cameras, T0, T0.plusSeconds(1800), Duration.ZERO).covered()).isTrue();
	}

	@Test
	void aLateStartAndAnEarlyEndAreGapsToo() {
		VideoCoverage.Result result = VideoCoverage.check(List.of(at(60, 500)), T0, T0.plusSeconds(600),
				Duration.ofSeconds(5));
		assertThat(result.gaps()).containsExactly(at(0, 60), at(500, 600));
		assertThat(VideoCoverage.check(List.of(), T0, T0.plusSeconds(600), Duration.ofSeconds(5)).gaps())
			.containsExactly(at(0, 600));
	}

	@Test
	void anActMustEndAfterItStartsAndARecordingAfterItBegins() {
		assertThatThrownBy(() -> VideoCoverage.check(List.of(), T0, T0, Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> at(10, 5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void thePolicyDefaultsFollowTheNotice() {
		RecordingPolicy policy = new RecordingPolicy(
				Set.of(RecordedAct.SEIZURE, RecordedAct.PRODUCTION_RESTRICTION, RecordedAct.CLOSURE,
						RecordedAct.DEMOLITION, RecordedAct.CASE_HANDLING_PREMISES),
				Set.of(RecordedAct.SITE_INSPECTION, RecordedAct.HEARING, RecordedAct.SEIZURE), Duration.ofSeconds(5));
		assertThat(policy.requirementFor(RecordedAct.SEIZURE)).isEqualTo(RecordingRequirement.CONTINUOUS_VIDEO);
		assertThat(policy.requirementFor(RecordedAct.HEARING)).isEqualTo(RecordingRequirement.RECOMMENDED);
		assertThat(policy.requirementFor(RecordedAct.SERVICE_BY_NOTICE)).isEqualTo(RecordingRequirement.TEXT);
		assertThatThrownBy(() -> new RecordingPolicy(Set.of(), Set.of(), Duration.ofHours(2)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Property(tries = 500)
	void theAnswerAgreesWithASecondBySecondCount(@ForAll @Size(max = 6) List<@IntRange(max = 300) Integer> starts,
			@ForAll @Size(max = 6) List<@IntRange(min = 1, max = 120) Integer> lengths,
			@ForAll @IntRange(max = 10) int maxGap) {
		List<VideoCoverage.Interval> recordings = new ArrayList<>();
		for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
			recordings.add(at(starts.get(i), starts.get(i) + lengths.get(i)));
		}
		int end = 360;
		boolean[] covered = new boolean[end];
		for (VideoCoverage.Interval r : recordings) {
			for (int s = (int) (r.start().getEpochSecond() - T0.getEpochSecond()); s < r.end().getEpochSecond()
					- T0.getEpochSecond() && s < end; s++) {
				covered[s] = true;
			}
		}
		int longest = 0;
		int run = 0;
		for (boolean c : covered) {
			run = c ? 0 : run + 1;
			longest = Math.max(longest, run);
		}
		VideoCoverage.Result result = VideoCoverage.check(recordings, T0, T0.plusSeconds(end),
				Duration.ofSeconds(maxGap));
		assertThat(result.covered()).isEqualTo(longest <= maxGap);
		result.gaps().forEach((g) -> assertThat(g.length()).isGreaterThan(Duration.ofSeconds(maxGap)));
	}

}
