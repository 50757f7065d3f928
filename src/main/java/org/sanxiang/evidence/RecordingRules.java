package org.sanxiang.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each agency's own rules for whole-process recording (全过程记录管理制度), which the provincial
 * notice asks every bureau to set: 设备配备、使用规范、适用范围、记录要素、存储. Edited by the unit head as new
 * revisions (the old ones kept); the newest is in force and published with the 事前
 * information ({@link #published()}).
 */
@Service
public class RecordingRules {

	static final int MAX_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final BusinessTime time;

	RecordingRules(JdbcClient jdbc, BusinessTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** One revision of an agency's rules, with when it was saved. */
	public record Revision(long agencyId, int revision, String equipment, String usage, String scope, String elements,
			String storage, String updatedByName, Instant updatedAt) {
	}

	/** The rules in force for the agency, if it has set any. */
	public Optional<Revision> current(long agencyId) {
		return this.jdbc.sql(SELECT + " where agency_id = :agency order by revision desc fetch first 1 rows only")
			.param("agency", agencyId)
			.query(RecordingRules::row)
			.optional();
	}

	/** The rules in force of every agency that has set them, for the public portal. */
	public List<Revision> published() {
		return this.jdbc.sql(SELECT
				+ " r where revision = (select max(revision) from recording_rules m where m.agency_id = r.agency_id)"
				+ " order by agency_id")
			.query(RecordingRules::row)
			.list();
	}

	/** Saves a new revision of the actor's agency's rules. */
	@Transactional
	public Revision save(String equipment, String usage, String scope, String elements, String storage, Actor actor) {
		int next = current(actor.agencyId()).map((r) -> r.revision() + 1).orElse(1);
		try {
			this.jdbc.sql("""
					insert into recording_rules (agency_id, revision, equipment, usage_rules, applicable_scope,
					       record_elements, storage_rules, updated_by, updated_by_name, updated_at)
					values (:agency, :revision, :equipment, :usage, :scope, :elements, :storage, :by, :byName, :now)""")
				.param("agency", actor.agencyId())
				.param("revision", next)
				.param("equipment", text(equipment, "设备配备"))
				.param("usage", text(usage, "使用规范"))
				.param("scope", text(scope, "适用范围"))
				.param("elements", text(elements, "记录要素"))
				.param("storage", text(storage, "存储"))
				.param("by", actor.username())
				.param("byName", actor.displayName())
				.param("now", Timestamp.from(this.time.now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolation.conflict("记录制度刚被他人修改，请刷新后重试");
		}
		return current(actor.agencyId()).orElseThrow();
	}

	private static final String SELECT = """
			select agency_id, revision, equipment, usage_rules, applicable_scope, record_elements, storage_rules,
			       updated_by_name, updated_at from recording_rules""";

	private static Revision row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Revision(rs.getLong("agency_id"), rs.getInt("revision"), rs.getString("equipment"),
				rs.getString("usage_rules"), rs.getString("applicable_scope"), rs.getString("record_elements"),
				rs.getString("storage_rules"), rs.getString("updated_by_name"),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static String text(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("RECORDING_RULES_REQUIRED", "请填写" + what, HttpStatus.BAD_REQUEST);
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_LENGTH) {
			throw new RuleViolation("RECORDING_RULES_TOO_LONG", what + "不能超过 " + MAX_LENGTH + " 字",
					HttpStatus.BAD_REQUEST);
		}
		if (stripped.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw new RuleViolation("RECORDING_RULES_CONTROL", what + "含有不可见的控制字符", HttpStatus.BAD_REQUEST);
		}
		return stripped;
	}

}
