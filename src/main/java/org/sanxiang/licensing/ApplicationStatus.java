package org.sanxiang.licensing;

/** Where an application stands. */
public enum ApplicationStatus {

	RECEIVED("已收件"), CORRECTING("待补正"), ACCEPTED("已受理"), REFUSED("不予受理"), GRANTED("准予许可"), DENIED("不予许可");

	private final String chineseName;

	ApplicationStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Decided or refused: nothing more happens to the application. */
	public boolean closed() {
		return this == REFUSED || this == GRANTED || this == DENIED;
	}

}
