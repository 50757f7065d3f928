package org.sanxiang.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.document.DocumentNumbers;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate savepoint;

	private final String category;

	CaseNumbers(JdbcClient jdbc, DocumentNumbers formats, AgencyDirectory agencies,
			PlatformTransactionManager transactions, @Value("${sanxiang.cases.number-category:罚立}") String category) {
		this.jdbc = jdbc;
		this.formats = formats;
		this.agencies = agencies;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.category = category;
	}

	@EventListener
	void on(CaseEvent.CaseFiled filed) {
		assign(filed.caseId(), filed.agencyId(), filed.filedOn().getYear());
	}

	/** Takes the next number of the agency and year for this case and keeps it. */
	String assign(long caseId, long agencyId, int year) {
		int seq = next(agencyId, year);
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

	private int next(long agencyId, int year) {
		if (increment(agencyId, year) == 0) {
			try {
				this.savepoint.executeWithoutResult((status) -> this.jdbc.sql(
						"insert into case_number_counter (agency_id, number_year, last_seq) values (:agency, :year, 1)")
					.param("agency", agencyId)
					.param("year", year)
					.update());
				return 1;
			}
			catch (DataIntegrityViolationException ex) {
				// another filing created the year's counter first: take the next after it
				increment(agencyId, year);
			}
		}
		return this.jdbc
			.sql("select last_seq from case_number_counter where agency_id = :agency and number_year = :year")
			.param("agency", agencyId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private int increment(long agencyId, int year) {
		return this.jdbc.sql(
				"update case_number_counter set last_seq = last_seq + 1 where agency_id = :agency and number_year = :year")
			.param("agency", agencyId)
			.param("year", year)
			.update();
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
