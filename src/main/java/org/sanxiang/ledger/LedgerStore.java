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
	 * Takes the next {@code count} indices at once; returns the first. The update holds
	 * the {@code ledger_head} row lock until the caller's transaction ends, so appends
	 * from every node are serialised by the database (not by a JVM) and commit in index
	 * order.
	 */
	long reserve(int count) {
		this.jdbc.sql("update ledger_head set tree_size = tree_size + :count where id = 1")
			.param("count", count)
			.update();
		return this.jdbc.sql("select tree_size from ledger_head where id = 1").query(Long.class).single() - count;
	}

	/** Inserts entries with one multi-row statement. */
	void insertAll(List<LedgerEntry> entries) {
		Map<String, Object> p = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("insert into ledger_entry (entry_index, entry_type, subject_type, "
				+ "subject_id, content_sha256, content_sm3, recorded_at, account, agency_id, subject_public, leaf_input, "
				+ "leaf_hash) values ");
		for (int i = 0; i < entries.size(); i++) {
			LedgerEntry e = entries.get(i);
			sql.append((i == 0) ? "" : ", ")
				.append(String
					.format("(:index%1$d, :type%1$d, :subjectType%1$d, :subjectId%1$d, :sha256%1$d, :sm3%1$d, "
							+ ":at%1$d, :account%1$d, :agency%1$d, :public%1$d, :input%1$d, :hash%1$d)", i));
			p.put("index" + i, e.index());
			p.put("type" + i, e.type());
			p.put("subjectType" + i, e.subjectType());
			p.put("subjectId" + i, e.subjectId());
			p.put("sha256" + i, e.contentSha256());
			p.put("sm3" + i, e.contentSm3());
			p.put("at" + i, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
			p.put("account" + i, e.account());
			p.put("agency" + i, e.agencyId());
			p.put("public" + i, e.subjectPublic());
			p.put("input" + i, e.leafInput());
			p.put("hash" + i, e.leafHash());
		}
		this.jdbc.sql(sql.toString()).params(p).update();
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

	List<LedgerEntry> bySubject(String subjectType, String subjectId) {
		return this.jdbc.sql(
				"select * from ledger_entry where subject_type = :type and subject_id = :id order by entry_index limit 100")
			.param("type", subjectType)
			.param("id", subjectId)
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

	List<LedgerKey> keys() {
		return this.jdbc.sql("select * from ledger_key order by created_at, fingerprint")
			.query((rs, row) -> new LedgerKey(rs.getString("fingerprint"), rs.getString("public_key_pem"),
					instant(rs, "created_at"), rs.getString("previous_fingerprint"),
					rs.getString("rotation_statement")))
			.list();
	}

	void insert(LedgerKey key) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("fingerprint", key.fingerprint());
		p.put("pem", key.publicKeyPem());
		p.put("at", OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC));
		p.put("previous", key.previousFingerprint());
		p.put("statement", key.rotationStatement());
		this.jdbc
			.sql("""
					insert into ledger_key (fingerprint, public_key_pem, created_at, previous_fingerprint, rotation_statement)
					values (:fingerprint, :pem, :at, :previous, :statement)""")
			.params(p)
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
