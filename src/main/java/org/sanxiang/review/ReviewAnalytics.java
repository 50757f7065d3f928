package org.sanxiang.review;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.officer.ReviewerShare;
import org.sanxiang.review.ReviewStatistics.OpenRequests;
import org.sanxiang.review.ReviewStatistics.ProblemCount;
import org.sanxiang.review.ReviewStatistics.ReviewerLoad;
import org.sanxiang.review.ReviewStatistics.ReviewerRatio;
import org.sanxiang.review.ReviewStatistics.UnitFigures;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of legal review for the head of the review unit (法制审核机构负责人) and the agency
 * head, in their data scope. Counted in the database, grouped by what a figure is about
 * (a handling unit, a reviewer, a pair of dates, a time limit's start), so the work grows
 * with the number of units, reviewers and days, never with the number of requests.
 * Problems are counted in the rounds' stored problem lists by their type's JSON member,
 * which no advice text can imitate (quotes inside a text are escaped).
 */
@Service
public class ReviewAnalytics {

	/** The longest range asked at once, in days. */
	static final int MAX_DAYS = 366;

	/** At most this many reviewers are listed. */
	static final int MAX_REVIEWERS = 500;

	private static final String DECIDED = " from review_round rr join review_request r on r.id = rr.request_id"
			+ " where r.agency_id in (:scope) and rr.decided_on between :from and :to";

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final Deadlines deadlines;

	private final OfficerRegistry officers;

	private final AgencyDirectory agencies;

	private final BusinessTime time;

	ReviewAnalytics(JdbcClient jdbc, OfficialCalendar calendar, Deadlines deadlines, OfficerRegistry officers,
			AgencyDirectory agencies, BusinessTime time) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.officers = officers;
		this.agencies = agencies;
		this.time = time;
	}

	/**
	 * Whether the person heads the review: the agency head, or the head of the agency's
	 * legal-review unit. The administrators never read case figures.
	 */
	public boolean mayView(SanxiangPrincipal actor) {
		return actor.hasRole(Role.AGENCY_HEAD)
				|| actor.hasRole(Role.UNIT_HEAD) && this.agencies.isLegalReviewUnit(actor.departmentId());
	}

	/**
	 * The figures from {@code from} to {@code to} (both included; by default the 30 days
	 * up to today).
	 */
	@Transactional(readOnly = true)
	public ReviewStatistics statistics(SanxiangPrincipal actor, LocalDate from, LocalDate to) {
		if (!mayView(actor)) {
			// the URL admits every unit head; one who does not head the review unit finds
			// no figures, as a record outside one's scope is not found
			throw new RuleViolation("REVIEW_ANALYTICS_REFUSED", "法制审核统计仅供机关负责人和本机关法制审核机构负责人查看", HttpStatus.NOT_FOUND);
		}
		LocalDate last = (to != null) ? to : this.time.today();
		LocalDate first = (from != null) ? from : last.minusDays(29);
		checkRange(first, last);
		Set<Long> scope = actor.dataScope().agencyIds();
		if (scope.isEmpty()) {
			scope = Set.of(actor.agencyId());
		}
		List<UnitFigures> units = units(scope, first, last);
		long decided = units.stream().mapToLong(UnitFigures::decided).sum();
		long returned = units.stream().mapToLong(UnitFigures::returned).sum();
		List<ProblemCount> problems = problems(scope, first, last, returned);
		return new ReviewStatistics(first, last, timeInReview(scope, first, last), decided, decided - returned,
				returned, ReviewStatistics.percent(returned, decided), problems, units, reviewers(scope, first, last),
				open(scope), ratios(scope));
	}

	static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw badRange("统计的起始日期不能晚于截止日期");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw badRange("统计期间最长为" + MAX_DAYS + "天，请缩短日期范围");
		}
		if (from.getYear() < 2000 || to.getYear() > 2100) {
			throw badRange("统计日期须在2000年至2100年之间");
		}
	}

	private static RuleViolation badRange(String message) {
		return new RuleViolation("REVIEW_ANALYTICS_RANGE", message, HttpStatus.BAD_REQUEST);
	}

	private ReviewStatistics.TimeInReview timeInReview(Set<Long> scope, LocalDate from, LocalDate to) {
		TreeMap<Integer, Long> histogram = new TreeMap<>();
		params(this.jdbc.sql("select rr.submitted_on, rr.decided_on, count(*) as n" + DECIDED
				+ " group by rr.submitted_on, rr.decided_on"), scope, from, to)
			.query((rs, n) -> {
				int days = this.calendar.workingDaysBetween(rs.getDate("submitted_on").toLocalDate(),
						rs.getDate("decided_on").toLocalDate());
				histogram.merge(days, rs.getLong("n"), Long::sum);
				return days;
			})
			.list();
		return WorkingDayStatistics.of(histogram);
	}

	private List<UnitFigures> units(Set<Long> scope, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder("select r.agency_id, r.submitting_unit, count(*) as decided,"
				+ " sum(case when rr.outcome = 'RETURNED' then 1 else 0 end) as returned");
		for (ProblemType type : ProblemType.values()) {
			sql.append(", ").append(occurrences(type)).append(" as n_").append(type.ordinal());
		}
		sql.append(DECIDED).append(" group by r.agency_id, r.submitting_unit order by r.agency_id, r.submitting_unit");
		return params(this.jdbc.sql(sql.toString()), scope, from, to).query((rs, n) -> {
			Map<ProblemType, Long> problems = new EnumMap<>(ProblemType.class);
			for (ProblemType type : ProblemType.values()) {
				problems.put(type, rs.getLong("n_" + type.ordinal()));
			}
			long agency = rs.getLong("agency_id");
			long decided = rs.getLong("decided");
			long returned = rs.getLong("returned");
			return new UnitFigures(agency, this.agencies.agency(agency).name(), rs.getString("submitting_unit"),
					decided, returned, ReviewStatistics.percent(returned, decided), problems);
		}).list();
	}

	private List<ProblemCount> problems(Set<Long> scope, LocalDate from, LocalDate to, long returned) {
		StringBuilder sql = new StringBuilder("select count(*) as decided");
		for (ProblemType type : ProblemType.values()) {
			sql.append(", sum(case when rr.problems like '%")
				.append(member(type))
				.append("%' then 1 else 0 end) as r_")
				.append(type.ordinal())
				.append(", ")
				.append(occurrences(type))
				.append(" as n_")
				.append(type.ordinal());
		}
		return params(this.jdbc.sql(sql.append(DECIDED).toString()), scope, from, to).query((rs, n) -> {
			List<ProblemCount> counts = new ArrayList<>();
			for (ProblemType type : ProblemType.values()) {
				long rounds = rs.getLong("r_" + type.ordinal());
				counts.add(new ProblemCount(type, type.chineseName(), rounds, rs.getLong("n_" + type.ordinal()),
						ReviewStatistics.percent(rounds, returned)));
			}
			return counts;
		}).single();
	}

	/**
	 * The type's member as Jackson writes a {@link Problem}: {@code "type":"PROCEDURE"}.
	 */
	private static String member(ProblemType type) {
		return "\"type\":\"" + type.name() + "\"";
	}

	/** How many times the type's member occurs in a round's problems, summed. */
	private static String occurrences(ProblemType type) {
		String member = "'" + member(type) + "'";
		return "coalesce(sum((length(coalesce(rr.problems, '')) - length(replace(coalesce(rr.problems, ''), " + member
				+ ", ''))) / " + member(type).length() + "), 0)";
	}

	private List<ReviewerLoad> reviewers(Set<Long> scope, LocalDate from, LocalDate to) {
		Map<String, long[]> figures = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		params(this.jdbc.sql("select rr.reviewer, max(rr.reviewer_name) as name, count(*) as decided,"
				+ " sum(case when rr.outcome = 'RETURNED' then 1 else 0 end) as returned" + DECIDED
				+ " group by rr.reviewer order by rr.reviewer limit " + MAX_REVIEWERS), scope, from, to)
			.query((rs, n) -> {
				names.put(rs.getString("reviewer"), rs.getString("name"));
				long[] f = figures.computeIfAbsent(rs.getString("reviewer"), (k) -> new long[3]);
				f[1] = rs.getLong("decided");
				f[2] = rs.getLong("returned");
				return f;
			})
			.list();
		this.jdbc
			.sql("select reviewer, max(reviewer_name) as name, count(*) as held from review_request"
					+ " where agency_id in (:scope) and status = 'IN_REVIEW' group by reviewer order by reviewer limit "
					+ MAX_REVIEWERS)
			.param("scope", scope)
			.query((rs, n) -> {
				names.putIfAbsent(rs.getString("reviewer"), rs.getString("name"));
				long[] f = figures.computeIfAbsent(rs.getString("reviewer"), (k) -> new long[3]);
				f[0] = rs.getLong("held");
				return f;
			})
			.list();
		return figures.entrySet()
			.stream()
			.map((e) -> new ReviewerLoad(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
					e.getValue()[2], ReviewStatistics.percent(e.getValue()[2], e.getValue()[1])))
			.toList();
	}

	private OpenRequests open(Set<Long> scope) {
		long[] counts = new long[4];
		this.jdbc.sql("""
				select r.status, rr.submitted_on, r.extensions, count(*) as n
				from review_request r join review_round rr on rr.request_id = r.id
				and rr.round_index = (select max(x.round_index) from review_round x where x.request_id = r.id)
				where r.agency_id in (:scope) and r.status in ('SUBMITTED', 'IN_REVIEW')
				group by r.status, rr.submitted_on, r.extensions""").param("scope", scope).query((rs, n) -> {
			long count = rs.getLong("n");
			counts["SUBMITTED".equals(rs.getString("status")) ? 0 : 1] += count;
			DeadlineStatus status = this.deadlines
				.compute("LEGAL_REVIEW", rs.getDate("submitted_on").toLocalDate(), List.of(), rs.getInt("extensions"),
						null)
				.status();
			if (status == DeadlineStatus.DUE_SOON) {
				counts[2] += count;
			}
			else if (status == DeadlineStatus.OVERDUE) {
				counts[3] += count;
			}
			return count;
		}).list();
		return new OpenRequests(counts[0], counts[1], counts[2], counts[3]);
	}

	private List<ReviewerRatio> ratios(Set<Long> scope) {
		return this.officers.reviewerShares(scope)
			.stream()
			.map((share) -> new ReviewerRatio(share.agencyId(), this.agencies.agency(share.agencyId()).name(),
					share.reviewers(), share.officers(), share.percent(), share.belowMinimum()))
			.toList();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Set<Long> scope, LocalDate from,
			LocalDate to) {
		return spec.param("scope", scope).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
	}

	/** The minimum share of reviewers, for the page. */
	public int minimumReviewerPercent() {
		return ReviewerShare.MINIMUM_PERCENT;
	}

}
