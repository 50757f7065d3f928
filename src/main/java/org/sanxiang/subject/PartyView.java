package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.List;

/** A party as JSON: personal data masked. */
record PartyView(long id, long agencyId, String kind, String name, String creditCode, String legalRepresentative,
		String address, String regionCode, String industryCode, String permitNumber, LocalDate permitValidFrom,
		LocalDate permitValidTo, String managementClass, boolean keyPolluter, String idNumber, String phone,
		List<ContactView> contacts, int version) {

	record ContactView(String name, String phone) {
	}

	static PartyView of(Party p) {
		return new PartyView(p.id(), p.agencyId(), p.kind().name(), p.name(), p.creditCode(), p.legalRepresentative(),
				p.address(), p.regionCode(), p.industryCode(), p.permitNumber(), p.permitValidFrom(), p.permitValidTo(),
				(p.managementClass() == null) ? null : p.managementClass().name(), p.keyPolluter(),
				(p.idNumber() == null) ? null : p.idNumber().masked(), (p.phone() == null) ? null : p.phone().masked(),
				p.contacts()
					.stream()
					.map((c) -> new ContactView(c.name(), (c.phone() == null) ? null : c.phone().masked()))
					.toList(),
				p.version());
	}

}
