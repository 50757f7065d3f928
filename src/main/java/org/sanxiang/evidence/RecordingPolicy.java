package org.sanxiang.evidence;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bureau's recording policy ({@code sanxiang.evidence.recording.*}), with the
 * notice's defaults: continuous video for 查封扣押, 限产停产, 停业关闭, 强制拆除 and acts in the 执法办案场所;
 * recommended for on-site inspection, investigation, hearings, 留置送达 and 公告送达. A gap
 * between two recordings up to {@code maxGap} (a body camera's file split) still counts
 * as continuous; anything longer is a gap the case gates refuse.
 *
 * @param continuous the acts that must be filmed without a gap
 * @param recommended the acts where video is recommended
 * @param maxGap the longest pause between two recordings that still counts as continuous
 */
@ConfigurationProperties("sanxiang.evidence.recording")
public record RecordingPolicy(@DefaultValue( {
		"SEIZURE", "PRODUCTION_RESTRICTION", "CLOSURE", "DEMOLITION",
		"CASE_HANDLING_PREMISES" }) Set<RecordedAct> continuous,
		@DefaultValue({ "SITE_INSPECTION", "INVESTIGATION", "HEARING", "SERVICE_BY_LEAVING",
				"SERVICE_BY_NOTICE" }) Set<RecordedAct> recommended,
		@DefaultValue("5s") Duration maxGap){

	/** The longest pause accepted: an hour (anything longer is not "continuous"). */
	static final Duration LONGEST_GAP = Duration.ofHours(1);

	public RecordingPolicy {
		continuous = (continuous == null || continuous.isEmpty()) ? EnumSet.noneOf(RecordedAct.class)
				: EnumSet.copyOf(continuous);
		recommended = (recommended == null || recommended.isEmpty()) ? EnumSet.noneOf(RecordedAct.class)
				: EnumSet.copyOf(recommended);
		recommended.removeAll(continuous);
		if (maxGap == null || maxGap.isNegative() || maxGap.compareTo(LONGEST_GAP) > 0) {
			throw new IllegalArgumentException(
					"sanxiang.evidence.recording.max-gap must be between 0 and 1 hour, was " + maxGap);
		}
	}

	public RecordingRequirement requirementFor(RecordedAct act) {
		if (this.continuous.contains(act)) {
			return RecordingRequirement.CONTINUOUS_VIDEO;
		}
		return this.recommended.contains(act) ? RecordingRequirement.RECOMMENDED : RecordingRequirement.TEXT;
	}

}
