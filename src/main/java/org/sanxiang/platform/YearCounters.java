package org.sanxiang.platform;

import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free sequence numbers per agency and year (案号, 检查任务编号, 许可申请编号), each kind in a
 * counter table of the module that owns it: {@code agency_id}, {@code number_year},
 * {@code last_seq}, the first two the primary key.
 * <p>
 * Called inside the transaction that keeps the number: the counter row's lock orders two
 * takers of one agency and year until that transaction ends, and a transaction that rolls
 * back gives its number back. The year's first number inserts the row. When another
 * transaction inserted it first, the failed insert is undone to a savepoint — on
 * PostgreSQL a failed statement would otherwise abort the whole transaction — and the
 * next number after the other's is taken.
 */
@Component
public class YearCounters {

	private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*_counter");

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	YearCounters(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The next number of the agency and year in {@code table} (a counter table named in
	 * the code, {@code …_counter}), starting at 1.
	 */
	public int next(String table, long agencyId, int year) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("not a counter table: " + table);
		}
		if (increment(table, agencyId, year) == 0) {
			try {
				this.savepoint.executeWithoutResult((status) -> this.jdbc
					.sql("insert into " + table + " (agency_id, number_year, last_seq) values (:agency, :year, 1)")
					.param("agency", agencyId)
					.param("year", year)
					.update());
				return 1;
			}
			catch (DuplicateKeyException ex) {
				// another transaction created the year's counter first: take the next
				// after it
				increment(table, agencyId, year);
			}
		}
		return this.jdbc.sql("select last_seq from " + table + " where agency_id = :agency and number_year = :year")
			.param("agency", agencyId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private int increment(String table, long agencyId, int year) {
		return this.jdbc
			.sql("update " + table + " set last_seq = last_seq + 1 where agency_id = :agency and number_year = :year")
			.param("agency", agencyId)
			.param("year", year)
			.update();
	}

}
