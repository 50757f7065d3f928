package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The discretion calculator (裁量计算): violation type + factor answers + party type +
 * decision date (+ base amounts) → band, fine range, penalty types and the explanation
 * that cites the violated provision, the penalty provision (text in force on the decision
 * date) and the benchmark clause. Used by case handling and legal review; it stores
 * nothing.
 */
@Service
public class DiscretionCalculator {

	/** Longest 按日连续处罚 period or day count accepted: ten years. */
	static final int MAX_DAYS = 3650;

	/** Largest count of occurrences accepted. */
	static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000);

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	DiscretionCalculator(ViolationCatalogue catalogue, LegalTexts texts) {
		this.catalogue = catalogue;
		this.texts = texts;
	}

	public DiscretionResult calculate(DiscretionRequest request) {
		if (request.decisionDate() == null) {
			throw new RuleViolation("MISSING_DATE", "请填写决定日期", HttpStatus.BAD_REQUEST);
		}
		if (request.party() == null) {
			throw new RuleViolation("MISSING_PARTY_TYPE", "请选择当事人类型（单位或个人）", HttpStatus.BAD_REQUEST);
		}
		ViolationType type = this.catalogue.type(request.violationCode());
		if (!type.parties().contains(request.party())) {
			throw new RuleViolation("PARTY_TYPE_NOT_APPLICABLE",
					"「" + type.name() + "」的处罚对象不包括" + request.party().chineseName());
		}
		LocalDate date = request.decisionDate();
		List<ResolvedProvision> violated = type.violated().stream().map((c) -> this.texts.resolve(c, date)).toList();
		List<ResolvedProvision> penalty = type.penaltyProvisions()
			.stream()
			.map((c) -> this.texts.resolve(c, date))
			.toList();
		Benchmark benchmark = this.catalogue.benchmarkOn(type.code(), date);
		Assessment assessment = assess(type, benchmark, request);
		return new DiscretionResult(type.code(), type.name(), request.party(), assessment.band(),
				assessment.range().min(), assessment.range().max(), assessment.penalties(), violated, penalty,
				benchmark.clause(), assessment.formula(), assessment.reasons());
	}

	/**
	 * The benchmark applied to the answers: band, range, penalty types and reasons. Pure
	 * — no texts are resolved here.
	 */
	static Assessment assess(ViolationType type, Benchmark benchmark, DiscretionRequest request) {
		if (!type.parties().contains(request.party())) {
			throw new RuleViolation("PARTY_TYPE_NOT_APPLICABLE",
					"「" + type.name() + "」的处罚对象不包括" + request.party().chineseName());
		}
		HighestBandPolicy.Decision decision = HighestBandPolicy.decide(benchmark, request.answers());
		List<String> reasons = new ArrayList<>(decision.reasons());
		if (decision.band() == Band.NO_PENALTY) {
			return new Assessment(Band.NO_PENALTY, new AmountFormula.Range(Money.ZERO, Money.ZERO),
					List.of(PenaltyType.ORDER_CORRECTION), "不予处罚", reasons);
		}
		BandRule rule = benchmark.band(decision.band())
			.orElseThrow(
					() -> new RuleViolation("BENCHMARK_INCOMPLETE", "裁量基准缺少「" + decision.band().chineseName() + "」档"));
		AmountFormula formula = rule.amounts().get(request.party());
		if (formula == null) {
			throw new RuleViolation("PARTY_TYPE_NOT_APPLICABLE",
					"「" + decision.band().chineseName() + "」档对" + request.party().chineseName() + "没有罚款幅度");
		}
		Map<Quantity, BigDecimal> inputs = inputs(request, formula, reasons);
		AmountFormula.Range range = formula.compute(inputs);
		reasons.add("罚款幅度：" + formula.describe() + "，即" + range.min() + "元至" + range.max() + "元");
		return new Assessment(decision.band(), range, rule.penalties(), formula.describe(), reasons);
	}

	record Assessment(Band band, AmountFormula.Range range, List<PenaltyType> penalties, String formula,
			List<String> reasons) {
	}

	private static Map<Quantity, BigDecimal> inputs(DiscretionRequest request, AmountFormula formula,
			List<String> reasons) {
		Map<Quantity, BigDecimal> inputs = new EnumMap<>(Quantity.class);
		request.quantities().forEach((quantity, value) -> inputs.put(quantity, checked(quantity, value)));
		if (formula.kind() == AmountFormula.Kind.DAILY) {
			inputs.put(Quantity.DAYS, BigDecimal.valueOf(continuingDays(request, reasons)));
		}
		return inputs;
	}

	/**
	 * 环境保护法 第五十九条: counted from the day after the 责令改正 decision was served, up to and
	 * including the re-inspection day on which the violation was found continuing.
	 */
	static long continuingDays(DiscretionRequest request, List<String> reasons) {
		LocalDate served = request.correctionOrderServedOn();
		LocalDate reinspected = request.reinspectedOn();
		if (served == null || reinspected == null) {
			throw new RuleViolation("MISSING_BASE_AMOUNT", "按日连续处罚须填写责令改正决定书送达日期和复查日期", HttpStatus.BAD_REQUEST);
		}
		long days = ChronoUnit.DAYS.between(served, reinspected);
		if (days < 1) {
			throw new RuleViolation("INVALID_DAYS", "复查日期须晚于责令改正决定书送达日期", HttpStatus.BAD_REQUEST);
		}
		if (days > MAX_DAYS || reinspected.isAfter(request.decisionDate())) {
			throw new RuleViolation("INVALID_DAYS", "复查日期不得晚于决定日期，计罚天数不得超过" + MAX_DAYS + "日", HttpStatus.BAD_REQUEST);
		}
		reasons.add("计罚天数：自" + served.plusDays(1) + "（送达次日）至" + reinspected + "（复查日），共" + days + "日");
		return days;
	}

	private static BigDecimal checked(Quantity quantity, BigDecimal value) {
		if (value == null) {
			throw new RuleViolation("MISSING_BASE_AMOUNT", "缺少" + quantity.chineseName(), HttpStatus.BAD_REQUEST);
		}
		if (value.signum() < 0) {
			throw new RuleViolation("NEGATIVE_AMOUNT", quantity.chineseName() + "不能为负数", HttpStatus.BAD_REQUEST);
		}
		if (quantity.isMoney()) {
			if (value.compareTo(AmountFormula.ABSURD) > 0) {
				throw new RuleViolation("ABSURD_AMOUNT", quantity.chineseName() + "超过1万亿元，请核对", HttpStatus.BAD_REQUEST);
			}
			if (value.stripTrailingZeros().scale() > 2) {
				throw new RuleViolation("AMOUNT_PRECISION", quantity.chineseName() + "最多保留两位小数",
						HttpStatus.BAD_REQUEST);
			}
		}
		else {
			if (value.stripTrailingZeros().scale() > 0) {
				throw new RuleViolation("INVALID_COUNT", quantity.chineseName() + "须为整数", HttpStatus.BAD_REQUEST);
			}
			BigDecimal limit = (quantity == Quantity.DAYS) ? BigDecimal.valueOf(MAX_DAYS) : MAX_COUNT;
			if (value.compareTo(limit) > 0) {
				throw new RuleViolation("ABSURD_AMOUNT", quantity.chineseName() + "超过" + limit + "，请核对",
						HttpStatus.BAD_REQUEST);
			}
		}
		return value;
	}

}
