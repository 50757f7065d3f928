package org.sanxiang.legalbasis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * Which discretion band applies — the 「就高」 rule many provincial benchmarks use: every
 * factor answer names a band, and the heaviest named band applies; a mitigating answer
 * (行政处罚法 第三十二条, 从轻) then lowers it by one band, never below 轻微. Whether a penalty is
 * given at all (第三十三条) is not decided here but by the calculator, which never lets a 首违不罚
 * list override a band. It says why: each step is a line of the explanation.
 */
final class HighestBandPolicy {

	private HighestBandPolicy() {
	}

	static Decision decide(Benchmark benchmark, Map<String, String> answers) {
		Map<String, String> given = (answers != null) ? new HashMap<>(answers) : Map.of();
		for (String factorCode : given.keySet()) {
			if (benchmark.factor(factorCode).isEmpty()) {
				throw new RuleViolation("UNKNOWN_FACTOR", "该违法行为的裁量基准没有裁量因素「" + factorCode + "」",
						HttpStatus.BAD_REQUEST);
			}
		}
		List<String> reasons = new ArrayList<>();
		Band band = Band.MINOR;
		boolean mitigated = false;
		for (Factor factor : benchmark.factors()) {
			String answer = given.get(factor.code());
			if (answer == null) {
				throw new RuleViolation("MISSING_ANSWER", "请回答裁量因素「" + factor.name() + "」", HttpStatus.BAD_REQUEST);
			}
			Factor.Option option = factor.option(answer)
				.orElseThrow(() -> new RuleViolation("UNKNOWN_ANSWER",
						"裁量因素「" + factor.name() + "」没有选项「" + answer + "」", HttpStatus.BAD_REQUEST));
			if (option.mitigating()) {
				mitigated = true;
				reasons.add(factor.name() + "：" + option.label() + " → 从轻一档（行政处罚法第三十二条）");
			}
			else {
				reasons.add(factor.name() + "：" + option.label() + " → " + option.band().chineseName());
				if (option.band().compareTo(band) > 0) {
					band = option.band();
				}
			}
		}
		reasons.add("按「就高」规则取最重档：" + band.chineseName());
		if (mitigated && band.lighter() != band) {
			band = band.lighter();
			reasons.add("从轻后：" + band.chineseName());
		}
		return new Decision(band, List.copyOf(reasons));
	}

	record Decision(Band band, List<String> reasons) {
	}

}
