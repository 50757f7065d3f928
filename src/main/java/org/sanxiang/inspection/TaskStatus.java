package org.sanxiang.inspection;

/** Where an inspection task stands: 待检查 → 检查中 → 已完成, or 已取消 by the unit head. */
public enum TaskStatus {

	PENDING("待检查"), IN_PROGRESS("检查中"), DONE("已完成"), CANCELLED("已取消");

	private final String chineseName;

	TaskStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Whether the on-site record may still change. */
	public boolean open() {
		return this == PENDING || this == IN_PROGRESS;
	}

}
