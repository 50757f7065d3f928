package org.sanxiang.publicity;

import java.time.LocalDate;

/**
 * The public search of inspection results: the party (its public name, so a natural
 * person is found only as 张某某), the credit code (exact), the inspection dates, the page.
 * Each checked as the decisions' search checks it (400, Chinese message).
 */
record InspectionResultSearch(String party, String creditCode, LocalDate from, LocalDate to, int page, int size) {

	static InspectionResultSearch first() {
		return new InspectionResultSearch(null, null, null, null, 0, PublicSearch.DEFAULT_SIZE);
	}

	static InspectionResultSearch parse(String party, String creditCode, String from, String to, String page,
			String size) {
		CreditSearch credit = CreditSearch.parse(party, creditCode, null);
		PublicSearch dates = PublicSearch.parse(null, null, null, from, to, null, page, size);
		return new InspectionResultSearch(credit.party(), credit.creditCode(), dates.from(), dates.to(), dates.page(),
				dates.size());
	}

}
