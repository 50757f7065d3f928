package org.sanxiang.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.document.DocumentNumberKey;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 双公示 fields of each publication (table {@code publicity_credit}), recorded from the
 * decision event with the publication, read for the decision page, the API, the CSV and
 * the search filters (party, credit code, 文号).
 */
@Component
class CreditRecords {

	/** An organisation's name, so a party of unknown kind keeps it unmasked. */
	private static final Pattern ORGANISATION = Pattern
		.compile("公司|有限|集团|厂|合作社|中心|企业|单位|门市|商行|经营部|养殖场|农场|医院|学校|酒店|宾馆|饭店|超市|加油站|矿|研究院|事务所|工作室|委员会|政府|局");

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	CreditRecords(JdbcClient jdbc, AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/**
	 * Records the fields of a publication, once (a repeated event changes nothing); an
	 * event without party facts (recorded before they were carried) records none.
	 */
	void record(long publicationId, long agencyId, CaseEvent.PartyFacts party, CaseEvent.DecisionFacts decision,
			String basis) {
		if (party == null || party.name() == null || party.name().isBlank() || of(publicationId).isPresent()) {
			return;
		}
		CaseEvent.PartyCategory kind = (party.kind() == null) ? CaseEvent.PartyCategory.OTHER : party.kind();
		String name = party.name().strip();
		String shown = publicName(name, kind);
		String code = (kind == CaseEvent.PartyCategory.NATURAL_PERSON) ? null : party.creditCode();
		CaseEvent.DecisionFacts facts = (decision == null) ? new CaseEvent.DecisionFacts(null, null, null, null)
				: decision;
		String cleanBasis = (basis == null || basis.isBlank()) ? null
				: Redactor.propose(basis, shown.equals(name) ? Set.of() : Set.of(name));
		this.jdbc
			.sql("""
					insert into publicity_credit (publication_id, party_name, party_name_public, party_kind, credit_code,
					  document_id, document_number, penalty_types, fine_amount, basis, agency_code, party_search, number_search)
					values (:id, :name, :shown, :kind, :code, :document, :number, :types, :fine, :basis, :agencyCode,
					  :partySearch, :numberSearch)""")
			.param("id", publicationId)
			.param("name", name)
			.param("shown", shown)
			.param("kind", kind.name())
			.param("code", code)
			.param("document", facts.documentId())
			.param("number", facts.number())
			.param("types", String.join("；", facts.penaltyTypes()))
			.param("fine", facts.fine())
			.param("basis", cleanBasis)
			.param("agencyCode", this.agencies.agency(agencyId).code())
			.param("partySearch", shown.toLowerCase(Locale.ROOT))
			.param("numberSearch", (facts.number() == null) ? null : DocumentNumberKey.of(facts.number()))
			.update();
	}

	/**
	 * The party's name as the public sees it: a natural person's masked; a party of
	 * unknown kind masked too unless its name is an organisation's.
	 */
	static String publicName(String name, CaseEvent.PartyCategory kind) {
		boolean person = kind == CaseEvent.PartyCategory.NATURAL_PERSON
				|| (kind != CaseEvent.PartyCategory.LEGAL_PERSON && !ORGANISATION.matcher(name).find());
		return person ? Redactor.masked(name) : name;
	}

	Optional<CreditFields> of(long publicationId) {
		return this.jdbc.sql(SELECT + " where publication_id = :id")
			.param("id", publicationId)
			.query(CreditRecords::row)
			.optional();
	}

	/** The fields of these publications, by publication id. */
	Map<Long, CreditFields> of(Collection<Long> publicationIds) {
		if (publicationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, CreditFields> byId = new HashMap<>();
		this.jdbc.sql(SELECT + " where publication_id in (:ids)")
			.param("ids", publicationIds)
			.query(CreditRecords::row)
			.list()
			.forEach((c) -> byId.put(c.publicationId(), c));
		return byId;
	}

	private static final String SELECT = """
			select publication_id, party_name, party_name_public, party_kind, credit_code, document_id, document_number,
			       penalty_types, fine_amount, basis, agency_code from publicity_credit""";

	private static CreditFields row(ResultSet rs, int i) throws SQLException {
		String types = rs.getString("penalty_types");
		return new CreditFields(rs.getLong("publication_id"), rs.getString("party_name"),
				rs.getString("party_name_public"), rs.getString("party_kind"), rs.getString("credit_code"),
				(Long) rs.getObject("document_id", Long.class), rs.getString("document_number"),
				(types == null || types.isEmpty()) ? List.of() : Arrays.asList(types.split("；")),
				rs.getBigDecimal("fine_amount"), rs.getString("basis"), rs.getString("agency_code"));
	}

}
