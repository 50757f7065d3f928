package org.sanxiang.officer;

import java.time.LocalDate;

/**
 * An officer's registered particulars (name, issuing authority, validity) were corrected.
 */
public record OfficerCorrected(long officerId, long agencyId, String name, String certificateNumber,
		String issuingAuthority, LocalDate validFrom, LocalDate validTo) implements OfficerAuditLine {

	@Override
	public String act() {
		return "CORRECTED";
	}

	@Override
	public String change() {
		return this.name + " " + this.validFrom + "~" + this.validTo;
	}

}
