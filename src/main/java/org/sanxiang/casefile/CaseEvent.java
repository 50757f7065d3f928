package org.sanxiang.casefile;

import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/**
 * What happened to a penalty case, for the audit trail, the portal and statistics. The
 * named events are the ones other modules react to; every other act is an
 * {@link ActRecorded}.
 */
public sealed interface CaseEvent extends AuditableEvent {

	long caseId();

	long agencyId();

	String title();

	@Override
	default String objectType() {
		return "PenaltyCase";
	}

	@Override
	default String objectId() {
		return Long.toString(caseId());
	}

	@Override
	default String objectLabel() {
		return title();
	}

	/** 立案. */
	record CaseFiled(long caseId, long agencyId, String title, LocalDate filedOn) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_FILED";
		}

		@Override
		public String detail() {
			return "立案日期 " + this.filedOn;
		}

	}

	/** 告知书送达: the defence period runs from this date. */
	record NoticeServed(long caseId, long agencyId, String title, LocalDate servedOn,
			String penalty) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_NOTICE_SERVED";
		}

		@Override
		public String detail() {
			return "送达日期 " + this.servedOn + "，拟处罚：" + this.penalty;
		}

	}

	/** 作出行政处罚决定. */
	record DecisionIssued(long caseId, long agencyId, String title, LocalDate decidedOn, String penalty, String digest,
			String lawApplied, String discretion, PartyFacts party, DecisionFacts decision) implements CaseEvent {

		public DecisionIssued(long caseId, long agencyId, String title, LocalDate decidedOn, String penalty,
				String digest) {
			this(caseId, agencyId, title, decidedOn, penalty, digest, null, null);
		}

		public DecisionIssued(long caseId, long agencyId, String title, LocalDate decidedOn, String penalty,
				String digest, String lawApplied, String discretion) {
			this(caseId, agencyId, title, decidedOn, penalty, digest, lawApplied, discretion, null, null);
		}

		@Override
		public String action() {
			return "CASE_DECISION_ISSUED";
		}

		@Override
		public String detail() {
			return "决定日期 " + this.decidedOn + "，" + this.penalty;
		}

	}

	/** 决定书送达. */
	record DecisionServed(long caseId, long agencyId, String title, LocalDate servedOn) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_DECISION_SERVED";
		}

		@Override
		public String detail() {
			return "送达日期 " + this.servedOn;
		}

	}

	/** 结案. */
	record CaseClosed(long caseId, long agencyId, String title, LocalDate closedOn,
			String result) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_CLOSED";
		}

		@Override
		public String detail() {
			return "结案日期 " + this.closedOn + "，" + this.result;
		}

	}

	/** 归档: the case file never changes again. */
	record CaseArchived(long caseId, long agencyId, String title, LocalDate archivedOn) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_ARCHIVED";
		}

		@Override
		public String detail() {
			return "归档日期 " + this.archivedOn;
		}

	}

	/** Any other act on the case's timeline. */
	record ActRecorded(long caseId, long agencyId, String title, CaseAct act, LocalDate actedOn) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_ACT_RECORDED";
		}

		@Override
		public String detail() {
			return this.act.chineseName() + "，" + this.actedOn;
		}

	}

	/**
	 * 复议 or 诉讼 changed the decision (变更): the penalty now due, for the publicity of the
	 * decision (行政处罚法 第四十八条第二款).
	 */
	record DecisionChanged(long caseId, long agencyId, String title, LocalDate changedOn, String penalty, String reason,
			PartyFacts party, DecisionFacts decision) implements CaseEvent {

		public DecisionChanged(long caseId, long agencyId, String title, LocalDate changedOn, String penalty,
				String reason) {
			this(caseId, agencyId, title, changedOn, penalty, reason, null, null);
		}

		@Override
		public String action() {
			return "CASE_DECISION_CHANGED";
		}

		@Override
		public String detail() {
			return "变更日期 " + this.changedOn + "，变更为 " + this.penalty + ((this.reason == null) ? "" : "；" + this.reason);
		}

	}

	/**
	 * 复议 or 诉讼 revoked the decision (撤销, or 撤销并责令重新作出): nothing is due under it; the
	 * publicity withdraws it (行政处罚法 第四十八条第二款).
	 */
	record DecisionRevoked(long caseId, long agencyId, String title, LocalDate revokedOn, String ruling,
			String reason) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_DECISION_REVOKED";
		}

		@Override
		public String detail() {
			return "撤销日期 " + this.revokedOn + "，" + this.ruling + ((this.reason == null) ? "" : "；" + this.reason);
		}

	}

	/**
	 * 复议 or 诉讼 confirmed the decision unlawful (确认违法) without revoking it: execution is
	 * unchanged, and the publicity records the ruling with the decision.
	 */
	record DecisionConfirmedUnlawful(long caseId, long agencyId, String title, LocalDate confirmedOn, String ruling,
			String reason) implements CaseEvent {

		@Override
		public String action() {
			return "CASE_DECISION_CONFIRMED_UNLAWFUL";
		}

		@Override
		public String detail() {
			return "确认违法日期 " + this.confirmedOn + "，" + this.ruling + ((this.reason == null) ? "" : "；" + this.reason);
		}

	}

	/** The kind of party a decision is made against, as 信用中国 names it (行政相对人类别). */
	enum PartyCategory {

		/** 法人及非法人组织. */
		LEGAL_PERSON("法人及非法人组织"),
		/** 自然人: the name is masked in every public output, no credit code. */
		NATURAL_PERSON("自然人"),
		/** 其他: the case does not know (a party typed by name, not from 一企一档). */
		OTHER("其他");

		private final String chineseName;

		PartyCategory(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	/**
	 * The party of a decision for its publication (双公示): name, kind and unified social
	 * credit code (null for a natural person or when unknown).
	 */
	record PartyFacts(String name, PartyCategory kind, String creditCode) {
	}

	/**
	 * What a publication needs of the decision: its document (id and 文号, null when none
	 * was attached), the penalty types (处罚类别, in Chinese) and the fine (yuan, null when
	 * none).
	 */
	record DecisionFacts(Long documentId, String number, java.util.List<String> penaltyTypes,
			java.math.BigDecimal fine) {

		public DecisionFacts {
			penaltyTypes = (penaltyTypes == null) ? java.util.List.of() : java.util.List.copyOf(penaltyTypes);
		}

	}

}
