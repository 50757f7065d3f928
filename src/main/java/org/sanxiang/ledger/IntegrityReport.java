package org.sanxiang.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The result of an integrity check: what was checked and, in plain Chinese, every entry
 * that no longer matches.
 */
record IntegrityReport(Instant checkedAt, String checkedBy, long entries, long checkpoints, List<String> problems) {

	public IntegrityReport {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return this.problems.isEmpty();
	}

}
