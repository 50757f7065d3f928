package org.sanxiang.casefile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.evidence.EvidenceKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 执法全过程记录: the acts that must be recorded on video name at least one video of the case
 * ({@link Gate#MANDATORY_VIDEO}), and the video an act names by id (留置送达, 查封扣押) is a
 * video item of the same case. A video is a 视听资料 item whose content is video, as the
 * evidence module's {@code RecordingCoverage} counts it.
 * <p>
 * Which case acts need a video is the agency's 音像记录清单
 * ({@code sanxiang.cases.video-required}, a comma-separated list of {@link CaseAct}
 * names): the rules require it "where dispute-prone" (现场执法, 调查取证, 听证), which each agency
 * decides, so the default list is empty; 留置送达 and 查封扣押 always need their video.
 */
@Component
class MandatoryVideo {

	private final EvidenceItems evidence;

	private final Set<CaseAct> required;

	MandatoryVideo(EvidenceItems evidence, @Value("${sanxiang.cases.video-required:}") String required) {
		this.evidence = evidence;
		this.required = parse(required);
	}

	static Set<CaseAct> parse(String list) {
		Set<CaseAct> acts = EnumSet.noneOf(CaseAct.class);
		if (list == null || list.isBlank()) {
			return acts;
		}
		for (String name : list.split(",")) {
			String act = name.strip();
			if (act.isEmpty()) {
				continue;
			}
			try {
				acts.add(CaseAct.valueOf(act));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("sanxiang.cases.video-required: unknown act " + act + " (one of "
						+ Arrays.toString(CaseAct.values()) + ")", ex);
			}
		}
		return acts;
	}

	/** The acts the agency's 音像记录清单 requires a video for. */
	Set<CaseAct> required() {
		return Set.copyOf(this.required);
	}

	/**
	 * Refuses an act on the list that names no video of the case among its evidence
	 * ({@code CASE_GATE_MANDATORY_VIDEO}).
	 */
	void requireFor(CaseAct act, PenaltyCase kase, List<Long> evidence) {
		if (!this.required.contains(act)) {
			return;
		}
		for (Long id : (evidence == null) ? List.<Long>of() : evidence) {
			if (id != null && isVideoOf(kase, id)) {
				return;
			}
		}
		throw new RuleViolation("CASE_GATE_" + Gate.MANDATORY_VIDEO.name(), act.chineseName()
				+ "应当进行音像记录，请附本案的录像证据（视听资料）；照片或其他证据不能代替" + "（" + Gate.MANDATORY_VIDEO.article() + "）");
	}

	/**
	 * Refuses a video id that is not a video item of this case
	 * ({@code CASE_VIDEO_INVALID}): {@code what} names the act (留置送达, 实施查封).
	 */
	void requireVideo(String what, PenaltyCase kase, Long id) {
		if (id != null && !isVideoOf(kase, id)) {
			throw new RuleViolation("CASE_VIDEO_INVALID", what + "所附的音像记录（证据编号 " + id + "）不是本案的录像证据；请附本案已上传的视听资料（录像）");
		}
	}

	private boolean isVideoOf(PenaltyCase kase, long id) {
		EvidenceItem item;
		try {
			item = this.evidence.item(id, Set.of(kase.agencyId()));
		}
		catch (RuleViolation notFound) {
			return false;
		}
		return item.kind() == EvidenceKind.AUDIO_VISUAL && item.mediaType() != null
				&& item.mediaType().startsWith("video/") && "CASE".equals(item.owner().kind())
				&& Long.toString(kase.id()).equals(item.owner().id());
	}

}
