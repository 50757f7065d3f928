package org.sanxiang.licensing;

/** Where a licence stands. */
public enum LicenceStatus {

	IN_FORCE("有效"), WITHDRAWN("已撤回"), REVOKED("已撤销"), CANCELLED("已注销");

	private final String chineseName;

	LicenceStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
