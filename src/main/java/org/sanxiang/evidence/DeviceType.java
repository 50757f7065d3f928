package org.sanxiang.evidence;

/** The kinds of recording device an agency registers. */
public enum DeviceType {

	BODY_CAMERA("执法记录仪"), CAMERA("相机"), DRONE("无人机"), MOBILE_TERMINAL("移动执法终端"), OTHER("其他");

	private final String chineseName;

	DeviceType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
