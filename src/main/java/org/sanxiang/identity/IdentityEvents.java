package org.sanxiang.identity;

import org.sanxiang.core.AuditableEvent;

/** Events of the identity module; each is recorded by the audit trail. */
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

	public record AccountStatusChanged(long accountId, String username, String change) implements AuditableEvent {

		@Override
		public String objectLabel() {
			return this.username;
		}

		public String action() {
			return "ACCOUNT_" + this.change;
		}

		public String objectType() {
			return "Account";
		}

		public String objectId() {
			return String.valueOf(this.accountId);
		}

		public String detail() {
			return this.username;
		}
	}

	/**
	 * A requested change was refused by a rule (三员, self-grant, password policy);
	 * recorded as REFUSED.
	 */
	public record ChangeRefused(String action, String objectType, String objectId,
			String detail) implements AuditableEvent {
		public Outcome outcome() {
			return Outcome.REFUSED;
		}
	}

	/**
	 * A login refused before its password was checked: the client address failed too
	 * often ({@code LOGIN_THROTTLED}) or the server had no capacity to hash
	 * ({@code LOGIN_BUSY}).
	 */
	public record LoginRefused(String action, String address) implements AuditableEvent {
		public String objectType() {
			return "ClientAddress";
		}

		public String objectId() {
			return this.address;
		}

		public Outcome outcome() {
			return Outcome.REFUSED;
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
