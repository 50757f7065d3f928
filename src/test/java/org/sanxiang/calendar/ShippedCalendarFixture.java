package org.sanxiang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The calendar shipped with the product, built without Spring, for unit and property
 * tests.
 */
final class ShippedCalendarFixture {

	static final WorkingCalendar CALENDAR = WorkingCalendar.of(CalendarFormats.parseText(read()));

	private ShippedCalendarFixture() {
	}

	static String read() {
		try (InputStream in = ShippedCalendarFixture.class.getResourceAsStream(ShippedCalendar.RESOURCE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
