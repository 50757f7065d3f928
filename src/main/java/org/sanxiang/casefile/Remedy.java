package org.sanxiang.casefile;

import java.time.LocalDate;

/**
 * 行政复议 or 行政诉讼 against the decision: applied (with the application or the court's
 * acceptance notice), and its outcome once known (with the 复议决定书 or the judgment).
 *
 * @param kind 复议 or 诉讼
 * @param appliedOn the day it was applied for (filed)
 * @param documentId the application document, if registered
 * @param outcome the outcome, null while pending
 * @param decidedOn the day of the outcome
 * @param outcomeDocumentId the 复议决定书 or judgment
 * @param reason what the outcome says (the new penalty's grounds, the reason for
 * revoking)
 */
public record Remedy(Kind kind, LocalDate appliedOn, Long documentId, Outcome outcome, LocalDate decidedOn,
		Long outcomeDocumentId, String reason) {

	/** Whether it is still pending (加处罚款 not counted meanwhile, 第七十三条). */
	public boolean pending() {
		return this.outcome == null;
	}

	Remedy decided(Outcome outcome, LocalDate on, Long document, String reason) {
		return new Remedy(this.kind, this.appliedOn, this.documentId, outcome, on, document, reason);
	}

	/** The remedy. */
	public enum Kind {

		/** 行政复议: 60 days from knowing of the decision (行政复议法 第二十条). */
		REVIEW("行政复议"),
		/** 行政诉讼: 6 months from knowing of the decision (行政诉讼法 第四十六条). */
		LITIGATION("行政诉讼");

		private final String chineseName;

		Kind(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	/** What the 复议机关 or the court decided, and what it does to the execution. */
	public enum Outcome {

		UPHELD("维持"), CHANGED("变更"), REVOKED("撤销"), CONFIRMED_UNLAWFUL("确认违法"), REDO("撤销并责令重新作出");

		private final String chineseName;

		Outcome(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

		/** Whether nothing is due under the decision any more. */
		public boolean revokes() {
			return this == REVOKED || this == REDO;
		}

	}

}
