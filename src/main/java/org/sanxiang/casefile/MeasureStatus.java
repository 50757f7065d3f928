package org.sanxiang.casefile;

/** Where a coercive measure stands. */
public enum MeasureStatus {

	PROPOSED("待审批"), APPROVED("已批准"), DECIDED("已决定"), IN_FORCE("执行中"), RELEASED("已解除");

	private final String chineseName;

	MeasureStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
