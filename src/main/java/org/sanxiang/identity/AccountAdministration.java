package org.sanxiang.identity;

import java.time.Clock;
import java.util.List;

import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account administration under 三员分立: the system administrator opens accounts, the
 * security administrator grants and revokes roles and unlocks, each account changes its
 * own password. Every change is published as an event and so audited; a refused change is
 * audited as refused. A change to what a session was granted on (roles, enabled,
 * password) ends every open session of the account. No password is hashed while a
 * database connection is held: hashing is slow by design and would starve the pool.
 */
@Service
public class AccountAdministration {

	private final AccountRepository accounts;

	private final AgencyDirectory agencies;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountSessions sessions;

	private final AccountUserDetailsService users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AccountAdministration(AccountRepository accounts, AgencyDirectory agencies, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock, AccountSessions sessions,
			JdbcClient jdbc, PlatformTransactionManager transactions, AccountUserDetailsService users) {
		this.users = users;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.agencies = agencies;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	public List<Account> accountsWithin(DataScope scope) {
		return this.accounts.findByAgencyIdInOrderByUsername(scope.agencyIds());
	}

	/**
	 * The id of the account with this username, for modules that link their records to an
	 * account.
	 */
	public java.util.Optional<Long> accountIdOf(String username) {
		return this.accounts.findByUsername(username).map(Account::id);
	}

	/** Which of these accounts are locked now by failed logins (so may be unlocked). */
	public java.util.Set<Long> lockedAmong(List<Account> accounts) {
		java.util.Set<Long> locked = new java.util.HashSet<>();
		accounts.stream().filter((a) -> this.users.lockedUntil(a) != null).forEach((a) -> locked.add(a.id()));
		return locked;
	}

	public Account account(long id, DataScope scope) {
		return this.accounts.findById(id)
			.filter((account) -> scope.includes(account.agencyId()))
			.orElseThrow(() -> RuleViolation.notFound("账户"));
	}

	public Account open(String username, String displayName, long departmentId, String initialPassword,
			DataScope scope) {
		if (!UsernameRules.isWellFormed(username)) {
			throw new RuleViolation("INVALID_USERNAME", UsernameRules.MESSAGE);
		}
		if (!PlainText.isAcceptable(displayName, 50)) {
			throw new RuleViolation("INVALID_DISPLAY_NAME", "姓名须为1–50个字符，且不含控制字符或尖括号");
		}
		this.passwordPolicy.check(username, initialPassword);
		String hash = this.passwordEncoder.encode(initialPassword);
		return this.transaction.execute((status) -> {
			Department department = this.agencies.department(departmentId);
			if (!scope.includes(department.agencyId())) {
				throw RuleViolation.notFound("内设机构");
			}
			if (this.accounts.existsByUsername(username)) {
				throw new RuleViolation("USERNAME_TAKEN", "用户名“" + username + "”已被使用");
			}
			return this.accounts.save(Account.open(username, displayName, department, hash, this.clock.instant()));
		});
	}

	@Transactional
	public Account grant(long accountId, Role role, SanxiangPrincipal grantor) {
		Account account = account(accountId, grantor.dataScope());
		try {
			account.grant(role, grantor.accountId());
		}
		catch (RuleViolation refused) {
			this.events.publishEvent(new IdentityEvents.RoleGrantRefused(accountId, role, refused.getMessage()));
			throw refused;
		}
		Account saved = this.accounts.save(account);
		this.sessions.endAll(account.username());
		return saved;
	}

	@Transactional
	public Account revoke(long accountId, Role role, SanxiangPrincipal revoker) {
		Account account = account(accountId, revoker.dataScope());
		try {
			account.revoke(role, revoker.accountId());
		}
		catch (RuleViolation refused) {
			this.events.publishEvent(new IdentityEvents.RoleRevokeRefused(accountId, role, refused.getMessage()));
			throw refused;
		}
		Account saved = this.accounts.save(account);
		this.sessions.endAll(account.username());
		return saved;
	}

	@Transactional
	public void unlock(long accountId, DataScope scope) {
		Account account = account(accountId, scope);
		account.unlock(this.clock.instant());
		this.accounts.save(account);
	}

	@Transactional
	public void setEnabled(long accountId, boolean enabled, SanxiangPrincipal actor) {
		Account account = account(accountId, actor.dataScope());
		if (account.id() == actor.accountId()) {
			throw new RuleViolation("SELF_DISABLE_REFUSED", "不能停用自己的账户");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			this.sessions.endAll(account.username());
		}
		this.accounts.save(account);
	}

	/**
	 * Changes the own password and ends every session of the account, this one included:
	 * the person logs in again with the new password, and a session opened elsewhere with
	 * the old one (perhaps by whoever learnt it) ends too.
	 */
	public void changeOwnPassword(SanxiangPrincipal principal, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(principal.accountId()).orElseThrow(() -> RuleViolation.notFound("账户"));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolation("CURRENT_PASSWORD_WRONG", "当前密码不正确");
		}
		if (this.passwordEncoder.matches(newPassword == null ? "" : newPassword, account.passwordHash())) {
			throw new RuleViolation("PASSWORD_REUSED", "新密码不能与当前密码相同");
		}
		this.passwordPolicy.check(account.username(), newPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.transaction.executeWithoutResult((status) -> {
			this.accounts.save(account);
			this.sessions.endAll(account.username());
		});
	}

	/**
	 * Clears the failed-login count after a successful login. A plain update rather than
	 * a versioned save of the aggregate: simultaneous logins of one account must not
	 * conflict, and the failure reset is not a change anybody edits.
	 */
	void loggedIn(long accountId) {
		this.jdbc.sql("update account set failures_reset_at = :now where id = :id")
			.param("now", java.time.OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
			.param("id", accountId)
			.update();
	}

}
