package org.sanxiang.legalbasis;

/**
 * The party a penalty is imposed on: 单位 (法人或者其他组织) or 个人 (公民, including the responsible
 * persons of a unit where the statute fines them separately).
 */
public enum PartyType {

	UNIT("单位"), INDIVIDUAL("个人");

	private final String chineseName;

	PartyType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
