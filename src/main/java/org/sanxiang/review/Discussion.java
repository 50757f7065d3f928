package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * A collective discussion (集体讨论) of the agency heads on a passed request that the law or
 * the catalogue sends to them (行政处罚法 第五十七条第二款): when and where, who presided, who
 * attended, each attendee's opinion, the conclusion, and whether it agrees to decide with
 * the reviewed content.
 */
public record Discussion(LocalDate date, String place, String presider, List<String> attendees, String recorder,
		List<Opinion> opinions, String conclusion, boolean agreed) {

	public Discussion {
		require(date != null, "请填写讨论日期");
		require(place != null && !place.isBlank(), "请填写讨论地点");
		require(presider != null && !presider.isBlank(), "请填写主持人");
		require(recorder != null && !recorder.isBlank(), "请填写记录人");
		attendees = List.copyOf((attendees == null) ? List.of()
				: attendees.stream().map(String::strip).filter((name) -> !name.isEmpty()).toList());
		require(attendees.size() >= 2, "集体讨论须有至少两名机关负责人出席");
		opinions = List.copyOf((opinions == null) ? List.of() : opinions);
		List<Opinion> given = opinions;
		List<String> missing = attendees.stream()
			.filter((name) -> given.stream().noneMatch((opinion) -> opinion.name().equals(name)))
			.toList();
		require(missing.isEmpty(), "请记录每位出席人员的意见，尚缺：" + String.join("、", missing));
		require(conclusion != null && !conclusion.isBlank(), "请填写讨论结论");
		require(conclusion.length() <= 2000, "讨论结论不能超过2000字");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new RuleViolation("REVIEW_DISCUSSION_INVALID", message);
		}
	}

	/** One attendee's opinion. */
	public record Opinion(String name, String opinion) {

		public Opinion {
			name = (name == null) ? "" : name.strip();
			opinion = (opinion == null) ? "" : opinion.strip();
			if (name.isEmpty() || opinion.isEmpty() || opinion.length() > 2000) {
				throw new RuleViolation("REVIEW_DISCUSSION_INVALID", "每条讨论意见须有出席人员姓名和意见（不超过2000字）");
			}
		}

	}

}
