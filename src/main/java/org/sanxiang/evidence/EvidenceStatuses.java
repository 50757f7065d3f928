package org.sanxiang.evidence;

import java.util.List;
import java.util.Optional;

import org.sanxiang.core.SealedRecordStatus;

import org.springframework.stereotype.Component;

/**
 * Tells the ledger's 核验 page what a sealed evidence item is, for whoever holds its file:
 * its kind and number ("证据 证据-3（物证）") and when it was sealed — nothing more, because the
 * page is public and a description names people and places. An item is never voided or
 * corrected (a derived item is a new one). No item is found by a typed reference: the
 * public may not discover evidence by guessing numbers, so {@link #find} finds nothing.
 */
@Component
class EvidenceStatuses implements SealedRecordStatus.Provider {

	static final String SUBJECT_TYPE = "EvidenceItem";

	private static final String PREFIX = "EVIDENCE-";

	private final EvidenceItemRepository items;

	EvidenceStatuses(EvidenceItemRepository items) {
		this.items = items;
	}

	static String subjectId(long itemId) {
		return PREFIX + itemId;
	}

	@Override
	public Optional<SealedRecordStatus> statusOf(String subjectType, String subjectId) {
		if (!SUBJECT_TYPE.equals(subjectType) || subjectId == null || !subjectId.startsWith(PREFIX)
				|| !subjectId.substring(PREFIX.length()).matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return this.items.findById(Long.parseLong(subjectId.substring(PREFIX.length())))
			.map((item) -> new SealedRecordStatus(SUBJECT_TYPE, subjectId,
					"证据 " + item.number() + "（" + item.kind().label() + "）", item.uploadedAt(), null, List.of()));
	}

	@Override
	public Optional<SealedRecordStatus> find(String reference) {
		return Optional.empty();
	}

}
