package org.sanxiang.identity;

import org.sanxiang.core.AuditableEvent;

/**
 * Events of the identity module, one record per fact, each saying what happened to an
 * agency or an account. Each also says how it reads in the audit trail
 * ({@link AuditableEvent}), which records it in the transaction of the act.
 */
public final class IdentityEvents {

	private IdentityEvents() {
	}

	public record AgencyCreated(long agencyId, String code, String name) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.name;
		}

		public String action() {
			return "AGENCY_CREATED";
		}

		public String objectType() {
			return "Agency";
		}

		public String objectId() {
			return String.valueOf(this.agencyId);
		}

		public String detail() {
			return this.code + " " + this.name;
		}
	}

	/** The agency's 统一社会信用代码 recorded ({@code creditCode} null: cleared). */
	public record AgencyCreditCodeAssigned(long agencyId, String name, String creditCode) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.name;
		}

		public String action() {
			return "AGENCY_CREDIT_CODE";
		}

		public String objectType() {
			return "Agency";
		}

		public String objectId() {
			return String.valueOf(this.agencyId);
		}

		public String detail() {
			return (this.creditCode != null) ? this.creditCode : "清除";
		}
	}

	public record DepartmentCreated(long departmentId, long agencyId, String name) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.name;
		}

		public String action() {
			return "DEPARTMENT_CREATED";
		}

		public String objectType() {
			return "Department";
		}

		public String objectId() {
			return String.valueOf(this.departmentId);
		}

		public String detail() {
			return "agency=" + this.agencyId + " " + this.name;
		}
	}

	public record AccountCreated(long accountId, String username, long agencyId) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.username;
		}

		public String action() {
			return "ACCOUNT_CREATED";
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public String detail() {
			return "username=" + this.username + " agency=" + this.agencyId;
		}
	}

	public record RoleGranted(long accountId, String username, Role role) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.username;
		}

		public String action() {
			return "ROLE_GRANTED";
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public String detail() {
			return this.username + " +" + this.role;
		}
	}

	public record RoleRevoked(long accountId, String username, Role role) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.username;
		}

		public String action() {
			return "ROLE_REVOKED";
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public String detail() {
			return this.username + " -" + this.role;
		}
	}

	/** An account was disabled: its sessions end and it can no longer log in. */
	public record AccountDisabled(long accountId, String username) implements AccountAuditLine {

		public String action() {
			return "ACCOUNT_DISABLED";
		}
	}

	/** A disabled account was enabled again. */
	public record AccountEnabled(long accountId, String username) implements AccountAuditLine {

		public String action() {
			return "ACCOUNT_ENABLED";
		}
	}

	/** The security administrator cleared an account's failed logins, ending its lock. */
	public record AccountUnlocked(long accountId, String username) implements AccountAuditLine {

		public String action() {
			return "ACCOUNT_UNLOCKED";
		}
	}

	/** The account's owner changed its password; every session of the account ends. */
	public record PasswordChanged(long accountId, String username) implements AccountAuditLine {

		public String action() {
			return "ACCOUNT_PASSWORD_CHANGED";
		}
	}

	/**
	 * A role grant was refused by a rule (三员分立, self-grant); recorded as REFUSED, in its
	 * own transaction.
	 */
	public record RoleGrantRefused(long accountId, Role role, String reason) implements AuditableEvent {

		public String action() {
			return "ROLE_GRANT_REFUSED";
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public Outcome outcome() {
			return Outcome.REFUSED;
		}

		public String detail() {
			return this.role + ": " + this.reason;
		}
	}

	/** A role revocation was refused by a rule (self-revocation); recorded as REFUSED. */
	public record RoleRevokeRefused(long accountId, Role role, String reason) implements AuditableEvent {

		public String action() {
			return "ROLE_REVOKE_REFUSED";
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public Outcome outcome() {
			return Outcome.REFUSED;
		}

		public String detail() {
			return this.role + ": " + this.reason;
		}
	}

	/**
	 * A login refused before its password was checked: the client address failed too
	 * often.
	 */
	public record LoginThrottled(String address) implements ClientAddressRefusal {

		public String action() {
			return "LOGIN_THROTTLED";
		}
	}

	/**
	 * A login refused before its password was checked: the server had no capacity to
	 * hash.
	 */
	public record LoginBusy(String address) implements ClientAddressRefusal {

		public String action() {
			return "LOGIN_BUSY";
		}
	}

	/** How a login refused for its client address reads in the audit trail. */
	interface ClientAddressRefusal extends AuditableEvent {

		String address();

		default String objectType() {
			return "ClientAddress";
		}

		default String objectId() {
			return address();
		}

		default Outcome outcome() {
			return Outcome.REFUSED;
		}

	}

	/** How an event about one account reads in the audit trail: named by its username. */
	interface AccountAuditLine extends AuditableEvent {

		long accountId();

		String username();

		default String objectType() {
			return "Account";
		}

		default String objectId() {
			return String.valueOf(accountId());
		}

		default String objectLabel() {
			return username();
		}

		default String detail() {
			return username();
		}

	}

	/** A state-changing request refused for a missing or wrong CSRF token. */
	public record CsrfRefused(String target, String who, String reason) implements AuditableEvent {
		public String action() {
			return "CSRF_REFUSED";
		}

		public String objectType() {
			return "Endpoint";
		}

		public String objectId() {
			return this.target;
		}

		public Outcome outcome() {
			return Outcome.REFUSED;
		}

		public String detail() {
			return this.who + " " + this.reason;
		}
	}

}
