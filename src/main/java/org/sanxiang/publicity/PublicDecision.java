package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * A decision as the public sees it (page, API, CSV, feed): built only from the approved
 * redacted copy; the text only while it is PUBLISHED — a withdrawn or expired decision is
 * a tombstone with its reason and dates.
 */
record PublicDecision(String id, String status, String statusName, String title, String type, String typeName,
		String agency, LocalDate decidedOn, LocalDate publishedOn, int version, String text, String withdrawalReason,
		LocalDate withdrawnOn, String replacedBy, LocalDate expiredOn, Credit credit) {

	PublicDecision(String id, String status, String statusName, String title, String type, String typeName,
			String agency, LocalDate decidedOn, LocalDate publishedOn, int version, String text,
			String withdrawalReason, LocalDate withdrawnOn, String replacedBy, LocalDate expiredOn) {
		this(id, status, statusName, title, type, typeName, agency, decidedOn, publishedOn, version, text,
				withdrawalReason, withdrawnOn, replacedBy, expiredOn, null);
	}

	/**
	 * The decision with its 双公示 fields ({@code fields} may be null) — shown only while it
	 * is PUBLISHED, and only the public name (a natural person's masked).
	 */
	static PublicDecision of(Publication p, String replacedByPublicId, CreditFields fields) {
		PublicDecision d = of(p, replacedByPublicId);
		if (fields == null || p.status() != Publication.Status.PUBLISHED) {
			return d;
		}
		Credit credit = new Credit(fields.partyNamePublic(), fields.partyKind(), fields.partyKindName(),
				fields.creditCode(), fields.number(), fields.penaltyTypes(), fields.fine(), p.decidedOn(),
				p.agencyName(), fields.agencyCode(), fields.basis());
		return new PublicDecision(d.id(), d.status(), d.statusName(), d.title(), d.type(), d.typeName(), d.agency(),
				d.decidedOn(), d.publishedOn(), d.version(), d.text(), d.withdrawalReason(), d.withdrawnOn(),
				d.replacedBy(), d.expiredOn(), credit);
	}

	static PublicDecision of(Publication p, String replacedByPublicId) {
		boolean published = p.status() == Publication.Status.PUBLISHED;
		boolean withdrawn = p.status() == Publication.Status.WITHDRAWN;
		return new PublicDecision(p.publicId(), p.status().name(), p.statusName(), p.publishedTitle(), p.kind(),
				p.typeName(), p.agencyName(), p.decidedOn(), p.publishedOn(), p.textVersion(),
				published ? p.publishedText() : null, withdrawn ? p.withdrawalReason() : null,
				withdrawn ? p.withdrawnOn() : null, withdrawn ? replacedByPublicId : null,
				(p.status() == Publication.Status.EXPIRED) ? p.expiredOn() : null);
	}

	/**
	 * The 双公示 fields (信用中国, 行政处罚): 行政相对人名称 (a natural person's masked) and 类别, 统一社会信用代码
	 * (none for a natural person), 决定书文号, 处罚类别, 罚款金额 (元), 处罚决定日期, 处罚机关 and its code in
	 * this platform, 处罚依据.
	 */
	record Credit(String partyName, String partyKind, String partyKindName, String creditCode, String number,
			java.util.List<String> penaltyTypes, java.math.BigDecimal fine, LocalDate decidedOn, String agency,
			String agencyCode, String basis) {
	}

}
