package org.sanxiang.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Error reports (纠错) on published decisions: a citizen says what is wrong (required, at
 * most 1000 characters) and may leave a contact (at most 100, never public); the report
 * goes to the publisher of the decision's agency, who answers and closes it — audited.
 * Reports per address are limited ({@link ReportThrottle}).
 */
@Service
class ErrorReports {

	static final int MAX_CONTENT = 1000;

	static final int MAX_CONTACT = 100;

	private final JdbcClient jdbc;

	private final Publications publications;

	private final ReportThrottle throttle;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ErrorReports(JdbcClient jdbc, Publications publications, ReportThrottle throttle, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.publications = publications;
		this.throttle = throttle;
		this.clock = clock;
		this.events = events;
	}

	/** Receives a report on a published decision from this address; its id. */
	@Transactional
	long report(String publicId, String content, String contact, String address) {
		Publication publication = this.publications.publicly(publicId)
			.filter((p) -> p.status() == Publication.Status.PUBLISHED)
			.orElseThrow(() -> RuleViolation.notFound("公示的执法决定"));
		if (content == null || content.isBlank()) {
			throw bad("请写明公示内容哪里有误。");
		}
		String text = content.strip();
		if (text.length() > MAX_CONTENT) {
			throw bad("纠错内容不能超过 " + MAX_CONTENT + " 字。");
		}
		String reach = (contact == null || contact.isBlank()) ? null : contact.strip();
		if (reach != null && reach.length() > MAX_CONTACT) {
			throw bad("联系方式不能超过 " + MAX_CONTACT + " 字。");
		}
		if (!this.throttle.tryAcquire(address)) {
			throw new RuleViolation("PUBLICATION_REPORT_TOO_MANY", "提交过于频繁，请稍后再试。", HttpStatus.TOO_MANY_REQUESTS);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into publicity_error_report (publication_id, agency_id, content, contact, status, reported_at, version)
					values (:publication, :agency, :content, :contact, 'OPEN', :now, 0)""")
			.param("publication", publication.id())
			.param("agency", publication.agencyId())
			.param("content", text)
			.param("contact", reach)
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.events.publishEvent(new Received(id, publication.publishedTitle()));
		return id;
	}

	/** The publisher answers and closes an open report. */
	@Transactional
	ErrorReport close(long id, int version, String answer, String by, Set<Long> scope) {
		ErrorReport report = get(id, scope);
		if (!report.open()) {
			throw RuleViolation.conflict("该纠错反馈已答复关闭。");
		}
		if (answer == null || answer.isBlank()) {
			throw bad("请填写答复（核实结果和处理情况）。");
		}
		String text = answer.strip();
		if (text.length() > MAX_CONTENT) {
			throw bad("答复不能超过 " + MAX_CONTENT + " 字。");
		}
		int updated = this.jdbc.sql("""
				update publicity_error_report set status = 'CLOSED', answer = :answer, answered_by = :by,
				  answered_at = :now, version = version + 1
				where id = :id and version = :version and status = 'OPEN'""")
			.param("answer", text)
			.param("by", by)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw RuleViolation.conflict("该纠错反馈刚被他人处理过，请刷新页面后再操作。");
		}
		this.events.publishEvent(new Closed(id, report.title()));
		return get(id, scope);
	}

	/** A report in this scope, or 404. */
	ErrorReport get(long id, Set<Long> scope) {
		return this.jdbc.sql(SELECT + " where r.id = :id")
			.param("id", id)
			.query(ErrorReports::row)
			.optional()
			.filter((r) -> scope.contains(r.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("纠错反馈"));
	}

	/** The open reports in this scope, oldest first. */
	List<ErrorReport> open(Set<Long> scope, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where r.agency_id in (:scope) and r.status = 'OPEN' order by r.reported_at, r.id limit "
					+ Math.max(1, Math.min(limit, 500)))
			.param("scope", scope)
			.query(ErrorReports::row)
			.list();
	}

	private static RuleViolation bad(String message) {
		return new RuleViolation("PUBLICATION_REPORT_INVALID", message, HttpStatus.BAD_REQUEST);
	}

	private static final String SELECT = """
			select r.id, r.publication_id, r.agency_id, r.content, r.contact, r.status, r.answer, r.answered_by,
			       r.answered_at, r.reported_at, r.version, p.published_title, p.public_id
			from publicity_error_report r join publicity_publication p on p.id = r.publication_id""";

	private static ErrorReport row(ResultSet rs, int i) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new ErrorReport(rs.getLong("id"), rs.getLong("publication_id"), rs.getLong("agency_id"),
				rs.getString("published_title"), rs.getString("public_id"), rs.getString("content"),
				rs.getString("contact"), rs.getString("status"), rs.getString("answer"), rs.getString("answered_by"),
				(answered == null) ? null : answered.toInstant(), rs.getTimestamp("reported_at").toInstant(),
				rs.getInt("version"));
	}

	/** One error report; {@link #contact} is for the publisher only. */
	record ErrorReport(long id, long publicationId, long agencyId, String title, String publicId, String content,
			String contact, String status, String answer, String answeredBy, Instant answeredAt, Instant reportedAt,
			int version) {

		public boolean open() {
			return "OPEN".equals(this.status);
		}

	}

	/** A report was received (audited without its content: it may hold personal data). */
	record Received(long reportId, String title) implements AuditableEvent {

		@Override
		public String action() {
			return "PUBLICATION_ERROR_REPORTED";
		}

		@Override
		public String objectType() {
			return "PublicationErrorReport";
		}

		@Override
		public String objectId() {
			return Long.toString(this.reportId);
		}

		@Override
		public String objectLabel() {
			return this.title;
		}

	}

	/** The publisher answered and closed a report. */
	record Closed(long reportId, String title) implements AuditableEvent {

		@Override
		public String action() {
			return "PUBLICATION_ERROR_REPORT_CLOSED";
		}

		@Override
		public String objectType() {
			return "PublicationErrorReport";
		}

		@Override
		public String objectId() {
			return Long.toString(this.reportId);
		}

		@Override
		public String objectLabel() {
			return this.title;
		}

		@Override
		public String detail() {
			return "已答复并关闭";
		}

	}

}
