package org.sanxiang.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official working-day calendar for the other modules: working-day and calendar-day
 * arithmetic on the calendar in force, and loading or correcting a year (a new revision;
 * history kept; audited). The calendar is kept in memory and rebuilt as soon as the
 * database holds a revision it was not built from, whichever node loaded it.
 */
@Service
public class OfficialCalendar {

	private final CalendarStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BusinessTime time;

	private volatile Snapshot snapshot;

	/** The calendar as built from the first {@code revisions} revisions ever loaded. */
	private record Snapshot(long revisions, WorkingCalendar calendar) {
	}

	OfficialCalendar(CalendarStore store, ApplicationEventPublisher events, Clock clock, BusinessTime time) {
		this.store = store;
		this.events = events;
		this.clock = clock;
		this.time = time;
	}

	/**
	 * The calendar in force: one small count tells whether any node loaded a revision
	 * since the snapshot was built.
	 */
	public WorkingCalendar calendar() {
		long revisions = this.store.revisionCount();
		Snapshot current = this.snapshot;
		if (current == null || current.revisions() != revisions) {
			current = new Snapshot(revisions, WorkingCalendar.of(this.store.current()));
			this.snapshot = current;
		}
		return current.calendar();
	}

	public LocalDate today() {
		return this.time.today();
	}

	public boolean isWorkingDay(LocalDate date) {
		return calendar().isWorkingDay(date);
	}

	public LocalDate addWorkingDays(LocalDate start, int days) {
		return calendar().addWorkingDays(start, days);
	}

	public LocalDate addCalendarDays(LocalDate start, int days) {
		return calendar().addCalendarDays(start, days);
	}

	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return calendar().workingDaysBetween(from, to);
	}

	public List<CalendarRevision> years() {
		return this.store.currentRevisions();
	}

	public List<CalendarRevision> history(int year) {
		return this.store.history(year);
	}

	/** The schedule in force for a year, or a refusal naming the year. */
	public YearSchedule schedule(int year) {
		return this.store.currentRevisions()
			.stream()
			.filter((r) -> r.year() == year)
			.findFirst()
			.map(this.store::schedule)
			.orElseThrow(() -> new CalendarNotMaintained(year));
	}

	/** Parses an uploaded year without storing it, for the administrator's preview. */
	public YearSchedule preview(String json) {
		return CalendarFormats.parseJson(json);
	}

	/**
	 * A year from the list of its State Council notice, pasted; stores nothing. The
	 * result's {@link #json} is what the confirmation loads.
	 */
	public YearSchedule previewNotice(Integer year, String noticeUrl, String text) {
		int y = year(year);
		return new YearSchedule(y, notice(y, noticeUrl), NoticeText.parse(y, (text == null) ? "" : text));
	}

	/**
	 * A year from the holidays picked on the form (blank rows ignored); stores nothing.
	 */
	public YearSchedule previewPicked(Integer year, String noticeUrl, List<PickedHoliday> holidays) {
		int y = year(year);
		List<OfficialDay> days = new ArrayList<>();
		for (int i = 0; i < holidays.size(); i++) {
			if (!holidays.get(i).isBlank()) {
				days.addAll(holidays.get(i).days(i + 1));
			}
		}
		if (days.isEmpty()) {
			throw new RuleViolation("INVALID_CALENDAR", "请至少为一个节日选择放假日期");
		}
		return new YearSchedule(y, notice(y, noticeUrl), days);
	}

	/** The upload layout (JSON) of a schedule, which {@link #load} reads. */
	public String json(YearSchedule schedule) {
		return CalendarFormats.toJson(schedule);
	}

	private static int year(Integer year) {
		if (year == null) {
			throw new RuleViolation("INVALID_CALENDAR", "请填写年份");
		}
		return year;
	}

	private static List<Notice> notice(int year, String url) {
		String u = (url == null) ? "" : url.strip();
		if (!u.matches("https?://[^\\s<>\"]{4,490}")) {
			throw new RuleViolation("INVALID_CALENDAR", "请填写国务院通知的网址（以 http:// 或 https:// 开头）");
		}
		return List.of(new Notice("国务院办公厅关于" + year + "年部分节假日安排的通知", u));
	}

	/** Loads (or corrects) a year from the uploaded JSON; returns the new revision. */
	@Transactional
	public CalendarRevision load(String json, String reason, String loadedBy) {
		if (!PlainText.isAcceptable(reason, 500)) {
			throw new RuleViolation("REASON_REQUIRED", "请填写载入或更正的理由（不超过500字，不含控制字符或尖括号）");
		}
		return append(CalendarFormats.parseJson(json), reason.strip(), loadedBy,
				ContentDigests.of(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Transactional
	CalendarRevision append(YearSchedule schedule, String reason, String loadedBy, ContentDigests digests) {
		CalendarRevision revision = this.store.append(schedule, loadedBy, reason, digests.sha256(),
				this.clock.instant());
		this.events.publishEvent(new CalendarYearLoaded(schedule.year(), revision.revision(), reason, digests));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					// also after a rollback: a snapshot built inside the transaction saw
					// the
					// revision that was not kept
					OfficialCalendar.this.snapshot = null;
				}
			});
		}
		this.snapshot = null;
		return revision;
	}

}
