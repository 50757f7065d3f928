package org.sanxiang.calendar;

/**
 * What a statutory period is: a period within which something must be done (a calendar
 * period ending on a holiday ends on the next working day — the rule protects the time to
 * act), the maximum duration of a measure ("不得超过": it ends exactly, the holiday rule
 * never lengthens it), or a waiting period after which an act is first allowed.
 */
public enum TimeLimitNature {

	WITHIN("期限内完成；期间最后一日为法定节假日的，以节假日后的第一个工作日为期限届满日"), MAXIMUM("最长期限，届满即止，不因法定节假日顺延"), WAIT("期间届满后方可进行");

	private final String chineseName;

	TimeLimitNature(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
