package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;

/**
 * Who records an act, the date the act was done (the business date in the agency's zone)
 * and the instant it was recorded.
 *
 * @param actor the person recording it
 * @param on the date of the act
 * @param today today in the agency's zone (an act is never dated in the future)
 * @param at the instant of recording
 */
public record Acting(Participant actor, LocalDate on, LocalDate today, Instant at) {

	public Acting {
		if (actor == null || on == null || today == null || at == null) {
			throw new IllegalArgumentException("actor, dates and instant are required");
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("CASE_ACT_IN_FUTURE", "行为日期不能晚于今天");
		}
	}

	/** An act done today. */
	public static Acting today(Participant actor, LocalDate today, Instant at) {
		return new Acting(actor, today, today, at);
	}

}
