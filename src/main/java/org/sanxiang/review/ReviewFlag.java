package org.sanxiang.review;

/**
 * What the handling unit states about a proposed decision beyond its content, each a
 * ground for review or collective discussion in the law or in a catalogue.
 */
public enum ReviewFlag {

	/** 涉及重大公共利益 (行政处罚法 第五十八条第一款第一项). */
	PUBLIC_INTEREST("涉及重大公共利益"),
	/** 可能造成重大社会影响或者引发社会风险 (typical provincial catalogue ground). */
	SOCIAL_IMPACT("可能造成重大社会影响或者引发社会风险"),
	/** 案件情况疑难复杂、涉及多个法律关系 (第五十八条第一款第三项). */
	COMPLEX("案件情况疑难复杂、涉及多个法律关系"),
	/** 重大违法行为 (第五十七条第二款: 负责人应当集体讨论决定). */
	SERIOUS_VIOLATION("重大违法行为");

	private final String chineseName;

	ReviewFlag(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
