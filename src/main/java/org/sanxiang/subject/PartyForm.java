package org.sanxiang.subject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.DateRange;

/**
 * The party form as posted: text fields only, so that every mistake comes back as a
 * field-level message. Up to three contacts.
 */
record PartyForm(Long agencyId, PartyKind kind, String name, String creditCode, String legalRepresentative,
		String address, String regionCode, String industryCode, String permitNumber, String permitValidFrom,
		String permitValidTo, String managementClass, Boolean keyPolluter, String idNumber, String phone,
		String contact0Name, String contact0Phone, String contact1Name, String contact1Phone, String contact2Name,
		String contact2Phone, Integer version) {

	PartyDraft toDraft() {
		List<FieldError> errors = new ArrayList<>();
		LocalDate from = date("permitValidFrom", this.permitValidFrom, errors);
		LocalDate to = date("permitValidTo", this.permitValidTo, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParty(errors);
		}
		return new PartyDraft(this.kind, this.name, this.creditCode, this.legalRepresentative, this.address,
				this.regionCode, this.industryCode, this.permitNumber, from, to, this.managementClass,
				Boolean.TRUE.equals(this.keyPolluter), this.idNumber, this.phone,
				List.of(new PartyDraft.ContactDraft(this.contact0Name, this.contact0Phone),
						new PartyDraft.ContactDraft(this.contact1Name, this.contact1Phone),
						new PartyDraft.ContactDraft(this.contact2Name, this.contact2Phone)));
	}

	/**
	 * The form filled with a party's particulars (personal data left empty: re-enter to
	 * change).
	 */
	static PartyForm of(Party p) {
		String[] contacts = new String[3];
		for (int i = 0; i < Math.min(3, p.contacts().size()); i++) {
			contacts[i] = p.contacts().get(i).name();
		}
		return new PartyForm(p.agencyId(), p.kind(), p.name(), p.creditCode(), p.legalRepresentative(), p.address(),
				p.regionCode(), p.industryCode(), p.permitNumber(), str(p.permitValidFrom()), str(p.permitValidTo()),
				(p.managementClass() == null) ? null : p.managementClass().name(), p.keyPolluter(), null, null,
				contacts[0], null, contacts[1], null, contacts[2], null, p.version());
	}

	static PartyForm empty(PartyKind kind) {
		return new PartyForm(null, kind, null, null, null, null, null, null, null, null, null, null, false, null, null,
				null, null, null, null, null, null, null);
	}

	private static String str(LocalDate date) {
		return (date == null) ? null : date.toString();
	}

	private static LocalDate date(String field, String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (!DateRange.accepts(date)) {
				errors.add(new FieldError(field, "DATE_OUT_OF_RANGE", DateRange.OutOfRange.message()));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "DATE_FORMAT", "日期格式应为2025-01-31"));
			return null;
		}
	}

}
