package org.sanxiang.officer;

/**
 * The officer's legal professional qualification (法律职业资格) was recorded: they may act as a
 * legal reviewer.
 */
public record LegalQualificationRecorded(long officerId, long agencyId, String name, String certificateNumber,
		String qualificationNumber) implements OfficerAuditLine {

	@Override
	public String act() {
		return "LEGAL_QUALIFICATION_RECORDED";
	}

	@Override
	public String change() {
		return this.qualificationNumber;
	}

}
