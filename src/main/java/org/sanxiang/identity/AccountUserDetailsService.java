package org.sanxiang.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for login, with its lock state, password age and data scope. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final AgencyDirectory agencies;

	private final LoginFailures failures;

	private final LockoutPolicy lockout;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, AgencyDirectory agencies, LoginFailures failures,
			SecurityProperties properties, PasswordPolicy passwordPolicy, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.failures = failures;
		this.lockout = LockoutPolicy.of(properties);
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	@Override
	public SanxiangPrincipal loadUserByUsername(String username) {
		if (!UsernameRules.isWellFormed(username)) {
			throw new UsernameNotFoundException("malformed username");
		}
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown username"));
		return principalOf(account, lockedUntil(account));
	}

	/**
	 * The instant until which the account is locked by failed logins, or {@code null}.
	 */
	Instant lockedUntil(Account account) {
		Instant now = this.clock.instant();
		Instant from = now.minus(this.lockout.horizon());
		if (account.failuresResetAt() != null && account.failuresResetAt().isAfter(from)) {
			from = account.failuresResetAt();
		}
		return this.lockout.lockedUntil(this.failures.since(account.username(), from), now);
	}

	SanxiangPrincipal principalOf(Account account, Instant lockedUntil) {
		Agency agency = this.agencies.agency(account.agencyId());
		DataScope scope = this.agencies.scopeFor(agency, account.roles());
		return new SanxiangPrincipal(account.id(), account.username(), account.displayName(), agency.id(),
				agency.name(), agency.path(), account.departmentId(), account.roles(), scope, account.enabled(),
				lockedUntil, this.passwordPolicy.isExpired(account.passwordChangedAt()), account.passwordMustChange(),
				account.passwordHash());
	}

}
