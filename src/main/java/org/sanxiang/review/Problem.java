package org.sanxiang.review;

import org.sanxiang.core.RuleViolation;

/** A problem a returned request must fix: its kind and the reviewer's concrete advice. */
public record Problem(ProblemType type, String advice) {

	public Problem {
		if (type == null) {
			throw new RuleViolation("REVIEW_PROBLEM_INVALID", "请选择问题类型");
		}
		advice = (advice == null) ? "" : advice.strip();
		if (advice.isEmpty()) {
			throw new RuleViolation("REVIEW_PROBLEM_INVALID", "“" + type.chineseName() + "”请提出具体的审核建议");
		}
		if (advice.length() > 2000) {
			throw new RuleViolation("REVIEW_PROBLEM_INVALID", "审核建议不能超过2000字");
		}
	}

}
