package org.sanxiang.review;

import org.sanxiang.core.RuleViolation;

/** The reviewer's finding on one point: 合法, or 存在问题 with what the problem is. */
public record Finding(ReviewPoint point, boolean lawful, String comment) {

	public Finding {
		if (point == null) {
			throw new RuleViolation("REVIEW_FINDING_INVALID", "审核要点不能为空");
		}
		comment = (comment == null) ? "" : comment.strip();
		if (!lawful && comment.isEmpty()) {
			throw new RuleViolation("REVIEW_FINDING_INVALID", "“" + point.chineseName() + "”存在问题的，请写明问题所在");
		}
		if (comment.length() > 2000) {
			throw new RuleViolation("REVIEW_FINDING_INVALID", "“" + point.chineseName() + "”的意见不能超过2000字");
		}
	}

}
