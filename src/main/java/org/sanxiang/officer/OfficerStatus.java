package org.sanxiang.officer;

/** Status of an enforcement certificate (执法证). Only a valid one allows enforcement. */
enum OfficerStatus {

	VALID("有效"), SUSPENDED("暂扣"), REVOKED("注销");

	private final String chineseName;

	OfficerStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
