package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * The coordination record (协调记录) after the handling unit disagreed with a return: when,
 * who took part for the review unit and for the handling unit, each side's view, and the
 * result — the unit accepts the opinion and will fix, the reviewer withdraws the
 * objection and reviews again, or no agreement (then the agency head decides or refers it
 * to collective discussion).
 */
public record Coordination(LocalDate date, List<String> reviewerSide, List<String> unitSide, String reviewerView,
		String unitView, Result result) {

	public Coordination {
		require(date != null, "请填写协调日期");
		reviewerSide = names(reviewerSide);
		unitSide = names(unitSide);
		require(!reviewerSide.isEmpty(), "请填写法制审核机构一方的参加人员");
		require(!unitSide.isEmpty(), "请填写承办机构一方的参加人员");
		reviewerView = (reviewerView == null) ? "" : reviewerView.strip();
		unitView = (unitView == null) ? "" : unitView.strip();
		require(!reviewerView.isEmpty() && reviewerView.length() <= 2000, "请填写法制审核机构的意见（不超过2000字）");
		require(!unitView.isEmpty() && unitView.length() <= 2000, "请填写承办机构的意见（不超过2000字）");
		require(result != null, "请选择协调结果");
	}

	private static List<String> names(List<String> names) {
		return List.copyOf((names == null) ? List.of()
				: names.stream()
					.map((name) -> (name == null) ? "" : name.strip())
					.filter((name) -> !name.isEmpty())
					.toList());
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new RuleViolation("REVIEW_COORDINATION_INVALID", message);
		}
	}

	/** How the coordination ended. */
	public enum Result {

		UNIT_ACCEPTS("承办机构接受审核意见，按审核建议整改后重新送审"), REVIEWER_WITHDRAWS("法制审核机构撤回审核意见，重新审核"),
		UNRESOLVED("未能达成一致，报请机关负责人决定");

		private final String chineseName;

		Result(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

}
