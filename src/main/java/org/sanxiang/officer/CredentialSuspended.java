package org.sanxiang.officer;

/**
 * The officer's certificate was suspended (暂扣): they may not enforce until it is
 * reinstated.
 */
public record CredentialSuspended(long officerId, long agencyId, String name, String certificateNumber,
		OfficerStatus previous) implements OfficerAuditLine {

	@Override
	public String act() {
		return "STATUS_CHANGED";
	}

	@Override
	public String change() {
		return this.previous + "->" + OfficerStatus.SUSPENDED;
	}

}
