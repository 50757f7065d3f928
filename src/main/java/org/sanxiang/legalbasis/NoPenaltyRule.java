package org.sanxiang.legalbasis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * 行政处罚法 第三十三条 as three outcomes:
 * <ul>
 * <li><b>应当不予处罚</b> — 违法行为轻微并及时改正，没有造成危害后果 (any violation type: the band is 轻微, the act
 * corrected in time, no harm); or 当事人有证据足以证明没有主观过错 (第二款);</li>
 * <li><b>可以不予处罚</b> — 初次违法且危害后果轻微并及时改正: offered to the decision-maker as an option, never
 * applied by itself, never against a 较重/严重 finding, never for a type the law or the
 * bureau's list excludes (未经批准擅自转移危险废物 …);</li>
 * <li><b>处罚</b> otherwise.</li>
 * </ul>
 * Every 不予处罚 outcome requires education to be recorded (第三款). The circumstances come from
 * the request and from the benchmark's factor answers (初次违法, 危害后果, 是否及时改正); a request
 * that contradicts its own answers is refused.
 */
final class NoPenaltyRule {

	static final String MUST_BASIS = "行政处罚法第三十三条第一款：违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚";

	static final String NO_FAULT_BASIS = "行政处罚法第三十三条第二款：当事人有证据足以证明没有主观过错的，不予行政处罚";

	static final String MAY_BASIS = "行政处罚法第三十三条第一款：初次违法且危害后果轻微并及时改正的，可以不予行政处罚";

	static final String EDUCATION = "对当事人不予行政处罚的，应当对当事人进行教育（行政处罚法第三十三条第三款），并记录教育情况";

	private NoPenaltyRule() {
	}

	record Finding(DiscretionResult.Outcome outcome, String option, List<String> reasons) {
	}

	/** The circumstances stated, plus those the factor answers establish. */
	static Set<Circumstance> circumstances(Benchmark benchmark, DiscretionRequest request, ViolationType type) {
		Set<Circumstance> facts = request.circumstances().isEmpty() ? EnumSet.noneOf(Circumstance.class)
				: EnumSet.copyOf(request.circumstances());
		Map<String, String> answers = request.answers();
		implied(benchmark, answers, "FIRST_OFFENCE", Set.of("FIRST"), Set.of("REPEAT", "REPEAT_MANY"),
				Circumstance.FIRST_OFFENCE, facts);
		implied(benchmark, answers, "CORRECTED", Set.of("YES"), Set.of("NO"), Circumstance.CORRECTED_IN_TIME, facts);
		implied(benchmark, answers, "HARM", Set.of("NONE"), Set.of("SLIGHT", "POLLUTION", "SERIOUS"),
				Circumstance.NO_HARM, facts);
		implied(benchmark, answers, "HARM", Set.of("SLIGHT"), Set.of("NONE", "POLLUTION", "SERIOUS"),
				Circumstance.SLIGHT_HARM, facts);
		implied(benchmark, answers, "MITIGATION", Set.of("YES"), Set.of(), Circumstance.ELIMINATED_HARM, facts);
		implied(benchmark, answers, "REFUSAL", Set.of("CONTINUING", "OBSTRUCTED"), Set.of(),
				Circumstance.REFUSED_TO_CORRECT, facts);
		if (facts.contains(Circumstance.NO_HARM) && facts.contains(Circumstance.SLIGHT_HARM)) {
			throw new RuleViolation("CONFLICTING_CIRCUMSTANCES", "「没有造成危害后果」与「危害后果轻微」不能同时成立", HttpStatus.BAD_REQUEST);
		}
		if (facts.contains(Circumstance.MINOR_AGE) && request.party() != PartyType.INDIVIDUAL) {
			throw new RuleViolation("CONFLICTING_CIRCUMSTANCES", "「已满十四周岁不满十八周岁」只适用于个人", HttpStatus.BAD_REQUEST);
		}
		return facts;
	}

	private static void implied(Benchmark benchmark, Map<String, String> answers, String factor, Set<String> yes,
			Set<String> no, Circumstance circumstance, Set<Circumstance> facts) {
		if (benchmark.factor(factor).isEmpty() || answers.get(factor) == null) {
			return;
		}
		String answer = answers.get(factor);
		if (yes.contains(answer)) {
			facts.add(circumstance);
		}
		else if (no.contains(answer) && facts.contains(circumstance)) {
			throw new RuleViolation("CONFLICTING_CIRCUMSTANCES",
					"所述情节「" + circumstance.chineseName() + "」与裁量因素「" + benchmark.factor(factor).get().name() + "」的回答矛盾",
					HttpStatus.BAD_REQUEST);
		}
	}

	static Finding find(ViolationType type, Benchmark benchmark, Band band, Set<Circumstance> facts,
			DiscretionRequest request) {
		List<String> reasons = new ArrayList<>();
		if (facts.contains(Circumstance.NO_FAULT)) {
			reasons.add(NO_FAULT_BASIS);
			reasons.add(EDUCATION);
			return new Finding(DiscretionResult.Outcome.MUST_NOT_PENALISE, null, reasons);
		}
		boolean corrected = facts.contains(Circumstance.CORRECTED_IN_TIME);
		if (band == Band.MINOR && corrected && facts.contains(Circumstance.NO_HARM)) {
			reasons.add("违法行为轻微（「轻微」档）、已及时改正、没有造成危害后果 → " + MUST_BASIS);
			reasons.add(EDUCATION);
			return new Finding(DiscretionResult.Outcome.MUST_NOT_PENALISE, null, reasons);
		}
		boolean conditions = facts.contains(Circumstance.FIRST_OFFENCE) && corrected
				&& (facts.contains(Circumstance.SLIGHT_HARM) || facts.contains(Circumstance.NO_HARM));
		String option = null;
		if (conditions) {
			if (type.notWaivable() != null) {
				reasons.add("虽初次违法且危害后果轻微并及时改正，但" + type.notWaivable() + "，不适用可以不予处罚");
			}
			else if (band.compareTo(Band.GENERAL) > 0) {
				reasons.add("虽初次违法且危害后果轻微并及时改正，但裁量结果为「" + band.chineseName() + "」，情节较重，不适用可以不予处罚");
			}
			else {
				option = MAY_BASIS + ((benchmark.waiver() != null) ? "（本裁量基准已将该行为列入首违不罚情形）" : "");
			}
		}
		if (request.chooseNoPenalty()) {
			if (option == null) {
				throw new RuleViolation("NO_PENALTY_NOT_AVAILABLE",
						"不符合可以不予处罚的条件（初次违法、危害后果轻微、及时改正，且情节不属于较重或者严重），不能选择不予处罚");
			}
			reasons.add("符合" + option + "；经裁量，选择不予行政处罚");
			reasons.add(EDUCATION);
			return new Finding(DiscretionResult.Outcome.NO_PENALTY_CHOSEN, option, reasons);
		}
		if (option != null) {
			reasons.add("可以不予处罚：" + option + "——由作出决定的机关裁量选择，未选择则给予处罚");
		}
		return new Finding(DiscretionResult.Outcome.PENALTY, option, reasons);
	}

}
