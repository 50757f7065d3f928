package org.sanxiang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.ContentDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the calendar years shipped with the product
 * ({@code calendar/official-holidays.txt}) that the database does not have yet, on every
 * start (with or without demo data). Years an administrator loaded are left alone.
 */
@Component
@Order(1)
class ShippedCalendar implements ApplicationRunner {

	static final String RESOURCE = "/calendar/official-holidays.txt";

	private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

	private final OfficialCalendar calendar;

	ShippedCalendar(OfficialCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		String text;
		try (InputStream in = ShippedCalendar.class.getResourceAsStream(RESOURCE)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Set<Integer> loaded = this.calendar.years().stream().map(CalendarRevision::year).collect(Collectors.toSet());
		ContentDigests digests = ContentDigests.of(text.getBytes(StandardCharsets.UTF_8));
		for (YearSchedule schedule : CalendarFormats.parseText(text)) {
			if (!loaded.contains(schedule.year())) {
				this.calendar.append(schedule, "随产品发布的国务院节假日安排", "system", digests);
				log.info("Calendar year {} loaded from the shipped resource", schedule.year());
			}
		}
	}

}
