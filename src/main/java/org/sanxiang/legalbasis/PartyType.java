package org.sanxiang.legalbasis;

/**
 * The offender: 单位 (法人或者其他组织) or 个人 (公民, including 个体工商户 and other natural-person
 * producers, who are 其他生产经营者). The fine a statute adds on a unit's responsible persons
 * (双罚) is not a party type but a separate line ({@link ResponsiblePersons}).
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
