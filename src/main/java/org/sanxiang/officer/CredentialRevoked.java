package org.sanxiang.officer;

/** The officer's certificate was revoked (注销), for good. */
public record CredentialRevoked(long officerId, long agencyId, String name, String certificateNumber,
		OfficerStatus previous) implements OfficerAuditLine {

	@Override
	public String act() {
		return "STATUS_CHANGED";
	}

	@Override
	public String change() {
		return this.previous + "->" + OfficerStatus.REVOKED;
	}

}
