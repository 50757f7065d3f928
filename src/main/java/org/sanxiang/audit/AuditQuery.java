package org.sanxiang.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.sanxiang.core.Actor;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail within the auditor's agency subtree. Records without an agency
 * (anonymous login failures, system work) are visible to an auditor at the root of the
 * tree only. Filters take people's words: an action by its Chinese name, an object by its
 * name or number (or id); days are business days (Asia/Shanghai).
 */
@Component
class AuditQuery {

	/** The sortable column of the viewer: the time (in the order recorded). */
	static final Map<String, String> SORTABLE = Map.of("time", "时间");

	/** Each record's time as an offset time in the agency's zone, as people read it. */
	private final RowMapper<AuditEntry> row = (rs, row) -> new AuditEntry(rs.getLong("id"),
			inZone(rs.getObject("occurred_at", OffsetDateTime.class)), rs.getString("username"),
			(Long) rs.getObject("agency_id", Long.class), rs.getString("agency_name"), rs.getString("action"),
			rs.getString("object_type"), rs.getString("object_id"), rs.getString("object_label"),
			rs.getString("result"), rs.getString("client_address"), rs.getString("detail"));

	private final JdbcClient jdbc;

	private final AuditWords words;

	private final BusinessTime time;

	AuditQuery(JdbcClient jdbc, AuditWords words, BusinessTime time) {
		this.jdbc = jdbc;
		this.words = words;
		this.time = time;
	}

	private OffsetDateTime inZone(OffsetDateTime at) {
		return (at == null) ? null : at.atZoneSameInstant(this.time.zone()).toOffsetDateTime();
	}

	ResultPage<AuditEntry> page(AuditFilter filter, Actor auditor, Paging.Params params, Locale locale) {
		Paging paging = Paging.of(params, "time", true, SORTABLE);
		Where where = where(filter, auditor, locale);
		List<AuditEntry> rows = this.jdbc
			.sql("select * from audit_record where " + where.sql() + " order by id " + paging.dir()
					+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(this.row)
			.list();
		long total = this.jdbc
			.sql("select count(*) from (select 1 from audit_record where " + where.sql() + " limit :cap) counted")
			.params(where.params())
			.param("cap", ResultPage.COUNT_CAP + 1)
			.query(Long.class)
			.single();
		return ResultPage.of(rows, paging, Math.min(total, ResultPage.COUNT_CAP), total > ResultPage.COUNT_CAP);
	}

	void export(AuditFilter filter, Actor auditor, Locale locale, Consumer<AuditEntry> sink) {
		Where where = where(filter, auditor, locale);
		this.jdbc.sql("select * from audit_record where " + where.sql() + " order by id")
			.params(where.params())
			.query(this.row)
			.stream()
			.forEach(sink);
	}

	private Where where(AuditFilter filter, Actor auditor, Locale locale) {
		boolean root = auditor.agencyPath().chars().filter((c) -> c == '/').count() == 2;
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("(agency_path like :prefix" + (root ? " or agency_path is null)" : ")"));
		params.put("prefix", auditor.agencyPath() + "%");
		condition(sql, params, "occurred_at >= :from", "from", startOf(filter.from()));
		condition(sql, params, "occurred_at < :to", "to",
				startOf(filter.to() == null ? null : filter.to().plusDays(1)));
		condition(sql, params, "username = :username", "username", blankToNull(filter.username()));
		String action = blankToNull(filter.action());
		if (action != null) {
			List<String> codes = this.words.actionsMatching(action, locale);
			condition(sql, params, "action in (:actions)", "actions", codes.isEmpty() ? List.of(action) : codes);
		}
		condition(sql, params, "result = :result", "result", blankToNull(filter.result()));
		String object = blankToNull(filter.object());
		if (object != null) {
			sql.append(" and (object_label like :objectLike escape '\\' or object_id = :object)");
			params.put("objectLike", LikePattern.containing(object));
			params.put("object", object);
		}
		return new Where(sql.toString(), params);
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(clause);
			params.put(name, value);
		}
	}

	private OffsetDateTime startOf(LocalDate day) {
		return (day == null) ? null : day.atStartOfDay(this.time.zone()).toOffsetDateTime();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	record AuditFilter(LocalDate from, LocalDate to, String username, String action, String result, String object) {
	}

}
