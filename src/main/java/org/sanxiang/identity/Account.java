package org.sanxiang.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.IdentityEvents.AccountCreated;
import org.sanxiang.identity.IdentityEvents.AccountDisabled;
import org.sanxiang.identity.IdentityEvents.AccountEnabled;
import org.sanxiang.identity.IdentityEvents.AccountUnlocked;
import org.sanxiang.identity.IdentityEvents.PasswordChanged;
import org.sanxiang.identity.IdentityEvents.RoleGranted;
import org.sanxiang.identity.IdentityEvents.RoleRevoked;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.http.HttpStatus;

/**
 * A person's account. Belongs to one agency and one department; holds roles. Enforces the
 * separation of the three administrators (三员分立, 等保 2.0 三级 安全管理中心): no account holds two
 * of 系统管理员, 安全管理员, 审计管理员, none of them together with a business role, and no account
 * grants a role to itself. Each act registers its event ({@link IdentityEvents}).
 */
public class Account extends AggregateRoot<Account> {

	@Id
	private Long id;

	private final String username;

	private String displayName;

	private final Long agencyId;

	private final Long departmentId;

	private String passwordHash;

	private Instant passwordChangedAt;

	private boolean passwordMustChange;

	private Instant failuresResetAt;

	private boolean enabled;

	private final Instant createdAt;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles;

	@Version
	private Integer version;

	@PersistenceCreator
	Account(Long id, String username, String displayName, Long agencyId, Long departmentId, String passwordHash,
			Instant passwordChangedAt, boolean passwordMustChange, Instant failuresResetAt, boolean enabled,
			Instant createdAt, Set<AccountRole> roles, Integer version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.agencyId = agencyId;
		this.departmentId = departmentId;
		this.passwordHash = passwordHash;
		this.passwordChangedAt = passwordChangedAt;
		this.passwordMustChange = passwordMustChange;
		this.failuresResetAt = failuresResetAt;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
		this.version = version;
	}

	/**
	 * Opens an account with an initial password set by the system administrator, which
	 * its owner must change at first login.
	 */
	static Account open(String username, String displayName, Department department, String passwordHash, Instant now) {
		Account account = new Account(null, username, displayName, department.agencyId(), department.id(), passwordHash,
				now, true, null, true, now, Set.of(), null);
		account.registerEvent((a) -> new AccountCreated(a.id, a.username, a.agencyId));
		return account;
	}

	/** Opens a demo account whose published password need not be changed. */
	static Account openForDemo(String username, String displayName, Department department, String passwordHash,
			Instant now, Role role) {
		return new Account(null, username, displayName, department.agencyId(), department.id(), passwordHash, now,
				false, null, true, now, Set.of(new AccountRole(role)), null);
	}

	/**
	 * Grants a role. Refuses a self-grant, a second administrator role, and any mix of an
	 * administrator role with a business role, in either order (三员分立: an administrator
	 * reads no case content, an officer administers nothing).
	 */
	void grant(Role role, long grantingAccountId) {
		if (this.id != null && this.id == grantingAccountId) {
			throw new RuleViolation("SELF_GRANT_REFUSED", "不能为自己授予角色", HttpStatus.FORBIDDEN);
		}
		RuleViolation conflict = conflictOf(role);
		if (conflict != null) {
			throw conflict;
		}
		this.roles.add(new AccountRole(role));
		registerEvent((a) -> new RoleGranted(a.id, a.username, role));
	}

	/** Whether {@link #grant} would accept this role (not counting who grants it). */
	boolean mayHold(Role role) {
		return conflictOf(role) == null;
	}

	private RuleViolation conflictOf(Role role) {
		Set<Role> held = roles();
		if (role.isAdministrator() && held.stream().anyMatch((r) -> r.isAdministrator() && r != role)) {
			return new RuleViolation("ADMIN_ROLES_EXCLUSIVE",
					"系统管理员、安全管理员、审计管理员三员分立，同一账户不能兼任（已担任：" + heldRoleNames(Role::isAdministrator) + "）");
		}
		if (role.isAdministrator() && held.stream().anyMatch((r) -> !r.isAdministrator())) {
			return new RuleViolation("ADMIN_AND_BUSINESS_EXCLUSIVE",
					"三员分立：管理员角色不能授予担任业务角色的账户（已担任：" + heldRoleNames((r) -> !r.isAdministrator()) + "），请另设管理员账户");
		}
		if (!role.isAdministrator() && held.stream().anyMatch(Role::isAdministrator)) {
			return new RuleViolation("ADMIN_AND_BUSINESS_EXCLUSIVE",
					"三员分立：业务角色不能授予管理员账户（已担任：" + heldRoleNames(Role::isAdministrator) + "），管理员不得办理或查阅案件");
		}
		return null;
	}

	void revoke(Role role, long revokingAccountId) {
		if (this.id != null && this.id == revokingAccountId) {
			throw new RuleViolation("SELF_GRANT_REFUSED", "不能变更自己的角色", HttpStatus.FORBIDDEN);
		}
		this.roles.remove(new AccountRole(role));
		registerEvent((a) -> new RoleRevoked(a.id, a.username, role));
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.passwordMustChange = false;
		registerEvent((a) -> new PasswordChanged(a.id, a.username));
	}

	/**
	 * Clears the failed-login count: after a successful login or an unlock by the
	 * security administrator.
	 */
	void resetFailures(Instant now) {
		this.failuresResetAt = now;
	}

	/**
	 * The security administrator ends a lock: the failed logins so far no longer count.
	 */
	void unlock(Instant now) {
		resetFailures(now);
		registerEvent((a) -> new AccountUnlocked(a.id, a.username));
	}

	void disable() {
		this.enabled = false;
		registerEvent((a) -> new AccountDisabled(a.id, a.username));
	}

	void enable() {
		this.enabled = true;
		registerEvent((a) -> new AccountEnabled(a.id, a.username));
	}

	private String heldRoleNames(java.util.function.Predicate<Role> which) {
		return roles().stream().filter(which).map(Role::chineseName).collect(Collectors.joining("、"));
	}

	public Long id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public Long agencyId() {
		return this.agencyId;
	}

	public Long departmentId() {
		return this.departmentId;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	public Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	/**
	 * Whether the password was set by an administrator and not yet changed by its owner.
	 */
	public boolean passwordMustChange() {
		return this.passwordMustChange;
	}

	/** The roles that may still be granted to this account under 三员分立. */
	public Set<Role> grantableRoles() {
		Set<Role> grantable = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (!roles().contains(role) && mayHold(role)) {
				grantable.add(role);
			}
		}
		return grantable;
	}

	public Instant failuresResetAt() {
		return this.failuresResetAt;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Set<Role> roles() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		this.roles.forEach((r) -> held.add(r.role()));
		return held;
	}

	public Integer version() {
		return this.version;
	}

}
