package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and appends calendar revisions. Revisions are never changed: a correction is a
 * new revision.
 */
@Component
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The revision in force for every loaded year. */
	List<YearSchedule> current() {
		List<YearSchedule> schedules = new ArrayList<>();
		for (CalendarRevision revision : currentRevisions()) {
			schedules.add(schedule(revision));
		}
		return schedules;
	}

	/**
	 * How many revisions were ever loaded: revisions are only added, so the number
	 * changes with every load or correction committed on any node, in the order they
	 * commit.
	 */
	long revisionCount() {
		return this.jdbc.sql("select count(*) from calendar_revision").query(Long.class).single();
	}

	List<CalendarRevision> currentRevisions() {
		return this.jdbc.sql("""
				select * from calendar_revision r
				where revision = (select max(revision) from calendar_revision where calendar_year = r.calendar_year)
				order by calendar_year""").query(this::revision).list();
	}

	List<CalendarRevision> history(int year) {
		return this.jdbc.sql("select * from calendar_revision where calendar_year = :year order by revision desc")
			.param("year", year)
			.query(this::revision)
			.list();
	}

	YearSchedule schedule(CalendarRevision revision) {
		List<Notice> notices = this.jdbc
			.sql("select title, url from calendar_notice where revision_id = :id order by position")
			.param("id", revision.id())
			.query((rs, n) -> new Notice(rs.getString("title"), rs.getString("url")))
			.list();
		List<OfficialDay> days = this.jdbc
			.sql("select official_date, kind, holiday from calendar_day where revision_id = :id order by official_date")
			.param("id", revision.id())
			.query((rs, n) -> new OfficialDay(rs.getObject("official_date", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("holiday")))
			.list();
		return new YearSchedule(revision.year(), notices, days);
	}

	CalendarRevision append(YearSchedule schedule, String loadedBy, String reason, String sha256, Instant at) {
		int next = this.jdbc
			.sql("select coalesce(max(revision), 0) + 1 from calendar_revision where calendar_year = :year")
			.param("year", schedule.year())
			.query(Integer.class)
			.single();
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into calendar_revision (calendar_year, revision, loaded_at, loaded_by, reason, content_sha256)
				values (:year, :revision, :at, :by, :reason, :sha)""")
			.param("year", schedule.year())
			.param("revision", next)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", loadedBy)
			.param("reason", reason)
			.param("sha", sha256)
			.update(key, "id");
		long id = key.getKey().longValue();
		int position = 0;
		for (Notice notice : schedule.notices()) {
			this.jdbc.sql("insert into calendar_notice (revision_id, position, title, url) values (:id, :p, :t, :u)")
				.params(Map.of("id", id, "p", position++, "t", notice.title(), "u", notice.url()))
				.update();
		}
		for (OfficialDay day : schedule.days()) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("id", id);
			params.put("day", day.date());
			params.put("kind", day.kind().name());
			params.put("holiday", day.holiday());
			this.jdbc.sql(
					"insert into calendar_day (revision_id, official_date, kind, holiday) values (:id, :day, :kind, :holiday)")
				.params(params)
				.update();
		}
		return history(schedule.year()).get(0);
	}

	private CalendarRevision revision(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CalendarRevision(rs.getLong("id"), rs.getInt("calendar_year"), rs.getInt("revision"),
				rs.getObject("loaded_at", OffsetDateTime.class), rs.getString("loaded_by"), rs.getString("reason"),
				rs.getString("content_sha256"));
	}

}
