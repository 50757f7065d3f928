package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random draw inputs for the tests: a window in 2026, parties of a few classes,
 * inspectors whose certificates cover the window or not, recusals, quotas that fit the
 * pools; the lists come in shuffled order, since their order must not matter.
 */
final class DrawInputs {

	static final List<String> CLASSES = List.of("KEY_POLLUTER", "SPECIAL", "GENERAL", "特殊监管对象");

	private DrawInputs() {
	}

	static DrawInput random(Random random) {
		LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
		LocalDate to = from.plusDays(random.nextInt(60));
		List<DrawInput.PoolParty> parties = new ArrayList<>();
		Set<Long> ids = new HashSet<>();
		List<String> classes = new ArrayList<>(CLASSES.subList(0, 1 + random.nextInt(CLASSES.size())));
		for (String objectClass : classes) {
			int size = random.nextInt(40);
			for (int i = 0; i < size; i++) {
				long id = 1 + random.nextInt(1_000_000);
				if (ids.add(id)) {
					parties.add(new DrawInput.PoolParty(id, objectClass));
				}
			}
		}
		List<DrawInput.PoolInspector> inspectors = new ArrayList<>();
		int inspectorCount = 4 + random.nextInt(25);
		Set<Long> officerIds = new HashSet<>();
		for (int i = 0; i < inspectorCount; i++) {
			long id = 1 + random.nextInt(100_000);
			if (officerIds.add(id)) {
				LocalDate validFrom = from.minusDays(random.nextInt(400)).plusDays(random.nextInt(10) == 0 ? 70 : 0);
				LocalDate validTo = to.plusDays(random.nextInt(400)).minusDays(random.nextInt(10) == 0 ? 70 : 0);
				inspectors.add(new DrawInput.PoolInspector(id, validFrom, validTo));
			}
		}
		List<DrawInput.Recusal> recusals = new ArrayList<>();
		List<Long> officerList = new ArrayList<>(officerIds);
		for (int i = 0; i < random.nextInt(parties.size() + 1) && !parties.isEmpty(); i++) {
			recusals.add(new DrawInput.Recusal(officerList.get(random.nextInt(officerList.size())),
					parties.get(random.nextInt(parties.size())).partyId()));
		}
		if (!recusals.isEmpty()) {
			recusals.add(recusals.get(0));
		}
		List<DrawInput.ClassQuota> quotas = new ArrayList<>();
		for (String objectClass : classes) {
			long size = parties.stream().filter((p) -> p.objectClass().equals(objectClass)).count();
			quotas.add(new DrawInput.ClassQuota(objectClass, random.nextInt((int) size + 1)));
		}
		quotas.add(new DrawInput.ClassQuota("EMPTY", 0));
		if (quotas.stream().allMatch((q) -> q.count() == 0)) {
			parties.add(new DrawInput.PoolParty(1_000_001, "LONE"));
			quotas.add(new DrawInput.ClassQuota("LONE", 1));
		}
		Collections.shuffle(parties, random);
		Collections.shuffle(inspectors, random);
		Collections.shuffle(quotas, random);
		Collections.shuffle(recusals, random);
		return new DrawInput(from, to, parties, inspectors, quotas, 2 + random.nextInt(2), recusals);
	}

	static byte[] seed(Random random) {
		byte[] seed = new byte[32];
		random.nextBytes(seed);
		return seed;
	}

}
