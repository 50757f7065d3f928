package org.sanxiang.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the ledger. There is no update or delete of entries or checkpoints here, nor
 * anywhere else.
 */
@Component
class LedgerStore {

	private final JdbcClient jdbc;

	LedgerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the next index; the head row stays locked until the caller's transaction
	 * ends.
	 */
	long nextIndex() {
		this.jdbc.sql("update ledger_head set tree_size = tree_size + 1 where id = 1").update();
		return this.jdbc.sql("select tree_size from ledger_head where id = 1").query(Long.class).single() - 1;
	}

	void insert(LedgerEntry e) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("index", e.index());
		p.put("type", e.type());
		p.put("subjectType", e.subjectType());
		p.put("subjectId", e.subjectId());
		p.put("sha256", e.contentSha256());
		p.put("sm3", e.contentSm3());
		p.put("at", OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
		p.put("account", e.account());
		p.put("agency", e.agencyId());
		p.put("public", e.subjectPublic());
		p.put("input", e.leafInput());
		p.put("hash", e.leafHash());
		this.jdbc
			.sql("""
					insert into ledger_entry (entry_index, entry_type, subject_type, subject_id, content_sha256, content_sm3,
					  recorded_at, account, agency_id, subject_public, leaf_input, leaf_hash)
					values (:index, :type, :subjectType, :subjectId, :sha256, :sm3, :at, :account, :agency, :public,
					  :input, :hash)""")
			.params(p)
			.update();
	}

	List<LedgerEntry> entries(long start, long end) {
		return this.jdbc
			.sql("select * from ledger_entry where entry_index >= :start and entry_index < :end order by entry_index")
			.param("start", start)
			.param("end", end)
			.query(this::entry)
			.list();
	}

	/** Stored entries from an index on, in index order, whatever gaps there are. */
	List<LedgerEntry> entriesFrom(long start, int limit) {
		return this.jdbc
			.sql("select * from ledger_entry where entry_index >= :start order by entry_index limit " + limit)
			.param("start", start)
			.query(this::entry)
			.list();
	}

	Optional<LedgerEntry> bySha256(String sha256) {
		return this.jdbc.sql("select * from ledger_entry where content_sha256 = :sha order by entry_index")
			.param("sha", sha256)
			.query(this::entry)
			.list()
			.stream()
			.findFirst();
	}

	Optional<SignedCheckpoint> latestCheckpoint() {
		return this.jdbc.sql("select * from ledger_checkpoint order by tree_size desc limit 1")
			.query(this::checkpoint)
			.optional();
	}

	List<SignedCheckpoint> checkpointsAfter(long treeSize, int limit) {
		return this.jdbc
			.sql("select * from ledger_checkpoint where tree_size > :size order by tree_size limit " + limit)
			.param("size", treeSize)
			.query(this::checkpoint)
			.list();
	}

	void insert(SignedCheckpoint c) {
		this.jdbc.sql("""
				insert into ledger_checkpoint (tree_size, root_hash, created_at, body, signature, key_fingerprint)
				values (:size, :root, :at, :body, :signature, :key)""")
			.param("size", c.treeSize())
			.param("root", c.rootHash())
			.param("at", OffsetDateTime.ofInstant(c.timestamp(), ZoneOffset.UTC))
			.param("body", c.body())
			.param("signature", c.signature())
			.param("key", c.keyFingerprint())
			.update();
	}

	private LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getLong("entry_index"), rs.getString("entry_type"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("content_sha256"), rs.getString("content_sm3"),
				instant(rs, "recorded_at"), rs.getString("account"), rs.getObject("agency_id", Long.class),
				rs.getBoolean("subject_public"), rs.getString("leaf_input"), rs.getString("leaf_hash"));
	}

	private SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
		return new SignedCheckpoint(rs.getLong("tree_size"), rs.getString("root_hash"), instant(rs, "created_at"),
				rs.getString("body"), rs.getString("signature"), rs.getString("key_fingerprint"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
