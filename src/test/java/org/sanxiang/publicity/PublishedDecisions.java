package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.Set;

import org.sanxiang.casefile.CaseEvent;

import org.springframework.context.ApplicationContext;

/**
 * A test fixture for tests outside this package (the browser tests): a decision issued in
 * a case and published with its automatic redaction proposal approved, as the publisher
 * does on the board.
 */
public final class PublishedDecisions {

	private PublishedDecisions() {
	}

	/** Publishes a decision of {@code agencyId} and returns its public id. */
	public static String publish(ApplicationContext context, long caseId, long agencyId, String title,
			LocalDate decidedOn, String content, String basis, String discretion) {
		Publications publications = context.getBean(Publications.class);
		publications.issued(
				new CaseEvent.DecisionIssued(caseId, agencyId, title, decidedOn, content, "0".repeat(64), basis, null));
		Publication p = publications.ofCase(caseId).get(0);
		return publications
			.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher", Set.of(agencyId))
			.publicId();
	}

}
