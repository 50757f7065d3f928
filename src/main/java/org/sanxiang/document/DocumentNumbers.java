package org.sanxiang.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers (文号): per agency, category and year, unique and gap-free. The next
 * number is the register's maximum + 1, inserted under a savepoint; the register's
 * primary key refuses a second holder, and the loser of a race rolls back to its
 * savepoint, reads the new maximum and tries again — a constraint plus retry, not an
 * isolation level. A number is taken only inside the issuing transaction, so a failed
 * issue leaves no gap; a voided number stays in the register with its reason and is never
 * handed out again.
 */
@Service
public class DocumentNumbers {

	public static final String DEFAULT_PATTERN = "{prefix}{category}〔{year}〕{seq}号";

	private static final int ATTEMPTS = 200;

	private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()]{1,20}");

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	private final Clock clock;

	private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> series = new java.util.concurrent.ConcurrentHashMap<>();

	private final org.springframework.context.ApplicationEventPublisher events;

	DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/** A number as taken: its parts and its text. */
	public record TakenNumber(long agencyId, String category, int year, int seq, String text) {
	}

	/** A row of the number register. */
	public record RegisteredNumber(String category, int year, int seq, String text, long documentId, String status,
			String voidReason, Instant takenAt) {
	}

	/** An agency's number format: its 机关代字 and pattern. */
	public record NumberFormat(String prefix, String pattern) {

		public String format(String category, int year, int seq) {
			return this.pattern.replace("{prefix}", this.prefix)
				.replace("{category}", category)
				.replace("{year}", String.valueOf(year))
				.replace("{seq}", String.valueOf(seq));
		}

	}

	/**
	 * The number the next issue in this series would take, as a preview for the person
	 * about to issue (another issue in between may take it first).
	 */
	public String next(long agencyId, String defaultPrefix, String category, int year) {
		return format(agencyId, defaultPrefix).format(category, year, nextSeq(agencyId, category, year));
	}

	/**
	 * The register's next sequence number: the highest taken in the year and category,
	 * plus one.
	 */
	private int nextSeq(long agencyId, String category, int year) {
		return this.jdbc.sql(
				"select coalesce(max(seq), 0) + 1 from document_number where agency_id = :agency and category = :category and number_year = :year")
			.param("agency", agencyId)
			.param("category", category)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	TakenNumber take(long agencyId, String defaultPrefix, String category, int year, long documentId) {
		queueLocally(agencyId + "/" + category + "/" + year);
		NumberFormat format = format(agencyId, defaultPrefix);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int seq = nextSeq(agencyId, category, year);
			String text = format.format(category, year, seq);
			try {
				this.savepoint.executeWithoutResult((status) -> this.jdbc
					.sql("""
							insert into document_number (agency_id, category, number_year, seq, number_text, document_id, status, taken_at)
							values (:agency, :category, :year, :seq, :text, :document, 'ISSUED', :at)""")
					.param("agency", agencyId)
					.param("category", category)
					.param("year", year)
					.param("seq", seq)
					.param("text", text)
					.param("document", documentId)
					.param("at", java.sql.Timestamp.from(this.clock.instant()))
					.update());
				return new TakenNumber(agencyId, category, year, seq, text);
			}
			catch (DataIntegrityViolationException | TransientDataAccessException ex) {
				if (attempt > 2) {
					Thread.onSpinWait();
				}
			}
		}
		throw new RuleViolation("DOCUMENT_NUMBER_BUSY", "文号分配繁忙，请稍后重试", HttpStatus.CONFLICT);
	}

	/**
	 * Issuers of this node wait their turn here until the transaction holding the series
	 * ends, instead of colliding in the database and waiting out its lock timeout. Only
	 * an optimisation: uniqueness and the absence of gaps come from the primary key and
	 * the retry above, which also hold across nodes.
	 */
	private void queueLocally(String series) {
		java.util.concurrent.locks.ReentrantLock lock = this.series.computeIfAbsent(series,
				(key) -> new java.util.concurrent.locks.ReentrantLock(true));
		if (lock.isHeldByCurrentThread()) {
			return;
		}
		lock.lock();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				lock.unlock();
			}
		});
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void markVoided(String numberText, String reason) {
		this.jdbc.sql("update document_number set status = 'VOIDED', void_reason = :reason where number_text = :text")
			.param("reason", reason)
			.param("text", numberText)
			.update();
	}

	public List<RegisteredNumber> register(long agencyId, int year) {
		return this.jdbc.sql("""
				select category, number_year, seq, number_text, document_id, status, void_reason, taken_at
				from document_number where agency_id = :agency and number_year = :year order by category, seq""")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, i) -> new RegisteredNumber(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	public NumberFormat format(long agencyId, String defaultPrefix) {
		Optional<NumberFormat> configured = this.jdbc
			.sql("select prefix, pattern from document_number_format where agency_id = :agency")
			.param("agency", agencyId)
			.query((rs, i) -> new NumberFormat(rs.getString(1), rs.getString(2)))
			.optional();
		return configured.orElse(new NumberFormat(defaultPrefix, DEFAULT_PATTERN));
	}

	/**
	 * Sets an agency's number format. The pattern must keep category, year and sequence,
	 * so that numbers stay unique.
	 */
	@Transactional
	public NumberFormat configure(long agencyId, String prefix, String pattern, String account) {
		String p = (prefix == null) ? "" : prefix.strip();
		String f = (pattern == null || pattern.isBlank()) ? DEFAULT_PATTERN : pattern.strip();
		if (!PREFIX.matcher(p).matches()) {
			throw new RuleViolation("DOCUMENT_NUMBER_PREFIX_INVALID", "机关代字应为1至20个汉字、字母或数字");
		}
		if (!f.contains("{category}") || !f.contains("{year}") || !f.contains("{seq}") || f.length() > 100
				|| f.chars().anyMatch(Character::isISOControl)) {
			throw new RuleViolation("DOCUMENT_NUMBER_PATTERN_INVALID",
					"文号格式须包含 {category}（类别字）、{year}（年份）和 {seq}（顺序号），不超过100字");
		}
		int updated = this.jdbc.sql(
				"update document_number_format set prefix = :prefix, pattern = :pattern, updated_by = :by, updated_at = :at where agency_id = :agency")
			.param("prefix", p)
			.param("pattern", f)
			.param("by", account)
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("agency", agencyId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into document_number_format (agency_id, prefix, pattern, updated_by, updated_at)
					values (:agency, :prefix, :pattern, :by, :at)""")
				.param("prefix", p)
				.param("pattern", f)
				.param("by", account)
				.param("at", java.sql.Timestamp.from(this.clock.instant()))
				.param("agency", agencyId)
				.update();
		}
		this.events.publishEvent(new DocumentNumberFormatChanged(agencyId, p, f));
		return new NumberFormat(p, f);
	}

}
