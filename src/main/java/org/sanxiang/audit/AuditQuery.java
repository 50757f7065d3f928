package org.sanxiang.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanxiang.core.Actor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail within the auditor's agency subtree. Records without an agency
 * (anonymous login failures, system work) are visible to an auditor at the root of the
 * tree only.
 */
@Component
class AuditQuery {

	static final int PAGE_SIZE = 50;

	private static final RowMapper<AuditEntry> ROW = (rs, row) -> new AuditEntry(rs.getLong("id"),
			rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
			(Long) rs.getObject("agency_id", Long.class), rs.getString("action"), rs.getString("object_type"),
			rs.getString("object_id"), rs.getString("result"), rs.getString("client_address"), rs.getString("detail"));

	private final JdbcClient jdbc;

	AuditQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AuditEntry> page(AuditFilter filter, Actor auditor, int page) {
		return statement(filter, auditor,
				" order by id desc limit " + PAGE_SIZE + " offset " + (Math.max(0, page) * PAGE_SIZE))
			.query(ROW)
			.list();
	}

	void export(AuditFilter filter, Actor auditor, Consumer<AuditEntry> sink) {
		statement(filter, auditor, " order by id").query(ROW).stream().forEach(sink);
	}

	private JdbcClient.StatementSpec statement(AuditFilter filter, Actor auditor, String tail) {
		ZoneId zone = ZoneId.systemDefault();
		boolean root = auditor.agencyPath().chars().filter((c) -> c == '/').count() == 2;
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("select * from audit_record where (agency_path like :prefix"
				+ (root ? " or agency_path is null)" : ")"));
		params.put("prefix", auditor.agencyPath() + "%");
		condition(sql, params, "occurred_at >= :from", "from", startOf(filter.from(), zone));
		condition(sql, params, "occurred_at < :to", "to",
				startOf(filter.to() == null ? null : filter.to().plusDays(1), zone));
		condition(sql, params, "username = :username", "username", blankToNull(filter.username()));
		condition(sql, params, "action = :action", "action", blankToNull(filter.action()));
		condition(sql, params, "result = :result", "result", blankToNull(filter.result()));
		return this.jdbc.sql(sql + tail).params(params);
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(clause);
			params.put(name, value);
		}
	}

	private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
		return (day == null) ? null : day.atStartOfDay(zone).toOffsetDateTime();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	record AuditFilter(LocalDate from, LocalDate to, String username, String action, String result) {
	}

}
