package org.sanxiang.evidence.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.core.ContentDigests;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The finished uploads (table {@code evidence_upload}, V35): one row per upload, written
 * once, so that the result can be asked for and a second finalisation finds the first.
 * The first {@link UploadCompletion}: its insert refuses a second row for the same
 * upload, which rolls back a concurrent finalisation before anything else is called.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadResults implements UploadCompletion {

	private final JdbcClient jdbc;

	UploadResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void completed(FinishedUpload upload) {
		this.jdbc.sql("""
				insert into evidence_upload (upload_id, account_id, owner_kind, owner_id, owner_stage, sha256, sm3,
				    size_bytes, file_name, media_type, finished_at)
				values (:id, :account, :kind, :ownerId, :stage, :sha256, :sm3, :size, :fileName, :mediaType, :at)""")
			.param("id", upload.uploadId().toString())
			.param("account", upload.accountId())
			.param("kind", upload.owner().kind())
			.param("ownerId", upload.owner().id())
			.param("stage", upload.owner().stage())
			.param("sha256", upload.digests().sha256())
			.param("sm3", upload.digests().sm3())
			.param("size", upload.size())
			.param("fileName", upload.fileName())
			.param("mediaType", upload.mediaType())
			.param("at", Timestamp.from(upload.finishedAt()))
			.update();
	}

	Optional<FinishedUpload> find(UUID uploadId) {
		return this.jdbc.sql("select * from evidence_upload where upload_id = :id")
			.param("id", uploadId.toString())
			.query(UploadResults::row)
			.optional();
	}

	private static FinishedUpload row(ResultSet rs, int n) throws SQLException {
		return new FinishedUpload(UUID.fromString(rs.getString("upload_id")), rs.getLong("account_id"),
				new UploadOwner(rs.getString("owner_kind"), rs.getString("owner_id"), rs.getString("owner_stage")),
				rs.getString("file_name"), rs.getString("media_type"),
				new ContentDigests(rs.getString("sha256"), rs.getString("sm3")), rs.getLong("size_bytes"),
				rs.getTimestamp("finished_at").toInstant());
	}

}
