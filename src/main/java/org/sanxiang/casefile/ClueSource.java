package org.sanxiang.casefile;

/** Where a clue (案源) came from. */
public enum ClueSource {

	INSPECTION("检查发现"), COMPLAINT("投诉举报"), REFERRAL("移送"), ASSIGNMENT("上级交办"), ONLINE_MONITORING("在线监控");

	private final String chineseName;

	ClueSource(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
