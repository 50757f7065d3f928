package org.sanxiang.officer;

import java.time.LocalDate;

/** An officer was registered with the certificate (执法证) they hold. */
public record OfficerRegistered(long officerId, long agencyId, String name, String certificateNumber,
		String issuingAuthority, LocalDate validFrom, LocalDate validTo) implements OfficerAuditLine {

	@Override
	public String act() {
		return "REGISTERED";
	}

	@Override
	public String change() {
		return this.name + " " + this.validFrom + "~" + this.validTo;
	}

}
