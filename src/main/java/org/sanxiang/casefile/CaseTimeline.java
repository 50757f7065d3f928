package org.sanxiang.casefile;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a case's timeline (全过程记录) the only way the database allows: by appending. The
 * aggregate's entries are read with it but never written by Spring Data JDBC (which would
 * delete and re-insert them on each save); after every save — in the same transaction —
 * the entries beyond those already stored are inserted, each once. {@code case_entry}
 * refuses UPDATE, DELETE and TRUNCATE (migration V57).
 */
@Component
class CaseTimeline implements AfterSaveCallback<PenaltyCase> {

	private final JdbcClient jdbc;

	CaseTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PenaltyCase onAfterSave(PenaltyCase kase) {
		int stored = this.jdbc.sql("select count(*) from case_entry where case_id = :id")
			.param("id", kase.id())
			.query(Integer.class)
			.single();
		List<CaseEntry> entries = kase.entries();
		for (int index = stored; index < entries.size(); index++) {
			CaseEntry entry = entries.get(index);
			this.jdbc
				.sql("insert into case_entry (case_id, entry_index, act, acted_on, recorded_at, actor, actor_name,"
						+ " officers, document_ids, evidence_ids, note) values (:case, :index, :act, :on, :at, :actor,"
						+ " :actorName, :officers, :documents, :evidence, :note)")
				.param("case", kase.id())
				.param("index", index)
				.param("act", entry.act().name())
				.param("on", entry.actedOn())
				.param("at", entry.recordedAt().atOffset(ZoneOffset.UTC))
				.param("actor", entry.actor())
				.param("actorName", entry.actorName())
				.param("officers", entry.officersJson())
				.param("documents", entry.documentIdsText())
				.param("evidence", entry.evidenceIdsText())
				.param("note", entry.note())
				.update();
		}
		return kase;
	}

}
