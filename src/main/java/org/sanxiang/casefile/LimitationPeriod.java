package org.sanxiang.casefile;

import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;

/**
 * 行政处罚法 第三十六条 (追责时效): an act not discovered within two years is no longer punished; five
 * years where it endangered life, health or financial safety with a harmful result;
 * counted from the day of the act or, for a continuing act, from the day it ended. A
 * period of years ends on the corresponding day of its last year, or on the last day of
 * that month where there is none (民法典 第二百零一条、第二百零三条: 29 February → 28 February);
 * discovery on that last day is still in time. The period limits the agency, so a holiday
 * at its end does not lengthen it. A continuing act that has not ended has not started
 * the period.
 */
public final class LimitationPeriod {

	static final String ARTICLE = "《中华人民共和国行政处罚法》第三十六条";

	private LimitationPeriod() {
	}

	/** The period's last day, or null while a continuing act has not ended. */
	public static LocalDate lastDay(LocalDate actOn, boolean continuing, LocalDate endedOn, boolean harmed) {
		LocalDate from = continuing ? endedOn : actOn;
		return (from == null) ? null : from.plusYears(harmed ? 5 : 2);
	}

	/**
	 * Why an act discovered on {@code discoveredOn} may no longer be punished, or null
	 * when it may.
	 */
	public static String refusal(LocalDate actOn, boolean continuing, LocalDate endedOn, boolean harmed,
			LocalDate discoveredOn) {
		LocalDate last = lastDay(actOn, continuing, endedOn, harmed);
		if (last == null || !discoveredOn.isAfter(last)) {
			return null;
		}
		return "违法行为" + (continuing ? "自终了之日（" + endedOn + "）" : "自发生之日（" + actOn + "）") + "起" + (harmed ? "五年" : "二年")
				+ "内未被发现（追责时效至" + last + "届满，" + discoveredOn + "才发现），依照" + ARTICLE + "不再给予行政处罚"
				+ (harmed ? "" : "；涉及公民生命健康安全、金融安全且有危害后果的，时效为五年");
	}

	/** Refuses 立案 where the period has run out, citing the article. */
	static void check(LocalDate actOn, boolean continuing, LocalDate endedOn, boolean harmed, LocalDate discoveredOn) {
		String refusal = refusal(actOn, continuing, endedOn, harmed, discoveredOn);
		if (refusal != null) {
			throw new RuleViolation("CLUE_GATE_LIMITATION", refusal);
		}
	}

}
