package org.sanxiang.core;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A version of a record that is in force from a date ({@code effectiveFrom}, 施行日期) up to
 * and including {@code effectiveTo} (open while {@code null}): an article's text, an
 * enforcement matter, a discretion benchmark, a statutory time limit. Versions are never
 * changed, only succeeded by a version that starts later, so the text in force on a
 * decision date stays reproducible. A record with these two components implements this
 * interface by declaring it.
 */
public interface EffectiveDated {

	/**
	 * The same condition in SQL, for a table with {@code effective_from} and
	 * {@code effective_to} columns and a date parameter {@code :d}.
	 */
	String IN_FORCE_SQL = "effective_from <= :d and (effective_to is null or effective_to >= :d)";

	LocalDate effectiveFrom();

	LocalDate effectiveTo();

	/** Whether this version is in force on {@code date} (both ends included). */
	default boolean isInForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom()) && (effectiveTo() == null || !date.isAfter(effectiveTo()));
	}

	/**
	 * Whether a successor may start on {@code from}: only after this version started (the
	 * day before {@code from} then closes this one).
	 */
	default boolean maySucceedFrom(LocalDate from) {
		return from.isAfter(effectiveFrom());
	}

	/**
	 * Of several versions, the one in force on {@code date} (the latest, should two be).
	 */
	static <V extends EffectiveDated> Optional<V> inForceOn(Collection<V> versions, LocalDate date) {
		return versions.stream()
			.filter((version) -> version.isInForceOn(date))
			.max(Comparator.comparing(EffectiveDated::effectiveFrom));
	}

}
