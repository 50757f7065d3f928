package org.sanxiang.inspection;

/**
 * Why a task exists: drawn at random (双随机抽查), or made by the unit head to check a
 * complaint (投诉核查) or for a special campaign (专项检查).
 */
public enum TaskOrigin {

	RANDOM("双随机抽查"), COMPLAINT("投诉核查"), SPECIAL("专项检查");

	private final String chineseName;

	TaskOrigin(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
