package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/** What the publisher did to a publication, for the audit trail and the ledger. */
sealed interface PublicationEvent extends AuditableEvent {

	long publicationId();

	String label();

	@Override
	default String objectType() {
		return "Publication";
	}

	@Override
	default String objectId() {
		return Long.toString(publicationId());
	}

	@Override
	default String objectLabel() {
		return label();
	}

	/**
	 * A redacted copy was approved and published (or a correction of it, a new version):
	 * the served text is sealed into the ledger.
	 */
	record Published(long publicationId, String publicId, String label, int textVersion,
			String servedText) implements PublicationEvent, SealedRecord {

		@Override
		public String action() {
			return "PUBLICATION_PUBLISHED";
		}

		@Override
		public String detail() {
			return "公开第 " + this.textVersion + " 版";
		}

		@Override
		public String entryType() {
			return "DECISION_PUBLISHED";
		}

		@Override
		public String subjectType() {
			return "Publication";
		}

		@Override
		public String subjectId() {
			return this.publicId + "#" + this.textVersion;
		}

		@Override
		public ContentDigests contentDigests() {
			return ContentDigests.of(this.servedText.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public boolean subjectIsPublic() {
			return true;
		}

	}

	/** 不予公开, with the legal reason. */
	record Refused(long publicationId, String label, String reason) implements PublicationEvent {

		@Override
		public String action() {
			return "PUBLICATION_REFUSED";
		}

		@Override
		public String detail() {
			return this.reason;
		}

	}

	/** The publisher corrected the 双公示 fields: a new version of them, with the reason. */
	record CreditEdited(long publicationId, String label, int fieldsVersion,
			String reason) implements PublicationEvent {

		@Override
		public String action() {
			return "PUBLICATION_CREDIT_EDITED";
		}

		@Override
		public String detail() {
			return "双公示字段第 " + this.fieldsVersion + " 版：" + this.reason;
		}

	}

}
