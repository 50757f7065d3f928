package org.sanxiang.casefile;

import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/** What happened to a clue (案源), for the audit trail and statistics. */
public sealed interface ClueEvent extends AuditableEvent {

	long clueId();

	long agencyId();

	String partyName();

	@Override
	default String objectType() {
		return "Clue";
	}

	@Override
	default String objectId() {
		return Long.toString(clueId());
	}

	@Override
	default String objectLabel() {
		return partyName();
	}

	/** 案源登记. */
	record ClueRegistered(long clueId, long agencyId, String partyName, ClueSource source,
			LocalDate registeredOn) implements ClueEvent {

		@Override
		public String action() {
			return "CLUE_REGISTERED";
		}

		@Override
		public String detail() {
			return this.source.chineseName() + "，登记日期 " + this.registeredOn;
		}

	}

	/** 立案审查期限经机关负责人批准延长. */
	record ClueDecisionExtended(long clueId, long agencyId, String partyName, String reason) implements ClueEvent {

		@Override
		public String action() {
			return "CLUE_EXTENDED";
		}

		@Override
		public String detail() {
			return this.reason;
		}

	}

	/** 立案, 不予立案 or 移送: the clue is decided. */
	record ClueDecided(long clueId, long agencyId, String partyName, ClueStatus decision, LocalDate decidedOn,
			Long caseId, String reason) implements ClueEvent {

		@Override
		public String action() {
			return "CLUE_" + this.decision.name();
		}

		@Override
		public String detail() {
			return this.decision.chineseName() + "，" + this.decidedOn
					+ ((this.caseId != null) ? "，案件 " + this.caseId : "")
					+ ((this.reason != null) ? "：" + this.reason : "");
		}

	}

}
