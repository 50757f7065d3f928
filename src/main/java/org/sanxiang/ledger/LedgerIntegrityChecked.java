package org.sanxiang.ledger;

import org.sanxiang.core.AuditableEvent;

/** An integrity check of the ledger ran; a failure names what no longer matches. */
public record LedgerIntegrityChecked(IntegrityReport report) implements AuditableEvent {

	@Override
	public String action() {
		return "LEDGER_INTEGRITY_CHECKED";
	}

	@Override
	public String objectType() {
		return "Ledger";
	}

	@Override
	public String objectId() {
		return String.valueOf(this.report.entries());
	}

	@Override
	public Outcome outcome() {
		return this.report.intact() ? Outcome.SUCCESS : Outcome.FAILURE;
	}

	@Override
	public String detail() {
		return this.report.intact() ? "entries=" + this.report.entries() + " checkpoints=" + this.report.checkpoints()
				: String.join("；", this.report.problems());
	}

}
