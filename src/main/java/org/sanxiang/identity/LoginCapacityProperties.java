package org.sanxiang.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much login work the server takes on ({@code sanxiang.security.login.*}). Each
 * Argon2id hash takes 16 MiB and a core for a moment, so at most
 * {@code maxConcurrentHashes} run at once (0: one per processor) and a request waits at
 * most {@code maxHashWait} for its turn before it is answered 503; an address with
 * {@code maxFailuresPerAddress} failed logins within {@code addressWindow} is not heard
 * until that window ends.
 */
@ConfigurationProperties("sanxiang.security.login")
record LoginCapacityProperties(@DefaultValue("0") int maxConcurrentHashes, @DefaultValue("10s") Duration maxHashWait,
		@DefaultValue("30") int maxFailuresPerAddress, @DefaultValue("10m") Duration addressWindow) {

	int hashPermits() {
		return (this.maxConcurrentHashes > 0) ? this.maxConcurrentHashes : Runtime.getRuntime().availableProcessors();
	}

}
