package org.sanxiang.licensing;

import java.time.Duration;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.platform.AddressThrottle;

import org.springframework.stereotype.Component;

/**
 * How often one client address may look up an application's progress: at most
 * {@link #LIMIT} lookups in {@link #WINDOW}, so that numbers and check codes cannot be
 * tried in bulk; addresses kept only in bounded memory.
 */
@Component
class LicensingProgressThrottle extends AddressThrottle {

	static final int LIMIT = 10;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_ADDRESSES = 10_000;

	LicensingProgressThrottle(BusinessTime time) {
		super(time, LIMIT, WINDOW, MAX_ADDRESSES);
	}

}
