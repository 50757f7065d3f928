package org.sanxiang.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incomplete publications of the registry, newest first, and their resubmission. The
 * list reads the registry's table (Spring Modulith has no paged query); resubmitting goes
 * through Modulith's {@link IncompleteEventPublications}, which hands the event to its
 * listener again.
 */
@Service
public class EventPublications {

	/** The list's sortable columns, with their Chinese names. */
	static final Map<String, String> SORTABLE = Map.of("published", "发布时间");

	private static final String COLUMNS = "select id, event_type, listener_id, publication_date, completion_date,"
			+ " status, completion_attempts, last_resubmission_date from event_publication";

	private final JdbcClient jdbc;

	private final IncompleteEventPublications incomplete;

	private final ApplicationEventPublisher events;

	EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
		this.events = events;
	}

	/** One page of the publications whose listener has not completed. */
	public ResultPage<Publication> incomplete(Paging.Params params) {
		Paging paging = Paging.of(params, "published", true, SORTABLE);
		var rows = this.jdbc
			.sql(COLUMNS + " where completion_date is null order by publication_date " + paging.dir()
					+ ", id limit :limit offset :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(EventPublications::publication)
			.list();
		long total = this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
		return ResultPage.of(rows, paging, total, false);
	}

	public Optional<Publication> find(UUID id) {
		return this.jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(EventPublications::publication)
			.optional();
	}

	/**
	 * Hands an incomplete publication to its listener again (audited). Refuses one that
	 * is unknown or has completed meanwhile.
	 */
	@Transactional
	public Publication resubmit(UUID id) {
		Publication publication = find(id).filter((p) -> p.completedAt() == null)
			.orElseThrow(() -> RuleViolation.notFound("未完成的事件投递"));
		this.events.publishEvent(new PublicationResubmitted(id, publication.eventName(), publication.listenerName(),
				publication.attempts()));
		this.incomplete.resubmitIncompletePublications((candidate) -> candidate.getIdentifier().equals(id));
		return publication;
	}

	private static Publication publication(ResultSet rs, int row) throws SQLException {
		return new Publication(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getString("listener_id"),
				instant(rs, "publication_date"), instant(rs, "completion_date"), rs.getString("status"),
				rs.getInt("completion_attempts"), instant(rs, "last_resubmission_date"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp time) {
			return time.toInstant();
		}
		return (value == null) ? null : rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
