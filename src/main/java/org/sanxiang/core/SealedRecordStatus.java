package org.sanxiang.core;

import java.time.Instant;
import java.util.List;

/**
 * What the owning module says today about a sealed record: what it is, whether it was
 * voided (when and why), and which records correct it. The ledger proves that a file is
 * exactly what was sealed; this tells the reader whether it still stands — status travels
 * with proof.
 *
 * @param subjectType as sealed, e.g. {@code Document}
 * @param subjectId as sealed, e.g. {@code 牡环罚〔2026〕12号}
 * @param title what a person calls it, e.g. {@code 行政处罚决定书 牡环罚〔2026〕12号}
 * @param sealedAt when it was sealed (issued)
 * @param voided the voiding, or null while it stands
 * @param correctedBy what people call each record that corrects it
 */
public record SealedRecordStatus(String subjectType, String subjectId, String title, Instant sealedAt, Voiding voided,
		List<String> correctedBy) {

	public SealedRecordStatus {
		correctedBy = List.copyOf(correctedBy);
	}

	public boolean wasVoided() {
		return this.voided != null;
	}

	public boolean wasCorrected() {
		return !this.correctedBy.isEmpty();
	}

	/** A voiding: when and why. */
	public record Voiding(Instant at, String reason) {
	}

	/**
	 * Implemented by each module whose records are sealed into the ledger, so that the
	 * ledger (which depends on no business module) can tell the status of what it proves.
	 */
	public interface Provider {

		/** The status of the record the ledger names so, if this module owns it. */
		java.util.Optional<SealedRecordStatus> statusOf(String subjectType, String subjectId);

		/**
		 * The record a person refers to — a number typed with ASCII brackets or spaces,
		 * or a verification code printed on the record — if this module owns it.
		 */
		java.util.Optional<SealedRecordStatus> find(String reference);

	}

}
