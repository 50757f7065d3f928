package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A draw as its pages show it: the seed is null until the draw was made, the picks empty.
 */
public record DrawView(long id, long agencyId, long roundId, String number, int listVersion, String itemCode,
		LocalDate from, LocalDate to, String inputDigest, String commitment, boolean drawn, String seed,
		List<Pick> picks, Instant committedAt, Instant drawnAt) {

	public DrawView {
		picks = List.copyOf(picks);
	}

	/** A drawn party with its class and the inspectors drawn for it. */
	public record Pick(long partyId, String partyName, ObjectClass objectClass, List<String> inspectors) {
	}

}
