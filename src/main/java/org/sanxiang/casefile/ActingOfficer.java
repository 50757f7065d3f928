package org.sanxiang.casefile;

import java.time.LocalDate;

/**
 * An officer on an act as the officer register knew them when the act was recorded: the
 * certificate (执法证) and its validity, so that the timeline keeps what the gate judged.
 *
 * @param officerId the officer's id in the register
 * @param name the name
 * @param certificate the certificate number
 * @param validFrom first day of validity
 * @param validTo last day of validity
 * @param active whether the certificate is neither suspended nor revoked (有效)
 */
public record ActingOfficer(long officerId, String name, String certificate, LocalDate validFrom, LocalDate validTo,
		boolean active) {

	/** Whether the certificate allows enforcement on {@code date}. */
	public boolean validOn(LocalDate date) {
		return this.active && !date.isBefore(this.validFrom) && !date.isAfter(this.validTo);
	}

}
