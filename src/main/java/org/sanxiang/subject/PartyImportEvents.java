package org.sanxiang.subject;

import org.sanxiang.core.AuditableEvent;

/**
 * Events of a spreadsheet import of parties: previewed, confirmed (the valid rows were
 * written in one transaction) or cancelled. Each names the file by its SHA-256 and gives
 * the counts.
 */
public final class PartyImportEvents {

	private PartyImportEvents() {
	}

	/** A file was checked and its preview shown; nothing was written yet. */
	public record ImportPreviewed(long agencyId, String sha256, int toInsert, int toUpdate,
			int rejected) implements ImportAuditLine {

		public String step() {
			return "PREVIEWED";
		}

		public String counts() {
			return "inserted=" + this.toInsert + " updated=" + this.toUpdate + " rejected=" + this.rejected;
		}
	}

	/** The valid rows of a previewed file were written. */
	public record PartiesImported(long agencyId, String sha256, int inserted, int updated,
			int rejected) implements ImportAuditLine {

		public String step() {
			return "CONFIRMED";
		}

		public String counts() {
			return "inserted=" + this.inserted + " updated=" + this.updated + " rejected=" + this.rejected;
		}
	}

	/** A previewed file was dropped without writing anything. */
	public record ImportCancelled(long agencyId, String sha256) implements ImportAuditLine {

		public String step() {
			return "CANCELLED";
		}

		public String counts() {
			return "inserted=0 updated=0 rejected=0";
		}
	}

	/** How an import event reads in the audit trail. */
	interface ImportAuditLine extends AuditableEvent {

		long agencyId();

		String sha256();

		String step();

		String counts();

		default String action() {
			return "SUBJECT_IMPORT_" + step();
		}

		default String objectType() {
			return "RegulatedPartyImport";
		}

		default String objectId() {
			return sha256();
		}

		default String detail() {
			return "agency=" + agencyId() + " " + counts();
		}

	}

}
