package org.sanxiang.legalbasis;

import java.util.Map;
import java.util.Set;

/**
 * 首违不罚 (行政处罚法 第三十三条第一款): when every listed factor is answered with one of the listed
 * options, the benchmark proposes no penalty.
 */
public record Waiver(Map<String, Set<String>> when, String basis) {

	public Waiver {
		when = Map.copyOf(when);
	}

	boolean appliesTo(Map<String, String> answers) {
		return this.when.entrySet().stream().allMatch((e) -> e.getValue().contains(answers.get(e.getKey())));
	}

}
