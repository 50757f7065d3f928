package org.sanxiang.licensing;

/**
 * The periods that do not count towards the decision limit (行政许可法 第四十五条:
 * 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审).
 */
public enum PauseKind {

	HEARING("听证"), EXPERT_REVIEW("专家评审"), SITE_VERIFICATION("现场核查"), TESTING("检验检测");

	private final String chineseName;

	PauseKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
