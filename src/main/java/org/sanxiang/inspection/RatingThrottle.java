package org.sanxiang.inspection;

import java.time.Duration;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.platform.AddressThrottle;

import org.springframework.stereotype.Component;

/**
 * How often one client address may rate inspections: at most {@link #LIMIT} ratings in
 * {@link #WINDOW}, addresses kept only in bounded memory.
 */
@Component
class RatingThrottle extends AddressThrottle {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_ADDRESSES = 10_000;

	RatingThrottle(BusinessTime time) {
		super(time, LIMIT, WINDOW, MAX_ADDRESSES);
	}

}
