package org.sanxiang.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One enforcement document: a draft (editable), issued (frozen: number, PDF hashes, blob
 * addresses) or voided (its number kept with the reason). A correction is a new document
 * that names the one it corrects. The party it concerns is kept by its id in 一企一档; an
 * issued document carries a short 核验码 printed beside its QR code.
 */
public record Document(long id, long agencyId, String typeCode, Status status, Map<String, Object> values,
		String number, Integer templateVersion, LocalDate issueDate, String pdfSha256, String pdfSm3, Long pdfSize,
		String docxSha256, String issuedBy, Instant issuedAt, Long correctsId, String voidReason, String voidedBy,
		Instant voidedAt, String createdBy, Instant createdAt, Instant updatedAt, int version, Long partyId,
		String issuedByName, String verifyCode) {

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

	/** The party's name as written in the document. */
	public String partyName() {
		Object name = this.values.get("partyName");
		return (name != null) ? name.toString() : null;
	}

	/** Who issued it, as people read it: the name, or the account where none was kept. */
	public String issuer() {
		return (this.issuedByName != null) ? this.issuedByName : this.issuedBy;
	}

	/** How the ledger names this document: its number, or its id when it has none. */
	public String ledgerSubjectId() {
		return (this.number != null) ? this.number : "DOC-" + this.id;
	}

}
