package org.sanxiang.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the upload form (page and API alike), as text: turned into an
 * {@link EvidenceDraft} by {@link #draft}, whose checks say what is wrong. Times are
 * business times ({@code 2026-05-01T09:30} in the agency's zone) or carry their offset.
 */
public record EvidenceForm(String ownerKind, String ownerId, String ownerStage, String kind, String description,
		String officerCertificate, String device, String captureStart, String captureEnd, String place, String latitude,
		String longitude, String participants, String mainContent, Boolean covert, String covertBasis,
		String interruptionNotes, Long derivedFrom, String derivation) {

	EvidenceDraft draft(ZoneId zone) {
		EvidenceKind evidenceKind;
		try {
			evidenceKind = (this.kind == null || this.kind.isBlank()) ? null : EvidenceKind.valueOf(this.kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw EvidenceDraft.invalid("EVIDENCE_KIND_REQUIRED", "证据种类不在第四十六条所列之中");
		}
		return new EvidenceDraft(evidenceKind, new EvidenceOwner(this.ownerKind, this.ownerId, this.ownerStage),
				this.description, this.officerCertificate, this.device, time(this.captureStart, zone, "记录开始时间"),
				time(this.captureEnd, zone, "记录结束时间"), this.place, decimal(this.latitude, "纬度"),
				decimal(this.longitude, "经度"),
				(this.participants == null) ? List.of() : Arrays.asList(this.participants.split("\\R")),
				this.mainContent, Boolean.TRUE.equals(this.covert), this.covertBasis, this.interruptionNotes,
				this.derivedFrom, this.derivation);
	}

	private static Instant time(String text, ZoneId zone, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			if (value.length() > 30) {
				throw new DateTimeParseException("too long", value, 0);
			}
			Instant instant;
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
				instant = OffsetDateTime.parse(value).toInstant();
			}
			else {
				instant = LocalDateTime.parse(value).atZone(zone).toInstant();
			}
			int year = instant.atZone(zone).getYear();
			if (year < 2000 || year > 2199) {
				throw EvidenceDraft.invalid("EVIDENCE_CAPTURE_RANGE", what + "须在 2000 年至 2199 年之间");
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			throw EvidenceDraft.invalid("EVIDENCE_CAPTURE_FORMAT", what + "格式应为 2026-05-01T09:30");
		}
	}

	private static BigDecimal decimal(String text, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.strip().length() > 14) {
				throw new NumberFormatException();
			}
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw EvidenceDraft.invalid("EVIDENCE_COORDINATES", what + "须为数字，如 44.551234");
		}
	}

}
