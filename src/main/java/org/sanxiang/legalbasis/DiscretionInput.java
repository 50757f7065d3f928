package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * The calculator's input as sent by the API or the calculator page: plain strings and
 * numbers, turned into a {@link DiscretionRequest} with a Chinese message for anything
 * unknown.
 */
record DiscretionInput(String violationType, Map<String, String> answers, String partyType, LocalDate actDate,
		LocalDate actEnd, LocalDate decisionDate, Map<String, BigDecimal> quantities, LocalDate correctionOrderServedOn,
		LocalDate reinspectedOn, List<String> circumstances, Boolean chooseNoPenalty, Boolean reduce,
		String originalViolation, LocalDate originalDecisionDate) {

	DiscretionRequest toRequest() {
		if (this.violationType == null || this.violationType.isBlank()) {
			throw new RuleViolation("MISSING_VIOLATION_TYPE", "请选择违法行为", HttpStatus.BAD_REQUEST);
		}
		Map<Quantity, BigDecimal> amounts = new EnumMap<>(Quantity.class);
		if (this.quantities != null) {
			this.quantities.forEach((key, value) -> amounts.put(quantity(key), value));
		}
		Set<Circumstance> facts = EnumSet.noneOf(Circumstance.class);
		if (this.circumstances != null) {
			if (this.circumstances.size() > Circumstance.values().length) {
				throw new RuleViolation("UNKNOWN_CIRCUMSTANCE", "情节过多", HttpStatus.BAD_REQUEST);
			}
			this.circumstances.forEach((c) -> facts.add(circumstance(c)));
		}
		return new DiscretionRequest(this.violationType.strip(), this.answers, party(this.partyType), this.actDate,
				this.actEnd, this.decisionDate, amounts, this.correctionOrderServedOn, this.reinspectedOn, facts,
				Boolean.TRUE.equals(this.chooseNoPenalty), Boolean.TRUE.equals(this.reduce),
				(this.originalViolation != null && this.originalViolation.length() <= 40) ? this.originalViolation
						: null,
				this.originalDecisionDate);
	}

	static Circumstance circumstance(String value) {
		if (value != null) {
			for (Circumstance c : Circumstance.values()) {
				if (c.name().equalsIgnoreCase(value.strip())) {
					return c;
				}
			}
		}
		String shown = (value == null) ? "" : (value.length() > 40) ? value.substring(0, 40) : value;
		throw new RuleViolation("UNKNOWN_CIRCUMSTANCE", "未知的情节「" + shown + "」", HttpStatus.BAD_REQUEST);
	}

	static PartyType party(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (PartyType party : PartyType.values()) {
			if (party.name().equalsIgnoreCase(value.strip()) || party.chineseName().equals(value.strip())) {
				return party;
			}
		}
		throw new RuleViolation("INVALID_PARTY_TYPE", "当事人类型须为单位（UNIT）或个人（INDIVIDUAL）", HttpStatus.BAD_REQUEST);
	}

	static Quantity quantity(String key) {
		for (Quantity quantity : Quantity.values()) {
			if (quantity.name().equalsIgnoreCase(key)) {
				return quantity;
			}
		}
		throw new RuleViolation("UNKNOWN_QUANTITY",
				"未知的计算基数「" + ((key.length() > 40) ? key.substring(0, 40) : key) + "」", HttpStatus.BAD_REQUEST);
	}

}
