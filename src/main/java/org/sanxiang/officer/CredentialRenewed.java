package org.sanxiang.officer;

import java.time.LocalDate;

/**
 * The certificate (执法证) renewed: valid to a later day, on the training and exam that met
 * the agency's condition.
 */
public record CredentialRenewed(long officerId, long agencyId, String name, String certificateNumber,
		LocalDate previousValidTo, LocalDate validTo, String basis) implements OfficerAuditLine {

	@Override
	public String act() {
		return "CREDENTIAL_RENEWED";
	}

	@Override
	public String change() {
		return "有效期至 " + this.previousValidTo + " → " + this.validTo + "（" + this.basis + "）";
	}

}
