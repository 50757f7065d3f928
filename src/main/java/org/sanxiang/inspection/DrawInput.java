package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * The frozen lists of one draw (抽取): the object pool, the inspector pool, how many
 * parties to draw per object class, how many inspectors each task gets, who is recused
 * from whom, and the window in which the inspections happen. Its canonical bytes and
 * digest — published before the seed — and the function over it are specified in
 * docs/inspection-draw.md.
 */
record DrawInput(LocalDate from, LocalDate to, List<PoolParty> parties, List<PoolInspector> inspectors,
		List<ClassQuota> quotas, int inspectorsPerTask, List<Recusal> recusals) {

	DrawInput {
		parties = List.copyOf(parties);
		inspectors = List.copyOf(inspectors);
		quotas = List.copyOf(quotas);
		recusals = List.copyOf(recusals);
	}

	/** A party of the object pool (检查对象名录库) and its class, e.g. {@code KEY_POLLUTER}. */
	record PoolParty(long partyId, String objectClass) {
	}

	/** An inspector of the pool (执法检查人员名录库) and the validity of the certificate. */
	record PoolInspector(long officerId, LocalDate certificateValidFrom, LocalDate certificateValidTo) {
	}

	/** How many parties of a class the draw selects. */
	record ClassQuota(String objectClass, int count) {
	}

	/**
	 * An inspector who must not inspect a party (declared relationship, or inspected it
	 * last time).
	 */
	record Recusal(long officerId, long partyId) {
	}

}
