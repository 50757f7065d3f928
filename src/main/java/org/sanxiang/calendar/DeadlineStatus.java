package org.sanxiang.calendar;

/**
 * Where a deadline stands today, derived from the calendar and the history — never
 * stored.
 */
public enum DeadlineStatus {

	NORMAL("正常"), DUE_SOON("临期"), OVERDUE("超期"), MET("按期完成"), MET_LATE("逾期完成");

	private final String chineseName;

	DeadlineStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
