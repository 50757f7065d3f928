package org.sanxiang.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dates the platform accepts anywhere (request parameters, forms, JSON bodies,
 * imported files): years 1900 to 2199. Beyond them a date is a typing error
 * ({@code 0000-01-01}, {@code +999999999-12-31}) that the databases would store as some
 * other date, so it is refused with the name of the field instead.
 */
public final class DateRange {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	/** The {@code java.time} types whose values are checked. */
	public static final Set<Class<?>> CHECKED_TYPES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
			ZonedDateTime.class, Instant.class, YearMonth.class, Year.class);

	private DateRange() {
	}

	/** Whether the value is not a date or lies in the range. */
	public static boolean accepts(Object value) {
		return year(value).filter((year) -> year < FIRST_YEAR || year > LAST_YEAR).isEmpty();
	}

	/**
	 * The value unchanged if it is not a date or lies in the range; refused otherwise.
	 */
	public static <T> T check(String field, T value) {
		if (!accepts(value)) {
			throw new OutOfRange(field);
		}
		return value;
	}

	private static Optional<Integer> year(Object value) {
		if (value instanceof LocalDate date) {
			return Optional.of(date.getYear());
		}
		if (value instanceof LocalDateTime time) {
			return Optional.of(time.getYear());
		}
		if (value instanceof OffsetDateTime time) {
			return Optional.of(time.getYear());
		}
		if (value instanceof ZonedDateTime time) {
			return Optional.of(time.getYear());
		}
		if (value instanceof Instant instant) {
			boolean inside = !instant.isBefore(Year.of(FIRST_YEAR).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
					&& instant.isBefore(Year.of(LAST_YEAR + 1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
			return Optional.of(inside ? FIRST_YEAR : LAST_YEAR + 1);
		}
		if (value instanceof YearMonth month) {
			return Optional.of(month.getYear());
		}
		if (value instanceof Year year) {
			return Optional.of(year.getValue());
		}
		return Optional.empty();
	}

	/** A date outside the accepted years: 422, naming the field. */
	public static final class OutOfRange extends RuleViolation {

		private final String field;

		OutOfRange(String field) {
			super("DATE_OUT_OF_RANGE", field + "：" + message());
			this.field = field;
		}

		public static String message() {
			return "日期须在 " + FIRST_YEAR + " 年至 " + LAST_YEAR + " 年之间";
		}

		public String field() {
			return this.field;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("errors", Map.of(this.field, message()));
		}

	}

}
