package org.sanxiang.document;

import java.util.List;
import java.util.Set;

import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a party's issued documents into its file (一企一档): every issued or voided document
 * made for the party, found by the party's id that the document keeps (documents from
 * before parties were picked by id were linked by migration {@code V7_2}), and — as 处罚决定
 * — the penalty decisions among them.
 */
@Component
class DocumentFileSections {

	static final Set<String> DECISIONS = Set.of("PENALTY_DECISION", "ON_THE_SPOT_PENALTY_DECISION",
			"DAILY_PENALTY_DECISION");

	private final JdbcClient jdbc;

	private final PartyRegistry parties;

	private final DocumentTypes types;

	DocumentFileSections(JdbcClient jdbc, PartyRegistry parties, DocumentTypes types) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.types = types;
	}

	List<SubjectFileSection.Entry> entries(long partyId, Set<Long> agencyIds, boolean decisionsOnly) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		this.parties.party(partyId, agencyIds);
		return this.jdbc.sql("""
				select id, type_code, doc_number, issue_date, status from document
				where agency_id in (:scope) and status <> 'DRAFT' and party_id = :party
				order by issue_date desc, id desc limit 200""")
			.param("scope", agencyIds)
			.param("party", partyId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getString(5)))
			.list()
			.stream()
			.filter((row) -> !decisionsOnly || DECISIONS.contains(row.type()))
			.map((row) -> new SubjectFileSection.Entry(row.issueDate(),
					this.types.get(row.type()).name() + ((row.number() != null) ? " " + row.number() : "")
							+ ("VOIDED".equals(row.status()) ? "（已作废）" : ""),
					"/documents/" + row.id()))
			.toList();
	}

	private record Row(long id, String type, String number, java.time.LocalDate issueDate, String status) {
	}

	/** One section of the file, filled from the documents naming the party. */
	record Section(SubjectFileSection.Kind kind, boolean decisionsOnly,
			DocumentFileSections documents) implements SubjectFileSection {

		@Override
		public List<Entry> entriesFor(long partyId, Set<Long> agencyIds) {
			return this.documents.entries(partyId, agencyIds, this.decisionsOnly);
		}

	}

	@Bean
	static SubjectFileSection documentSection(DocumentFileSections documents) {
		return new Section(SubjectFileSection.Kind.DOCUMENT, false, documents);
	}

	@Bean
	static SubjectFileSection decisionSection(DocumentFileSections documents) {
		return new Section(SubjectFileSection.Kind.DECISION, true, documents);
	}

}
