package org.sanxiang.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The question the case gates ask the evidence module (执法全过程记录): what does the policy
 * require of this act, and is the act of this owner between two instants covered by video
 * without a gap longer than the policy allows? Only 视听资料 items whose content is video
 * count; the recordings are read for the act's window only.
 */
@Service
public class RecordingCoverage {

	/** The longest act asked about: a week (a 查封扣押 lasts hours, a hearing a day). */
	static final java.time.Duration LONGEST_ACT = java.time.Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final RecordingPolicy policy;

	RecordingCoverage(JdbcClient jdbc, RecordingPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	public RecordingRequirement requirementFor(RecordedAct act) {
		return this.policy.requirementFor(act);
	}

	public VideoCoverage.Result coverage(EvidenceOwner owner, Instant from, Instant to) {
		if (from == null || to == null || !to.isAfter(from)
				|| java.time.Duration.between(from, to).compareTo(LONGEST_ACT) > 0) {
			throw new RuleViolation("INVALID_ACT_PERIOD", "执法活动的起止时间有误（结束须晚于开始，且不超过7日）", HttpStatus.BAD_REQUEST);
		}
		List<VideoCoverage.Interval> recordings = this.jdbc.sql("""
				select capture_start, capture_end from evidence_item
				where owner_kind = :kind and owner_id = :id and kind = 'AUDIO_VISUAL' and media_type like 'video/%'
				and capture_end > :from and capture_start < :to""")
			.param("kind", owner.kind())
			.param("id", owner.id())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new VideoCoverage.Interval(rs.getTimestamp(1).toInstant(),
					rs.getTimestamp(2).toInstant()))
			.list();
		return VideoCoverage.check(recordings, from, to, this.policy.maxGap());
	}

}
