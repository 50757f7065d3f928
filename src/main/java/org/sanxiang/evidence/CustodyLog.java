package org.sanxiang.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Actor;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The custody log (监管链) of evidence items: who registered, viewed, streamed, downloaded
 * (with the reason, which is required) or derived from each item, and when. Append-only:
 * the database refuses UPDATE and DELETE.
 */
@Component
public class CustodyLog {

	public enum Action {

		REGISTER, VIEW, STREAM, DOWNLOAD, DERIVE, EXPORT, REPORT

	}

	/** One line of the log. */
	public record Entry(long id, long itemId, Action action, String actor, String actorName, Instant at, String reason,
			String detail) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CustodyLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void append(long itemId, Action action, Actor actor, String reason, String detail) {
		append(itemId, action, actor, reason, detail, this.clock.instant());
	}

	/** A line written at {@code at} (the moment the act it records was done). */
	void append(long itemId, Action action, Actor actor, String reason, String detail, Instant at) {
		if (action == Action.DOWNLOAD && (reason == null || reason.isBlank())) {
			throw new RuleViolation("EVIDENCE_DOWNLOAD_REASON", "下载证据须写明用途", HttpStatus.BAD_REQUEST);
		}
		this.jdbc
			.sql("""
					insert into evidence_custody (item_id, action, actor, actor_name, agency_id, occurred_at, reason, detail)
					values (:item, :action, :actor, :name, :agency, :at, :reason, :detail)""")
			.param("item", itemId)
			.param("action", action.name())
			.param("actor", actor.username())
			.param("name", actor.displayName())
			.param("agency", actor.agencyId())
			.param("at", Timestamp.from(at))
			.param("reason", (reason == null) ? null : reason.strip())
			.param("detail", (detail == null) ? null : detail.substring(0, Math.min(200, detail.length())))
			.update();
	}

	/** How many lines an item's log holds. */
	long count(long itemId) {
		return this.jdbc.sql("select count(*) from evidence_custody where item_id = :item")
			.param("item", itemId)
			.query(Long.class)
			.single();
	}

	/**
	 * At most {@code limit} lines of an item's log in the order they were written: the
	 * first ones, or ({@code latest}) the last ones.
	 */
	List<Entry> lines(long itemId, int limit, boolean latest) {
		List<Entry> lines = this.jdbc
			.sql("select id, item_id, action, actor, actor_name, occurred_at, reason, detail from evidence_custody"
					+ " where item_id = :item order by id " + (latest ? "desc" : "asc") + " fetch first " + limit
					+ " rows only")
			.param("item", itemId)
			.query(CustodyLog::entry)
			.list();
		if (latest) {
			lines = new java.util.ArrayList<>(lines);
			java.util.Collections.reverse(lines);
		}
		return lines;
	}

	private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Entry(rs.getLong(1), rs.getLong(2), Action.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
	}

	/** An item's whole log, oldest first (for the 案卷's 副卷). */
	public List<Entry> all(long itemId) {
		return this.jdbc
			.sql("select id, item_id, action, actor, actor_name, occurred_at, reason, detail from evidence_custody"
					+ " where item_id = :item order by id")
			.param("item", itemId)
			.query(CustodyLog::entry)
			.list();
	}

	/** A page of an item's log, newest first. */
	public ResultPage<Entry> page(long itemId, Paging.Params params) {
		Paging paging = Paging.of(params, "at", true, Map.of("at", "时间"));
		long total = this.jdbc.sql("select count(*) from evidence_custody where item_id = :item")
			.param("item", itemId)
			.query(Long.class)
			.single();
		List<Entry> entries = this.jdbc
			.sql("select id, item_id, action, actor, actor_name, occurred_at, reason, detail from evidence_custody"
					+ " where item_id = :item order by id " + paging.dir() + " offset " + paging.offset()
					+ " rows fetch next " + paging.size() + " rows only")
			.param("item", itemId)
			.query(CustodyLog::entry)
			.list();
		return ResultPage.of(entries, paging, total, false);
	}

}
