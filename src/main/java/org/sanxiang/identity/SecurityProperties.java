package org.sanxiang.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password settings ({@code sanxiang.security.*}); the defaults follow 等保 2.0
 * 三级.
 */
@ConfigurationProperties("sanxiang.security")
record SecurityProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("8h") Duration absoluteTimeout,
		@DefaultValue Lockout lockout, @DefaultValue Password password) {

	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration lockDuration) {
	}

	public record Password(@DefaultValue("10") int minLength, @DefaultValue("3") int minCharacterClasses,
			@DefaultValue("90d") Duration maxAge) {
	}

}
