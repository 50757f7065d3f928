package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * A licence in force was changed (变更, 行政许可法 第四十九条) or extended (延续, 第五十条) by a new
 * decision document: the publication of the licence takes the new content and validity as
 * a new version, keeping the earlier one.
 */
public record LicenceAmended(long licenceId, long applicationId, long agencyId, Kind kind, long documentId,
		String documentNumber, String content, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo,
		String reason, Instant amendedAt) implements AuditableEvent {

	/** 变更 or 延续. */
	public enum Kind {

		CHANGED("变更"), EXTENDED("延续");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Override
	public String action() {
		return "LICENCE_" + this.kind.name();
	}

	@Override
	public String objectType() {
		return "Licence";
	}

	@Override
	public String objectId() {
		return Long.toString(this.licenceId);
	}

	@Override
	public String objectLabel() {
		return this.documentNumber;
	}

	@Override
	public String detail() {
		return this.kind.label() + "，" + this.decidedOn + ((this.reason == null) ? "" : "；" + this.reason);
	}

}
