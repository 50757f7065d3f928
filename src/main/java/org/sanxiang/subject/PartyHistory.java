package org.sanxiang.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.sanxiang.core.Actor;
import org.sanxiang.platform.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only change list of each party (the database refuses updates and deletes).
 */
@Component
class PartyHistory {

	private final JdbcClient jdbc;

	private final Clock clock;

	PartyHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long partyId, String change, String fields) {
		this.jdbc.sql("""
				insert into subject_change (party_id, changed_at, username, change_kind, fields)
				values (:partyId, :at, :username, :change, :fields)""")
			.param("partyId", partyId)
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("username", actorName())
			.param("change", change)
			.param("fields", fields.length() > 1000 ? fields.substring(0, 1000) : fields)
			.update();
	}

	List<PartyChange> of(long partyId) {
		return this.jdbc.sql("""
				select changed_at, username, change_kind, fields from subject_change
				where party_id = :partyId order by id desc""")
			.param("partyId", partyId)
			.query((rs, n) -> new PartyChange(
					LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), this.clock.getZone()), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	static String actorName() {
		Actor actor = CurrentActor.orNull();
		return actor == null ? "system" : actor.username();
	}

}
