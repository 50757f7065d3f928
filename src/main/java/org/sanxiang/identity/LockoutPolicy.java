package org.sanxiang.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Login failure handling (等保 2.0 三级 登录失败处理): {@code maxFailures} failed logins within
 * {@code window} lock the account for {@code lockDuration}, counted from the failure that
 * reached the limit.
 */
record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

	LockoutPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1");
		}
	}

	static LockoutPolicy of(SecurityProperties properties) {
		SecurityProperties.Lockout lockout = properties.lockout();
		return new LockoutPolicy(lockout.maxFailures(), lockout.window(), lockout.lockDuration());
	}

	/**
	 * The instant until which the account is locked, or {@code null} if it is not locked
	 * now.
	 * @param failures failed logins since the last reset, in ascending order
	 */
	Instant lockedUntil(List<Instant> failures, Instant now) {
		Instant until = null;
		for (int last = this.maxFailures - 1; last < failures.size(); last++) {
			Instant first = failures.get(last - this.maxFailures + 1);
			Instant reached = failures.get(last);
			if (!reached.isAfter(first.plus(this.window))) {
				Instant end = reached.plus(this.lockDuration);
				until = (until == null || end.isAfter(until)) ? end : until;
			}
		}
		return (until != null && until.isAfter(now)) ? until : null;
	}

	/** How far back failures can matter for a lock in force now. */
	Duration horizon() {
		return this.window.plus(this.lockDuration);
	}

}
