package org.sanxiang.casefile;

import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * What happened to an on-the-spot decision (简易程序), for the audit trail and statistics.
 */
public sealed interface OnTheSpotEvent extends AuditableEvent {

	long decisionId();

	long agencyId();

	String partyName();

	@Override
	default String objectType() {
		return "OnTheSpotDecision";
	}

	@Override
	default String objectId() {
		return Long.toString(decisionId());
	}

	@Override
	default String objectLabel() {
		return partyName();
	}

	/** 当场作出行政处罚决定. */
	record OnTheSpotDecided(long decisionId, long agencyId, String partyName, LocalDate decidedOn,
			String documentNumber, String penalty) implements OnTheSpotEvent {

		@Override
		public String action() {
			return "ON_THE_SPOT_DECIDED";
		}

		@Override
		public String detail() {
			return this.penalty + "，" + this.decidedOn + "，决定书 " + this.documentNumber;
		}

	}

	/** 当场处罚决定报所属机关备案. */
	record OnTheSpotRecorded(long decisionId, long agencyId, String partyName,
			LocalDate recordedOn) implements OnTheSpotEvent {

		@Override
		public String action() {
			return "ON_THE_SPOT_RECORDED";
		}

		@Override
		public String detail() {
			return "备案日期 " + this.recordedOn;
		}

	}

}
