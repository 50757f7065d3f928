package org.sanxiang.officer;

/** A suspended certificate is valid (有效) again. */
public record CredentialReinstated(long officerId, long agencyId, String name, String certificateNumber,
		OfficerStatus previous) implements OfficerAuditLine {

	@Override
	public String act() {
		return "STATUS_CHANGED";
	}

	@Override
	public String change() {
		return this.previous + "->" + OfficerStatus.VALID;
	}

}
