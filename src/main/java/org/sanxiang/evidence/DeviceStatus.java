package org.sanxiang.evidence;

/**
 * A recording device's status. 报废 is final: a scrapped device is never used again (a
 * device found after 遗失 may return to 在用).
 */
public enum DeviceStatus {

	IN_USE("在用"), REPAIR("维修"), OUT_OF_SERVICE("停用"), LOST("遗失"), SCRAPPED("报废");

	private final String chineseName;

	DeviceStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
