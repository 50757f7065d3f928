package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * One inspection a draw assigned: the party drawn from the object pool, the item of the
 * random-inspection list (抽查事项) with its legal basis and checklist, the inspectors drawn
 * for it and the window in which the inspection must happen.
 */
public record DrawnTask(long partyId, String partyName, String objectClass, long itemId, String itemName,
		String legalBasis, List<String> checklist, List<Long> inspectorIds, LocalDate from, LocalDate to) {

	public DrawnTask {
		checklist = List.copyOf(checklist);
		inspectorIds = List.copyOf(inspectorIds);
	}

}
