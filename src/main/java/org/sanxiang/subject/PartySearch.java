package org.sanxiang.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.CreditCode;
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Search of parties within a data scope: an exact 统一社会信用代码 (index), otherwise a name
 * substring, case-insensitive; optionally within a region (a province or prefecture code
 * covers its counties). A substring of two characters or more is looked up in the bigram
 * index ({@link PartyNameIndex}) and its candidates checked; a single character, or a
 * query of common bigrams only, reads the parties newest-first and stops at a page. Pages
 * are fetched one row long to tell whether another follows, without counting.
 */
@Component
class PartySearch {

	static final int PAGE_SIZE = 20;

	private static final int CHUNK = 500;

	private static final String COLUMNS = "select id, agency_id, kind, name, credit_code, region_code, id_number_masked,"
			+ " phone_masked, key_polluter, management_class from subject_party where ";

	private final JdbcClient jdbc;

	private final PartyNameIndex names;

	PartySearch(JdbcClient jdbc, PartyNameIndex names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	PartySummary.Page search(Set<Long> agencyIds, String query, String region, int page) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		if (agencyIds.isEmpty()) {
			return new PartySummary.Page(List.of(), safePage, PAGE_SIZE, false);
		}
		Filter filter = Filter.of(agencyIds, query, region);
		long[] candidates = (filter.name() == null) ? null : this.names.candidates(filter.name());
		List<PartySummary> rows = (candidates == null) ? newestFirst(filter, safePage)
				: checked(filter, candidates, safePage);
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new PartySummary.Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, safePage, PAGE_SIZE, hasNext);
	}

	/**
	 * One page with its total, sorted by registration ({@code registered}, the id) or by
	 * name. Without a name the database counts (up to {@link ResultPage#COUNT_CAP}) and
	 * sorts; with a name every candidate of the index is checked, then sorted here.
	 */
	ResultPage<PartySummary> page(Set<Long> agencyIds, String query, String region, Paging paging) {
		if (agencyIds.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0, false);
		}
		Filter filter = Filter.of(agencyIds, query, region);
		long[] candidates = (filter.name() == null) ? null : this.names.candidates(filter.name());
		Comparator<PartySummary> order = paging.sort().equals("name")
				? Comparator.comparing(PartySummary::name).thenComparing(PartySummary::id)
				: Comparator.comparing(PartySummary::id);
		if (candidates != null) {
			List<PartySummary> all = new ArrayList<>();
			for (int from = 0; from < candidates.length; from += CHUNK) {
				List<Long> ids = Arrays.stream(candidates, from, Math.min(candidates.length, from + CHUNK))
					.boxed()
					.toList();
				all.addAll(this.jdbc.sql(COLUMNS + "id in (:ids) and " + filter.where())
					.params(filter.params())
					.param("ids", ids)
					.query(PartySearch::summary)
					.list());
			}
			all.sort(paging.descending() ? order.reversed() : order);
			int start = (int) Math.min(all.size(), paging.offset());
			return ResultPage.of(all.subList(start, Math.min(all.size(), start + paging.size())), paging, all.size(),
					false);
		}
		String dir = paging.descending() ? " desc" : " asc";
		String orderBy = paging.sort().equals("name") ? " order by name" + dir + ", id" + dir : " order by id" + dir;
		List<PartySummary> rows = this.jdbc.sql(COLUMNS + filter.where() + orderBy + " limit :limit offset :offset")
			.params(filter.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(PartySearch::summary)
			.list();
		long total = this.jdbc
			.sql("select count(*) from (select 1 from subject_party where " + filter.where() + " limit :cap) counted")
			.params(filter.params())
			.param("cap", ResultPage.COUNT_CAP + 1)
			.query(Long.class)
			.single();
		return ResultPage.of(rows, paging, Math.min(total, ResultPage.COUNT_CAP), total > ResultPage.COUNT_CAP);
	}

	/**
	 * One page (and one row more) read newest-first. {@code agency_id + 0} keeps the
	 * (agency, credit code) index out of the plan, so that both databases walk the
	 * primary key backwards and stop at the page instead of sorting the agency's every
	 * party.
	 */
	private List<PartySummary> newestFirst(Filter filter, int page) {
		String sql = COLUMNS + filter.whereNewestFirst() + " order by id desc limit :limit offset :offset";
		return this.jdbc.sql(sql)
			.params(filter.params())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", page * PAGE_SIZE)
			.query(PartySearch::summary)
			.list();
	}

	/** The matches among index candidates (newest first), checked a chunk at a time. */
	private List<PartySummary> checked(Filter filter, long[] candidates, int page) {
		int wanted = (page + 1) * PAGE_SIZE + 1;
		List<PartySummary> found = new ArrayList<>();
		for (int from = 0; from < candidates.length && found.size() < wanted; from += CHUNK) {
			List<Long> ids = Arrays.stream(candidates, from, Math.min(candidates.length, from + CHUNK))
				.boxed()
				.toList();
			found.addAll(this.jdbc.sql(COLUMNS + "id in (:ids) and " + filter.where() + " order by id desc")
				.params(filter.params())
				.param("ids", ids)
				.query(PartySearch::summary)
				.list());
		}
		int skip = page * PAGE_SIZE;
		return (found.size() <= skip) ? List.of() : found.subList(skip, Math.min(found.size(), wanted));
	}

	private static PartySummary summary(ResultSet rs, int n) throws SQLException {
		return new PartySummary(rs.getLong(1), rs.getLong(2), PartyKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
				(rs.getString(10) == null) ? null : ManagementClass.valueOf(rs.getString(10)));
	}

	/**
	 * A where clause and its parameters for a scope, a query and a region; {@code name}
	 * is the normalised name substring searched for, if any.
	 */
	record Filter(String where, Map<String, Object> params, String name) {

		static Filter of(Set<Long> agencyIds, String query, String region) {
			Map<String, Object> params = new HashMap<>();
			StringBuilder where = new StringBuilder("agency_id in (:agencies)");
			params.put("agencies", agencyIds.isEmpty() ? Set.of(-1L) : agencyIds);
			String q = (query == null) ? "" : query.strip();
			String name = null;
			if (CreditCode.check(q.toUpperCase(Locale.ROOT)).isEmpty()) {
				where.append(" and credit_code = :code");
				params.put("code", q.toUpperCase(Locale.ROOT));
			}
			else if (!q.isEmpty()) {
				name = PartyNameIndex.normalise(q);
				where.append(" and lower(name) like :pattern escape '\\'");
				params.put("pattern", LikePattern.containing(name));
			}
			String prefix = regionPrefix(region);
			if (prefix != null) {
				where.append(" and region_code like :region");
				params.put("region", prefix + "%");
			}
			return new Filter(where.toString(), params, name);
		}

		/** The same clause with the scope condition kept off the agency index. */
		String whereNewestFirst() {
			return "(agency_id + 0)" + this.where.substring("agency_id".length());
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
