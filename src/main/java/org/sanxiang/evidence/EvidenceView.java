package org.sanxiang.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An evidence item as the API shows it. */
record EvidenceView(long id, String number, String kind, String kindLabel, String ownerKind, String ownerId,
		String ownerStage, String description, String officerName, String officerCertificate, String device,
		Instant captureStart, Instant captureEnd, String place, BigDecimal latitude, BigDecimal longitude,
		List<String> participants, String mainContent, boolean covert, String covertBasis, String interruptionNotes,
		Long derivedFrom, String derivation, String sha256, String sm3, long size, String mediaType, String fileName,
		String uploadedBy, Instant uploadedAt) {

	static EvidenceView of(EvidenceItem i) {
		return new EvidenceView(i.id(), i.number(), i.kind().name(), i.kind().label(), i.owner().kind(), i.owner().id(),
				i.owner().stage(), i.description(), i.officerName(), i.officerCertificate(), i.device(),
				i.captureStart(), i.captureEnd(), i.place(), i.latitude(), i.longitude(), i.participants(),
				i.mainContent(), i.covert(), i.covertBasis(), i.interruptionNotes(), i.derivedFrom(), i.derivation(),
				i.digests().sha256(), i.digests().sm3(), i.size(), i.mediaType(), i.fileName(), i.uploadedBy(),
				i.uploadedAt());
	}

}
