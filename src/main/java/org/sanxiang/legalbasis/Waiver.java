package org.sanxiang.legalbasis;

import java.util.Map;
import java.util.Set;

/**
 * 首违不罚 (行政处罚法 第三十三条第一款): when every listed factor is answered with one of the listed
 * options, the benchmark proposes no penalty.
 */
record Waiver(Map<String, Set<String>> when, String basis) {

	/**
	 * The standard conditions: 初次违法, 危害后果无或轻微, 及时改正 — used when a reviewer switches the
	 * waiver on for a benchmark that had none.
	 */
	static final Waiver FIRST_OFFENCE_MINOR = new Waiver(
			Map.of("FIRST_OFFENCE", Set.of("FIRST"), "HARM", Set.of("NONE", "SLIGHT"), "CORRECTED", Set.of("YES")),
			"行政处罚法第三十三条第一款：初次违法且危害后果轻微并及时改正的，可以不予行政处罚");

	public Waiver {
		when = Map.copyOf(when);
	}

	boolean appliesTo(Map<String, String> answers) {
		return this.when.entrySet().stream().allMatch((e) -> e.getValue().contains(answers.get(e.getKey())));
	}

}
