package org.sanxiang.subject;

/** 单位 (an organisation with a 统一社会信用代码) or 自然人 (a person with a 身份证号). */
public enum PartyKind {

	ORGANISATION("单位"), PERSON("自然人");

	private final String chineseName;

	PartyKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
