package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * A licensing decision (准予 or 不予行政许可决定书) was issued. It carries what the national credit
 * platform publishes of a licensing decision (双公示, 行政许可信息): the party ({@code partyName},
 * {@code creditCode}, {@code legalRepresentative}; a natural person's name is redacted by
 * the publisher), the decision document ({@code documentTitle}, {@code documentNumber}),
 * 许可类别 ({@code category}: 普通、特许、认可、核准、登记、其他), the certificate ({@code certificateName},
 * {@code certificateNumber}; null when refused), 许可内容 ({@code content}), the decision
 * date and the validity ({@code validFrom}, {@code validTo}; null when refused or without
 * end) and the licensing agency. The publicity module publishes it within 7 working days
 * of {@code decidedOn}.
 */
public record LicensingDecided(long applicationId, long agencyId, String applicationNumber, Long licenceId,
		String licenceTypeCode, String licenceTypeName, boolean granted, long partyId, String partyName,
		String creditCode, String legalRepresentative, long documentId, String documentTitle, String documentNumber,
		String category, String certificateName, String certificateNumber, String content, LocalDate decidedOn,
		LocalDate validFrom, LocalDate validTo, String agencyName, String agencyCreditCode,
		Instant decidedAt) implements AuditableEvent {

	@Override
	public String action() {
		return this.granted ? "LICENCE_GRANTED" : "LICENCE_REFUSED";
	}

	@Override
	public String objectType() {
		return "LicenceApplication";
	}

	@Override
	public String objectId() {
		return Long.toString(this.applicationId);
	}

	@Override
	public String objectLabel() {
		return this.applicationNumber;
	}

	@Override
	public String detail() {
		return this.partyName + "，" + this.licenceTypeName + (this.granted ? "，准予许可 " : "，不予许可 ") + this.documentNumber;
	}

}
