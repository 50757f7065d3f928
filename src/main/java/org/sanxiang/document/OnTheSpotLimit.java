package org.sanxiang.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sanxiang.subject.PartyKind;

/**
 * 行政处罚法 第五十一条: a decision is made on the spot (当场行政处罚决定书) only for a warning or a fine of
 * at most 200 元 on a citizen or 3,000 元 on a legal person or other organisation. Issuing
 * refuses an on-the-spot decision beyond that, naming the limit and the article, on the
 * fine amount so that the form shows it in place. The party's kind comes from 一企一档 (the
 * party the document names); a party typed by hand is not known to be an organisation, so
 * the citizen's limit — lawful for every party — applies to it.
 */
public final class OnTheSpotLimit {

	static final String TYPE = "ON_THE_SPOT_PENALTY_DECISION";

	static final BigDecimal CITIZEN = new BigDecimal("200");

	static final BigDecimal ORGANISATION = new BigDecimal("3000");

	private OnTheSpotLimit() {
	}

	/**
	 * Refuses the content of an on-the-spot decision beyond 第五十一条; other types pass.
	 * @param kind the party's kind from 一企一档, or null where no party is named from there
	 */
	static void check(DocumentContent content, PartyKind kind) {
		if (!TYPE.equals(content.type().code())) {
			return;
		}
		String amount = content.text("fineAmount");
		String penalty = content.text("penaltyContent");
		if (amount == null) {
			if (penalty != null && penalty.contains("罚款")) {
				throw refused("ON_THE_SPOT_FINE_AMOUNT_REQUIRED", "处罚内容含罚款的，请填写罚款金额",
						"处罚内容含罚款，请填写罚款金额，以便核对《中华人民共和国行政处罚法》第五十一条规定的当场处罚限额");
			}
			return;
		}
		BigDecimal fine = new BigDecimal(amount);
		BigDecimal limit = limitFor(kind);
		if (fine.compareTo(limit) <= 0) {
			return;
		}
		String reason = switch ((kind != null) ? kind : PartyKind.PERSON) {
			case ORGANISATION -> "依照《中华人民共和国行政处罚法》第五十一条，当场对法人或者其他组织处以罚款不得超过三千元（可以警告）";
			case PERSON -> "依照《中华人民共和国行政处罚法》第五十一条，当场对公民处以罚款不得超过二百元（可以警告）";
		};
		if (kind == null) {
			reason += "；当事人未从一企一档选定，按公民限额核对，对单位当场罚款的，请选定一企一档中的当事人";
		}
		throw refused("ON_THE_SPOT_FINE_OVER_LIMIT", "罚款金额超过当场处罚限额：" + reason + "；超过限额的，应当适用普通程序",
				reason + "；超过限额的，应当适用普通程序");
	}

	private static ContentRefused refused(String code, String message, String fieldReason) {
		return new ContentRefused(code, message,
				List.of(Map.of("field", "fineAmount", "label", "罚款金额", "reason", fieldReason)));
	}

	/**
	 * The highest fine 第五十一条 allows on the spot: 3,000 元 on an organisation, 200 元 on a
	 * citizen or a party of unknown kind (lawful for every party).
	 */
	public static BigDecimal limitFor(PartyKind kind) {
		return (kind == PartyKind.ORGANISATION) ? ORGANISATION : CITIZEN;
	}

}
