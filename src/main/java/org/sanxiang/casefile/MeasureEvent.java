package org.sanxiang.casefile;

import org.sanxiang.core.AuditableEvent;

/** What happened to a coercive measure or a 按日连续处罚, for the audit trail. */
public sealed interface MeasureEvent extends AuditableEvent {

	/** An act on a coercive measure ({@code MEASURE_<status>} after it). */
	record MeasureActed(long measureId, long caseId, MeasureKind kind, MeasureStatus status,
			String act) implements MeasureEvent {

		@Override
		public String action() {
			return "MEASURE_" + this.status.name();
		}

		@Override
		public String objectType() {
			return "CoerciveMeasure";
		}

		@Override
		public String objectId() {
			return Long.toString(this.measureId);
		}

		@Override
		public String objectLabel() {
			return this.kind.chineseName() + "（案件 " + this.caseId + "）";
		}

		@Override
		public String detail() {
			return this.act;
		}

	}

	/** An act of 按日连续处罚. */
	record DailyPenaltyActed(long dailyPenaltyId, long caseId, String act) implements MeasureEvent {

		@Override
		public String action() {
			return "DAILY_PENALTY";
		}

		@Override
		public String objectType() {
			return "DailyPenalty";
		}

		@Override
		public String objectId() {
			return Long.toString(this.dailyPenaltyId);
		}

		@Override
		public String objectLabel() {
			return "按日连续处罚（案件 " + this.caseId + "）";
		}

		@Override
		public String detail() {
			return this.act;
		}

	}

}
