package org.sanxiang.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The zone in which business dates (today, deadlines, times people read) are reckoned.
 * One constant until the agency's zone becomes a setting; stored instants stay instants.
 */
public final class BusinessZone {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private BusinessZone() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

}
