package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the calculator needs: the violation type, the answer to each of its benchmark
 * factors (factor code → option code), the party type, the decision date, and — where the
 * band's formula needs them — base amounts or counts, and for 按日连续处罚 the day the 责令改正
 * decision was served and the re-inspection day.
 */
public record DiscretionRequest(String violationCode, Map<String, String> answers, PartyType party,
		LocalDate decisionDate, Map<Quantity, BigDecimal> quantities, LocalDate correctionOrderServedOn,
		LocalDate reinspectedOn) {

	public DiscretionRequest {
		answers = (answers != null) ? Map.copyOf(answers) : Map.of();
		quantities = (quantities != null) ? Map.copyOf(quantities) : Map.of();
	}

	public static DiscretionRequest of(String violationCode, Map<String, String> answers, PartyType party,
			LocalDate decisionDate) {
		return new DiscretionRequest(violationCode, answers, party, decisionDate, Map.of(), null, null);
	}

	public DiscretionRequest with(Quantity quantity, BigDecimal value) {
		Map<Quantity, BigDecimal> more = new java.util.EnumMap<>(Quantity.class);
		more.putAll(this.quantities);
		more.put(quantity, value);
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.decisionDate, more,
				this.correctionOrderServedOn, this.reinspectedOn);
	}

	public DiscretionRequest withContinuingDays(LocalDate servedOn, LocalDate reinspected) {
		return new DiscretionRequest(this.violationCode, this.answers, this.party, this.decisionDate, this.quantities,
				servedOn, reinspected);
	}

}
