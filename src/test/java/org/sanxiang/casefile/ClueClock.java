package org.sanxiang.casefile;

import java.time.Instant;

import org.sanxiang.MovableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The movable clock the clue and 简易程序 tests share (one application context for both). */
@TestConfiguration
class ClueClock {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(Instant.parse("2026-09-20T02:00:00Z"));
	}

}
