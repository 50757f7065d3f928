package org.sanxiang.calendar;

/**
 * How a State Council notice marks a day: a statutory day off, or a weekend day made a
 * working day (调休).
 */
enum DayKind {

	OFF("放假"), WORK("调休上班");

	private final String chineseName;

	DayKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
