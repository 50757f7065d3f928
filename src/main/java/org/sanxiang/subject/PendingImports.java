package org.sanxiang.subject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import previews awaiting confirmation, in the database that every node shares
 * (table {@code subject_pending_import}): the uploaded file and its preview.
 */
@Component
class PendingImports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PendingImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a preview found: the report shown, and the rows a later row with the same
	 * credit code supersedes.
	 */
	record Preview(ImportReport report, Set<Integer> superseded) {
	}

	/** A stored preview, without the file. */
	record Pending(String token, String username, long agencyId, Preview preview) {
	}

	void add(String token, String username, long agencyId, Instant created, Preview preview, byte[] content) {
		this.jdbc.sql("""
				insert into subject_pending_import (token, username, agency_id, created_at, preview, content)
				values (:token, :username, :agency, :created, :preview, :content)""")
			.param("token", token)
			.param("username", username)
			.param("agency", agencyId)
			.param("created", OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
			.param("preview", JSON.writeValueAsString(preview).getBytes(StandardCharsets.UTF_8))
			.param("content", content)
			.update();
	}

	Optional<Pending> find(String token) {
		return this.jdbc.sql("select token, username, agency_id, preview from subject_pending_import where token = :t")
			.param("t", token)
			.query((rs, row) -> new Pending(rs.getString("token"), rs.getString("username"), rs.getLong("agency_id"),
					preview(rs.getBytes("preview"))))
			.optional();
	}

	/**
	 * The file of a preview, its row locked until the caller's transaction ends: a second
	 * confirmation, on any node, waits and then finds the preview gone.
	 */
	Optional<byte[]> lockContent(String token) {
		return this.jdbc.sql("select content from subject_pending_import where token = :t for update")
			.param("t", token)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	boolean remove(String token) {
		return this.jdbc.sql("delete from subject_pending_import where token = :t").param("t", token).update() == 1;
	}

	/** Removes the user's oldest previews so that {@code keep} remain. */
	void keepNewest(String username, int keep) {
		List<String> own = this.jdbc
			.sql("select token from subject_pending_import where username = :u order by id desc")
			.param("u", username)
			.query(String.class)
			.list();
		own.stream().skip(Math.max(keep, 0)).forEach(this::remove);
	}

	int removeCreatedBefore(Instant limit) {
		return this.jdbc.sql("delete from subject_pending_import where created_at < :limit")
			.param("limit", OffsetDateTime.ofInstant(limit, ZoneOffset.UTC))
			.update();
	}

	private static Preview preview(byte[] json) {
		return JSON.readValue(json, Preview.class);
	}

}
