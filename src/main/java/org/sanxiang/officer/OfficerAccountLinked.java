package org.sanxiang.officer;

/** The officer was linked to the account they log in with (or unlinked, without one). */
public record OfficerAccountLinked(long officerId, long agencyId, String name, String certificateNumber,
		Long accountId) implements OfficerAuditLine {

	@Override
	public String act() {
		return "ACCOUNT_LINKED";
	}

	@Override
	public String change() {
		return "account=" + this.accountId;
	}

}
