package org.sanxiang.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.document.DocumentNumbers;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.platform.YearCounters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 案号: each case's number, in the agency's document number format (机关代字 and pattern of the
 * number register, domain rules §7.2) with the category
 * {@code sanxiang.cases.number-category} (default 罚立), e.g. 牡环罚立〔2026〕12号 — per agency
 * and year of filing, gap-free. It is taken when the case is filed, in the filing's
 * transaction (the {@code CaseFiled} event is published synchronously on save): the
 * counter row's lock orders two filings of one agency, and a failed filing rolls its
 * number back.
 */
@Component
public class CaseNumbers {

	private final JdbcClient jdbc;

	private final DocumentNumbers formats;

	private final AgencyDirectory agencies;

	private final YearCounters counters;

	private final String category;

	CaseNumbers(JdbcClient jdbc, DocumentNumbers formats, AgencyDirectory agencies, YearCounters counters,
			@Value("${sanxiang.cases.number-category:罚立}") String category) {
		this.jdbc = jdbc;
		this.formats = formats;
		this.agencies = agencies;
		this.counters = counters;
		this.category = category;
	}

	@EventListener
	void on(CaseEvent.CaseFiled filed) {
		assign(filed.caseId(), filed.agencyId(), filed.filedOn().getYear());
	}

	/** Takes the next number of the agency and year for this case and keeps it. */
	String assign(long caseId, long agencyId, int year) {
		int seq = this.counters.next("case_number_counter", agencyId, year);
		Agency agency = this.agencies.agency(agencyId);
		String text = this.formats.format(agencyId, agency.shortName()).format(this.category, year, seq);
		this.jdbc.sql("""
				insert into case_number (case_id, agency_id, number_year, seq, number_text)
				values (:case, :agency, :year, :seq, :text)""")
			.param("case", caseId)
			.param("agency", agencyId)
			.param("year", year)
			.param("seq", seq)
			.param("text", text)
			.update();
		return text;
	}

	/** The case's 案号, or empty for a case filed before numbers were kept. */
	public Optional<String> numberOf(long caseId) {
		return this.jdbc.sql("select number_text from case_number where case_id = :case")
			.param("case", caseId)
			.query(String.class)
			.optional();
	}

	/** The 案号 of these cases (those that have one). */
	public Map<Long, String> numbersOf(Collection<Long> caseIds) {
		Map<Long, String> numbers = new HashMap<>();
		if (caseIds.isEmpty()) {
			return numbers;
		}
		this.jdbc.sql("select case_id, number_text from case_number where case_id in (:ids)")
			.param("ids", caseIds)
			.query((rs, n) -> numbers.put(rs.getLong("case_id"), rs.getString("number_text")))
			.list();
		return numbers;
	}

}
