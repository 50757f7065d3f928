package org.sanxiang.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's time zone ({@code sanxiang.zone}, Asia/Shanghai by default) applied to the
 * injected {@link Clock}: every business date (签发日期, deadlines, "valid today", "in force
 * today") is a date in this zone, whatever the zone of the clock or of the server. Stored
 * times stay {@link Instant}s; people read them through {@link #format(Instant)} — in
 * templates {@code ${@businessTime.format(x)}}.
 */
@Component("businessTime")
public class BusinessTime {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	private final ZoneId zone;

	public BusinessTime(Clock clock, @Value("${sanxiang.zone:Asia/Shanghai}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** A fixed zone for plain code and tests. */
	public static BusinessTime of(Clock clock, ZoneId zone) {
		return new BusinessTime(clock, zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Today's date at the agency. */
	public LocalDate today() {
		return dateOf(this.clock.instant());
	}

	/** The agency's date of an instant (null stays null). */
	public LocalDate dateOf(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, this.zone) : null;
	}

	/** The instant the given agency date begins. */
	public Instant startOf(LocalDate date) {
		return date.atStartOfDay(this.zone).toInstant();
	}

	public ZonedDateTime local(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone) : null;
	}

	/** An instant as people read it: {@code 2026-03-02 07:30} in the agency's zone. */
	public String format(Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(this.zone)) : "";
	}

	/** An offset date-time (as read from the database) in the agency's zone. */
	public String format(java.time.OffsetDateTime time) {
		return (time != null) ? format(time.toInstant()) : "";
	}

	/** With seconds, for audit records: {@code 2026-03-02 07:30:05}. */
	public String formatSeconds(Instant instant) {
		return (instant != null) ? SECONDS.format(instant.atZone(this.zone)) : "";
	}

	public String formatSeconds(java.time.OffsetDateTime time) {
		return (time != null) ? formatSeconds(time.toInstant()) : "";
	}

	/** The zone as shown beside times where it matters: {@code 北京时间} or the zone id. */
	public String zoneLabel() {
		return "Asia/Shanghai".equals(this.zone.getId()) ? "北京时间" : this.zone.getId();
	}

}
