package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * A decision as the public sees it (page, API, CSV, feed): built only from the approved
 * redacted copy; the text only while it is PUBLISHED — a withdrawn or expired decision is
 * a tombstone with its reason and dates.
 */
record PublicDecision(String id, String status, String statusName, String title, String type, String typeName,
		String agency, LocalDate decidedOn, LocalDate publishedOn, int version, String text, String withdrawalReason,
		LocalDate withdrawnOn, String replacedBy, LocalDate expiredOn) {

	static PublicDecision of(Publication p, String replacedByPublicId) {
		boolean published = p.status() == Publication.Status.PUBLISHED;
		boolean withdrawn = p.status() == Publication.Status.WITHDRAWN;
		return new PublicDecision(p.publicId(), p.status().name(), p.statusName(), p.publishedTitle(), p.kind(),
				p.typeName(), p.agencyName(), p.decidedOn(), p.publishedOn(), p.textVersion(),
				published ? p.publishedText() : null, withdrawn ? p.withdrawalReason() : null,
				withdrawn ? p.withdrawnOn() : null, withdrawn ? replacedByPublicId : null,
				(p.status() == Publication.Status.EXPIRED) ? p.expiredOn() : null);
	}

}
