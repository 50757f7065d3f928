package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a year for an agency in the reader's data scope and the agencies
 * under it, counted from the facts only — so each figure is exactly the rows its link
 * lists.
 */
@Service
public class AnnualReports {

	static final int FIRST_YEAR = 2000;

	private static final String IN_REPORT = " from statistics_fact where business_date between :first and :last"
			+ " and agency_id in (:agencies)";

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	AnnualReports(JdbcClient jdbc, AgencyDirectory agencies, BusinessTime time) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.time = time;
	}

	/**
	 * The report of {@code year} (default: last year) for {@code agencyId} (default: the
	 * reader's).
	 */
	@Transactional(readOnly = true)
	public AnnualReport report(SanxiangPrincipal reader, Integer year, Long agencyId) {
		int y = year(year);
		Agency agency = agency(reader, agencyId);
		Map<String, Object> params = params(y, subtree(reader, agency));
		Map<String, long[]> counts = new HashMap<>();
		Map<String, BigDecimal> sums = new HashMap<>();
		this.jdbc
			.sql("select kind, category, count(*) as n, sum(amount) as total" + IN_REPORT + " group by kind, category")
			.params(params)
			.query((rs, n) -> {
				String key = rs.getString("category").isEmpty() ? rs.getString("kind")
						: rs.getString("kind") + ":" + rs.getString("category");
				counts.put(key, new long[] { rs.getLong("n") });
				BigDecimal total = rs.getBigDecimal("total");
				sums.put(key, (total == null) ? BigDecimal.ZERO : total);
				return null;
			})
			.list();
		List<AnnualReport.Line> lines = Figure.ALL.stream()
			.map((f) -> new AnnualReport.Line(f.key(), f.group(), f.label(),
					counts.getOrDefault(f.key(), new long[] { 0 })[0], sums.getOrDefault(f.key(), BigDecimal.ZERO),
					f.money()))
			.toList();
		return new AnnualReport(y, agency.id(), agency.name(), LocalDate.of(y + 1, 1, 31), lines);
	}

	/** The records one figure counts, a page at a time, by date. */
	@Transactional(readOnly = true)
	public ResultPage<AnnualReport.Counted> records(SanxiangPrincipal reader, Integer year, Long agencyId,
			String figureKey, Paging paging) {
		Figure figure = Figure.byKey((figureKey == null) ? "" : figureKey.strip())
			.orElseThrow(() -> bad("STATISTICS_FIGURE", "没有这项统计指标，请从年报页面的数字进入"));
		int y = year(year);
		Agency agency = agency(reader, agencyId);
		Map<String, Object> params = new HashMap<>(params(y, subtree(reader, agency)));
		params.put("kind", figure.kind());
		params.put("category", figure.category());
		String where = IN_REPORT + " and kind = :kind and category = :category";
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		Map<Long, String> names = this.agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<AnnualReport.Counted> items = this.jdbc
			.sql("select f.record_type, f.record_id, f.label, f.business_date, f.agency_id, f.amount,"
					+ " m.case_id as measure_case from (select record_type, record_id, label, business_date, agency_id,"
					+ " amount" + where + ") f left join coercive_measure m on f.record_type = '"
					+ FactKind.MEASURE_RECORD + "' and m.id = f.record_id order by f.business_date "
					+ (paging.descending() ? "desc" : "asc") + ", f.record_id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new AnnualReport.Counted(rs.getString("record_type"), rs.getLong("record_id"),
					rs.getString("label"), rs.getDate("business_date").toLocalDate(),
					names.getOrDefault(rs.getLong("agency_id"), ""), rs.getBigDecimal("amount"),
					(Long) rs.getObject("measure_case", Long.class)))
			.list();
		return ResultPage.of(items, paging, total, false);
	}

	/**
	 * The report together with its canonical statement (its figures and every fact it
	 * counts, {@link AnnualReportStatement}), read in one transaction.
	 */
	@Transactional(readOnly = true)
	Stated stated(SanxiangPrincipal reader, Integer year, Long agencyId) {
		AnnualReport report = report(reader, year, agencyId);
		Set<Long> ids = subtree(reader, agency(reader, report.agencyId()));
		List<AnnualReportStatement.Counted> counted = this.jdbc
			.sql("select kind, category, record_type, record_id, business_date, amount" + IN_REPORT)
			.params(params(report.year(), ids))
			.query((rs, n) -> new AnnualReportStatement.Counted(rs.getString("kind"), rs.getString("category"),
					rs.getString("record_type"), rs.getLong("record_id"), rs.getDate("business_date").toLocalDate(),
					rs.getBigDecimal("amount")))
			.list();
		return new Stated(report, AnnualReportStatement.of(report, ids, counted));
	}

	/** A report and its canonical statement. */
	record Stated(AnnualReport report, String statement) {
	}

	static String figureLabel(String key) {
		return Figure.byKey(key).map(Figure::label).orElse("");
	}

	/** The agencies the reader may report on, for the form. */
	public List<Agency> agenciesOf(SanxiangPrincipal reader) {
		return this.agencies.within(scope(reader));
	}

	/** Last year unless asked; never before 2000 nor after this year. */
	int year(Integer year) {
		int thisYear = this.time.today().getYear();
		if (year == null) {
			return thisYear - 1;
		}
		if (year < FIRST_YEAR || year > thisYear) {
			throw bad("STATISTICS_YEAR", "统计年度须在" + FIRST_YEAR + "年至" + thisYear + "年之间");
		}
		return year;
	}

	private Agency agency(SanxiangPrincipal reader, Long agencyId) {
		long id = (agencyId == null) ? reader.agencyId() : agencyId;
		if (!scope(reader).includes(id)) {
			throw bad("STATISTICS_AGENCY", "只能统计本机关及所辖机关的数据，请从列表中选择执法主体");
		}
		return this.agencies.agency(id);
	}

	private Set<Long> subtree(SanxiangPrincipal reader, Agency agency) {
		return this.agencies.within(scope(reader))
			.stream()
			.filter((a) -> a.path().startsWith(agency.path()))
			.map(Agency::id)
			.collect(Collectors.toSet());
	}

	private static org.sanxiang.identity.DataScope scope(SanxiangPrincipal reader) {
		return reader.dataScope().agencyIds().isEmpty() ? new org.sanxiang.identity.DataScope(Set.of(reader.agencyId()))
				: reader.dataScope();
	}

	private static Map<String, Object> params(int year, Set<Long> agencies) {
		return Map.of("first", LocalDate.of(year, 1, 1), "last", LocalDate.of(year, 12, 31), "agencies", agencies);
	}

	private static RuleViolation bad(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
