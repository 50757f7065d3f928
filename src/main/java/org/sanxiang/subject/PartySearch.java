package org.sanxiang.subject;

import java.util.List;
import java.util.Set;

import org.sanxiang.core.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search of parties within a data scope: an exact 统一社会信用代码 (index), otherwise a name
 * substring; optionally within a region (a province or prefecture code covers its
 * counties). Pages are fetched one row long to tell whether another follows, without
 * counting.
 */
@Component
class PartySearch {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	PartySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PartySummary.Page search(Set<Long> agencyIds, String query, String region, int page) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		if (agencyIds.isEmpty()) {
			return new PartySummary.Page(List.of(), safePage, PAGE_SIZE, false);
		}
		Filter filter = Filter.of(agencyIds, query, region);
		String sql = "select id, agency_id, kind, name, credit_code, region_code, id_number_masked, phone_masked,"
				+ " key_polluter, management_class from subject_party where " + filter.where()
				+ " order by id desc limit :limit offset :offset";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.params(filter.params())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", safePage * PAGE_SIZE);
		List<PartySummary> rows = statement
			.query((rs, n) -> new PartySummary(rs.getLong(1), rs.getLong(2), PartyKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getBoolean(9), (rs.getString(10) == null) ? null : ManagementClass.valueOf(rs.getString(10))))
			.list();
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new PartySummary.Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, safePage, PAGE_SIZE, hasNext);
	}

	/** A where clause and its parameters for a scope, a query and a region. */
	record Filter(String where, java.util.Map<String, Object> params) {

		static Filter of(Set<Long> agencyIds, String query, String region) {
			java.util.Map<String, Object> params = new java.util.HashMap<>();
			StringBuilder where = new StringBuilder("agency_id in (:agencies)");
			params.put("agencies", agencyIds.isEmpty() ? Set.of(-1L) : agencyIds);
			String q = (query == null) ? "" : query.strip();
			if (CreditCode.check(q.toUpperCase()).isEmpty()) {
				where.append(" and credit_code = :code");
				params.put("code", q.toUpperCase());
			}
			else if (!q.isEmpty()) {
				where.append(" and name like :pattern escape '\\'");
				params.put("pattern", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			String prefix = regionPrefix(region);
			if (prefix != null) {
				where.append(" and region_code like :region");
				params.put("region", prefix + "%");
			}
			return new Filter(where.toString(), params);
		}

	}

	List<Long> byIdNumberIndex(String index) {
		return this.jdbc.sql("select id from subject_party where id_number_index = :index")
			.param("index", index)
			.query(Long.class)
			.list();
	}

	/**
	 * {@code 231000} → {@code 2310}, {@code 230000} → {@code 23}; anything malformed →
	 * none.
	 */
	static String regionPrefix(String region) {
		if (region == null || !region.strip().matches("[0-9]{6}")) {
			return null;
		}
		String r = region.strip();
		if (r.endsWith("0000")) {
			return r.substring(0, 2);
		}
		return r.endsWith("00") ? r.substring(0, 4) : r;
	}

}
