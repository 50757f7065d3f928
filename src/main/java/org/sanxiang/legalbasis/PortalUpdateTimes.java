package org.sanxiang.legalbasis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.sanxiang.core.BusinessTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the data of the public 权责清单 and 法律法规及裁量基准 pages last changed (their 更新时间): the
 * latest of the records' own times — a version in force recorded, a version coming into
 * force (its first day, in the agency's zone), a version ending (the day after its last),
 * an article closed — up to today; a version that comes into force later is not shown yet
 * and does not count.
 */
@Component
class PortalUpdateTimes {

	private final JdbcClient jdbc;

	private final BusinessTime time;

	PortalUpdateTimes(JdbcClient jdbc, BusinessTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The last change of the enforcement matters in force (权责清单). */
	Optional<Instant> powers() {
		return versioned("enforcement_matter_version");
	}

	/** The last change of the laws' articles and the discretion benchmarks. */
	Optional<Instant> discretion() {
		LocalDate today = this.time.today();
		Optional<Instant> closed = this.jdbc.sql("select max(closed_at) from legal_article where closed_at <= :now")
			.param("now", Timestamp.from(this.time.now()))
			.query((rs, i) -> instant(rs.getTimestamp(1)))
			.optional()
			.flatMap(Optional::ofNullable);
		Optional<Instant> laws = this.jdbc.sql("select max(effective_on) from legal_text where effective_on <= :today")
			.param("today", Date.valueOf(today))
			.query((rs, i) -> day(rs.getDate(1), 0))
			.optional()
			.flatMap(Optional::ofNullable);
		return Stream.of(versioned("legal_article"), versioned("discretion_benchmark"), closed, laws)
			.flatMap(Optional::stream)
			.max(Instant::compareTo);
	}

	private Optional<Instant> versioned(String table) {
		LocalDate today = this.time.today();
		return this.jdbc
			.sql("select max(case when effective_from <= :today then recorded_at end),"
					+ " max(case when effective_from <= :today then effective_from end),"
					+ " max(case when effective_to < :today then effective_to end) from " + table
					+ " where recorded_at <= :now")
			.param("today", Date.valueOf(today))
			.param("now", Timestamp.from(this.time.now()))
			.query((rs, i) -> Stream.of(instant(rs.getTimestamp(1)), day(rs.getDate(2), 0), day(rs.getDate(3), 1))
				.filter(java.util.Objects::nonNull)
				.max(Instant::compareTo))
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private Instant day(Date date, int plusDays) {
		return (date == null) ? null : this.time.startOf(date.toLocalDate().plusDays(plusDays));
	}

}
