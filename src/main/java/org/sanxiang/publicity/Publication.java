package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * One decision's publication (事后公开) as the publicity module keeps it. The original text
 * is internal; only {@link #publishedTitle} and {@link #publishedText} — the copy the
 * publisher approved — are ever served to the public.
 */
record Publication(long id, String publicId, long caseId, String origin, long agencyId, String agencyName, String kind,
		String typeName, String title, LocalDate decidedOn, LocalDate dueOn, int workingDays, String originalText,
		String proposedTitle, String proposedText, String publishedTitle, String publishedText, Status status,
		int version, int textVersion, String refusalReason, String withdrawalReason, LocalDate withdrawalDueOn,
		LocalDate withdrawnOn, Long replacedBy, LocalDate publishedOn, LocalDate expiresOn, LocalDate expiredOn) {

	/** The life of a publication. */
	enum Status {

		/** 待脱敏审核: due, awaiting the publisher's approval of the redacted copy. */
		PENDING("待脱敏审核"),
		/** 已公开. */
		PUBLISHED("已公开"),
		/** 不予公开, with a legal reason. */
		REFUSED("不予公开"),
		/** 已撤回: the decision was changed or revoked. */
		WITHDRAWN("已撤回"),
		/** 公示期满: the publicity period ended; a tombstone stays. */
		EXPIRED("公示期满");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	public boolean overdueOn(LocalDate today) {
		return this.status == Status.PENDING && this.dueOn.isBefore(today);
	}

	/** Whether the public may see it at all (it was published once). */
	public boolean everPublished() {
		return this.publishedOn != null;
	}

	public String statusName() {
		return this.status.chineseName();
	}

}
