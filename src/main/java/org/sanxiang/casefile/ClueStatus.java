package org.sanxiang.casefile;

/** Where a clue stands: awaiting the filing decision, or decided one of three ways. */
public enum ClueStatus {

	PENDING("待审查"), FILED("已立案"), NOT_FILED("不予立案"), TRANSFERRED("已移送");

	private final String chineseName;

	ClueStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
