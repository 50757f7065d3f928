package org.sanxiang.publicity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which issued documents must be published (行政执法公示, 事后公开) and within how many working
 * days of the decision: 行政处罚 (and 行政许可) decisions within 7 working days, other
 * enforcement decisions (责令改正, 查封扣押 and its extension and release, 限产, 停产整治) within 20
 * (国办发〔2018〕118号; 广东省行政执法公示办法 第二十一条). Records, notices and internal forms are not
 * published. The answer says why, for the person who sees the date.
 */
final class PublicationDuePolicy {

	static final int PENALTY_WORKING_DAYS = 7;

	static final int OTHER_WORKING_DAYS = 20;

	private static final Set<String> PENALTY_DECISIONS = Set.of("PENALTY_DECISION", "ON_THE_SPOT_PENALTY_DECISION",
			"DAILY_PENALTY_DECISION");

	private static final Set<String> OTHER_DECISIONS = Set.of("RECTIFICATION_ORDER", "SEIZURE_DECISION",
			"SEIZURE_EXTENSION_NOTICE", "SEIZURE_RELEASE_DECISION", "PRODUCTION_RESTRICTION_ORDER",
			"PRODUCTION_SUSPENSION_ORDER");

	private static final Map<Integer, String> BASIS = Map.of(PENALTY_WORKING_DAYS,
			"行政处罚决定自作出之日起7个工作日内公开（国办发〔2018〕118号）", OTHER_WORKING_DAYS, "其他行政执法决定自作出之日起20个工作日内公开（国办发〔2018〕118号）");

	private PublicationDuePolicy() {
	}

	/**
	 * A licensing decision (准予 or 不予行政许可决定): within 7 working days of the decision
	 * (国办发〔2018〕118号: 行政许可、行政处罚决定 7个工作日内公开).
	 */
	static Due licensing() {
		return new Due(PENALTY_WORKING_DAYS, "行政许可决定自作出之日起7个工作日内公开（国办发〔2018〕118号）");
	}

	/** Whether a document of this type must be published, and within how long. */
	static Optional<Due> of(String typeCode) {
		if (PENALTY_DECISIONS.contains(typeCode)) {
			return Optional.of(new Due(PENALTY_WORKING_DAYS, BASIS.get(PENALTY_WORKING_DAYS)));
		}
		if (OTHER_DECISIONS.contains(typeCode)) {
			return Optional.of(new Due(OTHER_WORKING_DAYS, BASIS.get(OTHER_WORKING_DAYS)));
		}
		return Optional.empty();
	}

	/** Working days from the decision date, and the rule that says so. */
	record Due(int workingDays, String basis) {
	}

}
