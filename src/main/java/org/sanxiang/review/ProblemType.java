package org.sanxiang.review;

/**
 * Why a request is returned (退回): the seven kinds of problem of a review opinion
 * (广东省重大行政执法决定法制审核办法 第十九条).
 */
public enum ProblemType {

	SUBJECT_OR_OFFICERS("主体不合法或者执法人员无资格"), FACTS_OR_EVIDENCE("主要事实不清、证据不足"), WRONG_BASIS("适用依据错误"), PROCEDURE("违反法定程序"),
	CLEARLY_IMPROPER("决定明显不当"), BEYOND_AUTHORITY("超越法定权限"), DOCUMENTS("执法文书不规范");

	private final String chineseName;

	ProblemType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
