package org.sanxiang.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One enforcement document: a draft (editable), issued (frozen: number, PDF hashes, blob
 * addresses) or voided (its number kept with the reason). A correction is a new document
 * that names the one it corrects.
 */
public record Document(long id, long agencyId, String typeCode, Status status, Map<String, Object> values,
		String number, Integer templateVersion, LocalDate issueDate, String pdfSha256, String pdfSm3, Long pdfSize,
		String docxSha256, String issuedBy, Instant issuedAt, Long correctsId, String voidReason, String voidedBy,
		Instant voidedAt, String createdBy, Instant createdAt, Instant updatedAt, int version) {

	public enum Status {

		DRAFT("草稿"), ISSUED("已签发"), VOIDED("已作废");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	public boolean draft() {
		return this.status == Status.DRAFT;
	}

	/** How the ledger names this document: its number, or its id when it has none. */
	public String ledgerSubjectId() {
		return (this.number != null) ? this.number : "DOC-" + this.id;
	}

}
