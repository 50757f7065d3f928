package org.sanxiang.legalbasis;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.EffectiveDated;

/**
 * One version of an enforcement matter, in force from {@code effectiveFrom} to
 * {@code effectiveTo} (open while 现行). Who recorded it and why; who closed it and why
 * when it was retired.
 */
record MatterVersion(int version, EnforcementMatter matter, LocalDate effectiveFrom, LocalDate effectiveTo,
		MatterStatus status, String recordedBy, Instant recordedAt, String note, String closedBy,
		String closingNote) implements EffectiveDated {

}
