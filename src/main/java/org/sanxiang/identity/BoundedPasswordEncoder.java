package org.sanxiang.identity;

import java.time.Duration;

import org.sanxiang.core.Slots;
import org.sanxiang.core.Unavailable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that runs at most a fixed number of hashes at once. Argon2id is made
 * to be costly (16 MiB and a core per hash); without a bound, a burst of logins takes all
 * memory and CPU and every request times out. A caller waits its turn for a while, then
 * is refused as {@link Unavailable} (503), never left hanging.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

	static final String BUSY = "LOGIN_BUSY";

	private final PasswordEncoder delegate;

	private final Slots permits;

	BoundedPasswordEncoder(PasswordEncoder delegate, int permits, Duration maxWait) {
		this.delegate = delegate;
		this.permits = new Slots(permits, Integer.MAX_VALUE, maxWait, () -> new Unavailable(BUSY, "当前登录的人较多，请稍后再试"));
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.permits.run(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.permits.run(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
