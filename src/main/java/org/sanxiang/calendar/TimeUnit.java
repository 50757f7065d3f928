package org.sanxiang.calendar;

/** How a statutory time limit is counted (行政处罚法 第八十五条). */
public enum TimeUnit {

	WORKING_DAYS("个工作日"), CALENDAR_DAYS("日"), MONTHS("个月"), HOURS("小时"), FIXED_DATE("固定日期");

	private final String chineseName;

	TimeUnit(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
