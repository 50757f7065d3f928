package org.sanxiang.licensing;

import java.time.Instant;

import org.sanxiang.MovableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The movable clock the service-window tests share (one application context for both).
 */
@TestConfiguration
class ServiceWindowClock {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(Instant.parse("2026-07-03T02:00:00Z"));
	}

}
