package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a coercive measure's timeline, as {@link CaseEntry} is of a case's: which
 * act (its Chinese name), on which date, recorded by whom and when, the documents it
 * rests on and what it says. Appended, never changed.
 *
 * @param act the act's Chinese name
 * @param actedOn the date of the act
 * @param recordedAt when it was recorded
 * @param actor the account recording it
 * @param actorName its display name
 * @param documentIds the documents, comma-separated, or null
 * @param note what it says, or null
 */
@Table("coercive_measure_entry")
public record MeasureEntry(String act, LocalDate actedOn, Instant recordedAt, String actor, String actorName,
		String documentIds, String note) {

	static MeasureEntry of(String act, Acting acting, String note, Long... documents) {
		StringBuilder ids = new StringBuilder();
		for (Long id : documents) {
			if (id != null) {
				ids.append((ids.length() == 0) ? "" : ",").append(id);
			}
		}
		return new MeasureEntry(act, acting.on(), acting.at(), acting.actor().username(), acting.actor().name(),
				(ids.length() == 0) ? null : ids.toString(), note);
	}

}
