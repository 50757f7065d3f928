package org.sanxiang.review;

/** The nine points a legal reviewer checks (审核要点), each found 合法 or 存在问题. */
public enum ReviewPoint {

	SUBJECT("执法主体"), OFFICERS("执法人员"), JURISDICTION("管辖权限"), PROCEDURE("执法程序"), FACTS("事实认定"), LAW("法律适用"),
	EVIDENCE("证据使用"), DOCUMENTS("执法文书"), DISCRETION("自由裁量权运用");

	private final String chineseName;

	ReviewPoint(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
