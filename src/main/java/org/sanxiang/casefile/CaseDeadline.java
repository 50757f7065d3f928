package org.sanxiang.casefile;

import java.time.LocalDate;

/**
 * One running time limit of a case: what it is, from which day it runs, when it is due
 * (null while the clock is stopped — 中止, 听证 — or while the calendar of its year is not
 * loaded), and why it is not computed where it is not.
 *
 * @param kind the time limit
 * @param start the day of the event it runs from (not counted)
 * @param due the last day, or null
 * @param extensions the extensions granted (办案期限 only)
 * @param note why there is no due date (暂停计算, 日历未维护), or null
 */
public record CaseDeadline(Kind kind, LocalDate start, LocalDate due, int extensions, String note) {

	/**
	 * The case's time limits, each with the rule of the official calendar and its
	 * article.
	 */
	public enum Kind {

		/**
		 * 办案期限: 90 days from 立案 (行政处罚法 第六十条; 生态环境行政处罚办法 第五十七条), calendar days (第八十五条), +
		 * 30 days by the head's approval, + at most 30 more by collective discussion.
		 */
		CASE_HANDLING("办案期限", "CASE_HANDLING", "《行政处罚法》第六十条、《生态环境行政处罚办法》第五十七条", true),
		/** 陈述申辩: 5 working days from the service of the notice (第四十四条、第六十二条). */
		DEFENCE_PERIOD("陈述申辩期", "HEARING_REQUEST", "《行政处罚法》第四十四条、第六十二条", false),
		/** 听证申请: within 5 working days of the service of the notice (第六十四条第一项). */
		HEARING_REQUEST("听证申请期", "HEARING_REQUEST", "《行政处罚法》第六十四条第一项", false),
		/** 决定书送达: within 7 working days of the decision (第六十一条). */
		DECISION_SERVICE("决定书送达期限", "SERVICE_OF_DECISION", "《行政处罚法》第六十一条", true),
		/** 缴纳罚款: 15 days from the receipt of the decision (第六十七条). */
		PAYMENT("缴纳罚没款期限", "FINE_PAYMENT", "《行政处罚法》第六十七条", true);

		private final String chineseName;

		private final String rule;

		private final String article;

		private final boolean duty;

		Kind(String chineseName, String rule, String article, boolean duty) {
			this.chineseName = chineseName;
			this.rule = rule;
			this.article = article;
			this.duty = duty;
		}

		public String chineseName() {
			return this.chineseName;
		}

		/** The code of the official calendar's time-limit rule. */
		public String rule() {
			return this.rule;
		}

		public String article() {
			return this.article;
		}

		/**
		 * A time limit someone must meet (kept on the case for the list); the party's
		 * periods to state and to ask for a hearing are waits, shown but never 超期.
		 */
		public boolean duty() {
			return this.duty;
		}

	}

	/** 正常 / 临期 / 超期 on a business date. */
	public enum Status {

		NORMAL("正常"), DUE_SOON("临期"), OVERDUE("超期");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	public String name() {
		return this.kind.chineseName();
	}

	public String article() {
		return this.kind.article();
	}

}
