package org.sanxiang.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.sanxiang.core.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as the rest of the application sees it: roles, agency, department
 * and data scope.
 */
public final class SanxiangPrincipal implements UserDetails, CredentialsContainer, Actor {

	private final long accountId;

	private final String username;

	private final String displayName;

	private final long agencyId;

	private final String agencyName;

	private final String agencyPath;

	private final long departmentId;

	private final Set<Role> roles;

	private final DataScope dataScope;

	private final boolean enabled;

	private final Instant lockedUntil;

	private final boolean passwordExpired;

	private final boolean passwordMustChange;

	private String passwordHash;

	public SanxiangPrincipal(long accountId, String username, String displayName, long agencyId, String agencyName,
			String agencyPath, long departmentId, Set<Role> roles, DataScope dataScope, boolean enabled,
			Instant lockedUntil, boolean passwordExpired, String passwordHash) {
		this(accountId, username, displayName, agencyId, agencyName, agencyPath, departmentId, roles, dataScope,
				enabled, lockedUntil, passwordExpired, false, passwordHash);
	}

	/**
	 * @param passwordMustChange whether the password was set by an administrator and must
	 * be changed before anything else is done
	 */
	public SanxiangPrincipal(long accountId, String username, String displayName, long agencyId, String agencyName,
			String agencyPath, long departmentId, Set<Role> roles, DataScope dataScope, boolean enabled,
			Instant lockedUntil, boolean passwordExpired, boolean passwordMustChange, String passwordHash) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.agencyId = agencyId;
		this.agencyName = agencyName;
		this.agencyPath = agencyPath;
		this.departmentId = departmentId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.dataScope = dataScope;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.passwordExpired = passwordExpired;
		this.passwordMustChange = passwordMustChange;
		this.passwordHash = passwordHash;
	}

	public long accountId() {
		return this.accountId;
	}

	@Override
	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	@Override
	public long agencyId() {
		return this.agencyId;
	}

	public String agencyName() {
		return this.agencyName;
	}

	@Override
	public String agencyPath() {
		return this.agencyPath;
	}

	public long departmentId() {
		return this.departmentId;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public DataScope dataScope() {
		return this.dataScope;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

	public boolean passwordExpired() {
		return this.passwordExpired;
	}

	/**
	 * Whether the password was set by an administrator and not yet changed by its owner.
	 */
	public boolean passwordMustChange() {
		return this.passwordMustChange;
	}

	/** Whether nothing but changing the password may be done in this session. */
	public boolean passwordChangeRequired() {
		return this.passwordExpired || this.passwordMustChange;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SanxiangPrincipal that && that.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "SanxiangPrincipal[" + this.username + "]";
	}

}
