package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A publication's 双公示 fields (信用中国, 行政处罚) as the publicity module keeps them, from the
 * decision event. {@link #partyName} is internal; the public sees
 * {@link #partyNamePublic} — a natural person's name always masked (张某某) — and no credit
 * code for a natural person.
 */
record CreditFields(long publicationId, String partyName, String partyNamePublic, String partyKind, String creditCode,
		Long documentId, String number, List<String> penaltyTypes, BigDecimal fine, String basis, String agencyCode) {

	/** 行政相对人类别 in Chinese. */
	String partyKindName() {
		try {
			return org.sanxiang.casefile.CaseEvent.PartyCategory.valueOf(this.partyKind).chineseName();
		}
		catch (IllegalArgumentException ex) {
			return "其他";
		}
	}

	/** 处罚类别, joined as 信用中国 lists them. */
	String penaltyTypesText() {
		return String.join("；", this.penaltyTypes);
	}

}
