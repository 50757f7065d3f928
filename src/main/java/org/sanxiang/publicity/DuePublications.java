package org.sanxiang.publicity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.DocumentIssued;
import org.sanxiang.document.DocumentVoided;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The decisions due to be published (待公示): each issued document that
 * {@link PublicationDuePolicy} says must be published is recorded with its due date — the
 * decision date in the agency's zone plus the working days, by the official calendar —
 * and withdrawn when the document is voided. Reacts after the document's transaction
 * commits, through the event publication registry: a failure (e.g. the calendar lacks the
 * year) leaves the publication incomplete, to be resubmitted, and never undoes the issue.
 * Redaction and the public page come with issue #17.
 */
@Component
class DuePublications {

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final BusinessTime time;

	private final Clock clock;

	DuePublications(JdbcClient jdbc, OfficialCalendar calendar, BusinessTime time, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.time = time;
		this.clock = clock;
	}

	/**
	 * Each reaction is one statement (the unique document id makes a repeated one a
	 * no-op), so it runs without a transaction of its own: it never holds a connection
	 * while the registry takes another to mark the publication completed.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DocumentIssued issued) {
		Optional<PublicationDuePolicy.Due> due = PublicationDuePolicy.of(issued.typeCode());
		if (due.isEmpty() || find(issued.documentId()).isPresent()) {
			return;
		}
		LocalDate decided = this.time.dateOf(issued.issuedAt());
		LocalDate dueOn = this.calendar.addWorkingDays(decided, due.get().workingDays());
		this.jdbc
			.sql("""
					insert into publicity_due (document_id, agency_id, party_id, type_code, type_name, doc_number,
					  decided_on, due_on, working_days, basis, status, recorded_at)
					values (:document, :agency, :party, :type, :typeName, :number, :decided, :due, :days, :basis, 'DUE', :at)""")
			.param("document", issued.documentId())
			.param("agency", issued.agencyId())
			.param("party", issued.partyId())
			.param("type", issued.typeCode())
			.param("typeName", issued.typeName())
			.param("number", issued.number())
			.param("decided", Date.valueOf(decided))
			.param("due", Date.valueOf(dueOn))
			.param("days", due.get().workingDays())
			.param("basis", due.get().basis())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DocumentVoided voided) {
		this.jdbc.sql("""
				update publicity_due set status = 'WITHDRAWN', withdrawn_at = :at, withdrawn_reason = :reason
				where document_id = :document and status = 'DUE'""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("reason", voided.reason())
			.param("document", voided.documentId())
			.update();
	}

	/** The publication recorded for a document, if any. */
	Optional<DuePublication> find(long documentId) {
		return this.jdbc.sql(SELECT + " where document_id = :document")
			.param("document", documentId)
			.query(DuePublications::row)
			.optional();
	}

	/**
	 * A document the case's decision names as its 决定书 is published through the
	 * publication ({@code publicity_publication}, its to-do is the publisher's); only
	 * what that does not cover stays on this list — other decision types (责令改正, 查封扣押 …),
	 * and penalty documents not (yet) named by a case's decision.
	 */
	static final String NOT_COVERED = " and not exists (select 1 from publicity_credit c"
			+ " where c.document_id = publicity_due.document_id)";

	/** The decisions still due to be published in these agencies, earliest due first. */
	List<DuePublication> due(Set<Long> agencyIds, int limit) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where status = 'DUE' and agency_id in (:agencies)" + NOT_COVERED
					+ " order by due_on, id limit " + Math.max(1, Math.min(limit, 200)))
			.param("agencies", agencyIds)
			.query(DuePublications::row)
			.list();
	}

	/** A party's decisions recorded for publication, newest first. */
	List<DuePublication> ofParty(long partyId, Set<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where party_id = :party and agency_id in (:agencies)"
					+ " order by decided_on desc, id desc limit 200")
			.param("party", partyId)
			.param("agencies", agencyIds)
			.query(DuePublications::row)
			.list();
	}

	private static final String SELECT = """
			select id, document_id, agency_id, party_id, type_code, type_name, doc_number, decided_on, due_on,
			       working_days, basis, status from publicity_due""";

	private static DuePublication row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new DuePublication(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("agency_id"),
				(Long) rs.getObject("party_id", Long.class), rs.getString("type_code"), rs.getString("type_name"),
				rs.getString("doc_number"), rs.getDate("decided_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
				rs.getInt("working_days"), rs.getString("basis"), rs.getString("status"));
	}

	/** One decision due to be published (or withdrawn before it was). */
	record DuePublication(long id, long documentId, long agencyId, Long partyId, String typeCode, String typeName,
			String number, LocalDate decidedOn, LocalDate dueOn, int workingDays, String basis, String status) {

		boolean withdrawn() {
			return "WITHDRAWN".equals(this.status);
		}

		String title() {
			return this.typeName + ((this.number != null) ? " " + this.number : "");
		}

	}

}
