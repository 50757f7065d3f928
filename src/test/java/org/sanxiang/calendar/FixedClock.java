package org.sanxiang.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Pins "today" to 2019-10-08 (Tuesday, first working day after the National Day holiday)
 * in Beijing.
 */
@TestConfiguration
class FixedClock {

	static final Instant NOW = Instant.parse("2019-10-08T02:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
	}

}
