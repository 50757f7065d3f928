package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * One random inspection's result (双随机抽查结果) as the publicity module keeps it. The original
 * text and the party's internal name stay internal; the public sees only
 * {@link #publicParty} and {@link #publishedText}, the copy the publisher approved.
 */
record InspectionResult(long id, String publicId, long taskId, long drawId, long agencyId, String agencyName,
		String taskNumber, String partyName, String publicParty, String creditCode, String itemName,
		LocalDate inspectedOn, LocalDate dueOn, boolean violationFound, String originalText, String proposedText,
		String publishedText, String status, int version, LocalDate publishedOn) {

	static final String PENDING = "PENDING";

	static final String PUBLISHED = "PUBLISHED";

	public boolean overdueOn(LocalDate today) {
		return PENDING.equals(this.status) && this.dueOn.isBefore(today);
	}

	public String statusName() {
		return PUBLISHED.equals(this.status) ? "已公开" : "待脱敏审核";
	}

	/** 检查结果 in words: what the public reads beside the text. */
	public String outcomeName() {
		return this.violationFound ? "发现问题" : "未发现问题";
	}

}
