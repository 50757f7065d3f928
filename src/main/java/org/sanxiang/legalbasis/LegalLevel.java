package org.sanxiang.legalbasis;

/** Rank of a legal text in the hierarchy (法律 > 行政法规 > 部门规章, 地方性法规/规章; 标准). */
enum LegalLevel {

	LAW("法律"), ADMINISTRATIVE_REGULATION("行政法规"), MINISTRY_RULE("部门规章"), LOCAL_REGULATION("地方性法规"),
	LOCAL_RULE("地方政府规章"), STANDARD("标准");

	private final String chineseName;

	LegalLevel(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
