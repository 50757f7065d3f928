package org.sanxiang.ledger;

import java.util.List;
import java.util.Optional;

import org.sanxiang.core.SealedRecordStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the modules that own sealed records what became of them (voided, corrected),
 * without the ledger knowing any of those modules: each implements
 * {@link SealedRecordStatus.Provider}.
 */
@Component
class RecordStatuses {

	private final ObjectProvider<SealedRecordStatus.Provider> providers;

	RecordStatuses(ObjectProvider<SealedRecordStatus.Provider> providers) {
		this.providers = providers;
	}

	Optional<SealedRecordStatus> of(LedgerEntry entry) {
		return all().stream()
			.map((p) -> p.statusOf(entry.subjectType(), entry.subjectId()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	Optional<SealedRecordStatus> find(String reference) {
		return all().stream().map((p) -> p.find(reference)).flatMap(Optional::stream).findFirst();
	}

	private List<SealedRecordStatus.Provider> all() {
		return this.providers.orderedStream().toList();
	}

}
