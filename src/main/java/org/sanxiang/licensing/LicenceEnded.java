package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * A licence ended before or at its term: 撤回 (行政许可法 第八条), 撤销 (第六十九条), 吊销 (a penalty) or 注销
 * (第七十条). {@code publicReason} is the reason as it may be published; {@code documentId}
 * and {@code documentNumber} name the decision that ended it (null for a 注销 without one).
 * The publicity module withdraws the licence's publication within 3 working days with
 * that reason and links the new decision.
 */
public record LicenceEnded(long licenceId, long applicationId, long agencyId, Kind kind, LocalDate endedOn,
		String publicReason, Long documentId, String documentNumber, Instant endedAt) implements AuditableEvent {

	/** How the licence ended. */
	public enum Kind {

		WITHDRAWN("撤回"), REVOKED("撤销"), SUSPENDED_PERMANENTLY("吊销"), CANCELLED("注销");

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
	public String detail() {
		return this.kind.label() + "，" + this.endedOn + ((this.publicReason == null) ? "" : "；" + this.publicReason);
	}

}
