package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.DiscretionResult.ProposedMeasure;
import org.sanxiang.legalbasis.DiscretionResult.ResponsibleLine;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The discretion calculator (裁量计算): violation type + factor answers + party type + the
 * day of the act + decision date (+ base amounts, circumstances) → outcome, band, fine
 * range, penalty types, the additional line on responsible persons, the conditional
 * measures whose condition holds, and the explanation that cites the violated provision,
 * the penalty provision and the benchmark clause. Which law: 行政处罚法 第三十七条 — the law in
 * force when the act was done (for a continuing act, when it ended), unless the law in
 * force on the decision date punishes more lightly or no longer treats the act as an
 * offence; the same for benchmark revisions. Used by case handling and legal review; it
 * stores nothing.
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
		checkDates(request);
		if (request.party() == null) {
			throw new RuleViolation("MISSING_PARTY_TYPE", "请选择当事人类型（单位或个人）", HttpStatus.BAD_REQUEST);
		}
		ViolationType type = this.catalogue.type(request.violationCode());
		List<Benchmark> revisions = this.catalogue.history(type.code());
		List<String> problems = StatutoryConditions.problems(type, revisions, this.catalogue::find);
		if (!problems.isEmpty()) {
			throw new RuleViolation("CATALOGUE_ENTRY_REFUSED",
					"「" + type.name() + "」的目录条目不符合法定条件，暂不能计算：" + String.join("；", problems));
		}
		LocalDate actOn = request.actOn();
		LocalDate decided = request.decisionDate();
		List<String> reasons = new ArrayList<>();
		Regime then = type.regimeOn(actOn)
			.orElseThrow(() -> new RuleViolation("LAW_NOT_LOADED_FOR_ACT_DATE", "违法行为发生时（" + actOn
					+ "）适用的法律规定未收录（最早收录的版本自" + type.regimes().get(0).effectiveFrom() + "起施行），不能推定适用，请先补录该版本"));
		List<ResolvedProvision> violatedThen = resolve(type.code(), then.violated(), actOn);
		List<ResolvedProvision> penaltyThen = resolve(type.code(), then.penaltyProvisions(), actOn);
		Optional<Regime> now = type.regimeOn(decided);
		if (now.isEmpty()) {
			reasons.add(lawLine("违法行为发生时（" + actOn + "）", penaltyThen, then, request.party()));
			reasons.add("作出决定时（" + decided + "）新的规定已不认为该行为是违法行为（自" + type.until().plusDays(1)
					+ "起），依照行政处罚法第三十七条适用新的规定，不予行政处罚");
			reasons.add("不予行政处罚的，应当对当事人进行教育（行政处罚法第三十三条第三款）");
			return new DiscretionResult(type.code(), type.name(), request.party(),
					DiscretionResult.Outcome.NOT_AN_OFFENCE, Band.NO_PENALTY, Money.ZERO, Money.ZERO, List.of(),
					violatedThen, penaltyThen, "", "不予处罚", reasons, decided, null, true, false, false, null, List.of());
		}
		Benchmark benchmarkNow = EffectiveDated.inForceOn(revisions, decided)
			.orElseThrow(() -> new RuleViolation("BENCHMARK_NOT_IN_FORCE", "该违法行为在" + decided + "没有施行中的裁量基准"));
		Optional<Benchmark> benchmarkThen = EffectiveDated.inForceOn(revisions, actOn);
		Candidate old = new Candidate(then, actOn, adapt(benchmarkThen.orElse(benchmarkNow), then, type), violatedThen,
				penaltyThen);
		Candidate current = new Candidate(now.get(), decided, adapt(benchmarkNow, now.get(), type),
				resolve(type.code(), now.get().violated(), decided),
				resolve(type.code(), now.get().penaltyProvisions(), decided));
		if (benchmarkThen.isEmpty()) {
			reasons.add("违法行为发生时尚无施行中的裁量基准，适用作出决定时施行的" + benchmarkNow.clause());
		}
		Candidate applied = choose(type, request, old, current, reasons);
		Assessment assessment = assess(type, applied.regime(), applied.benchmark(), request);
		reasons.addAll(assessment.reasons());
		ResponsibleLine responsible = responsibleLine(applied, assessment, request);
		if (responsible != null) {
			reasons.add("另对" + responsible.who() + "处罚款（双罚，" + responsible.basis() + "）：" + responsible.formula() + "，即"
					+ responsible.min() + "元至" + responsible.max() + "元");
		}
		List<ProposedMeasure> measures = assessment.outcome().penalised()
				? measures(type, applied.regime(), assessment.band(), request, reasons) : List.of();
		return new DiscretionResult(type.code(), type.name(), request.party(), assessment.outcome(), assessment.band(),
				assessment.range().min(), assessment.range().max(), assessment.penalties(), applied.violated(),
				applied.penalty(), applied.benchmark().clause(), assessment.formula(), reasons, applied.lawDate(),
				assessment.noPenaltyOption(), !assessment.outcome().penalised(), assessment.reduced(),
				assessment.reduced(), responsible, measures);
	}

	/** The law (and benchmark) of one date, resolved. */
	record Candidate(Regime regime, LocalDate lawDate, Benchmark benchmark, List<ResolvedProvision> violated,
			List<ResolvedProvision> penalty) {
	}

	private static Benchmark adapt(Benchmark benchmark, Regime regime, ViolationType type) {
		return regime.sameLawAs(type.current()) ? benchmark : benchmark.forEarlier(regime);
	}

	/**
	 * 行政处罚法 第三十七条: the old law unless the new one is lighter. Compared first by the
	 * statutory range for this party (and these base amounts), then — the law being the
	 * same — by the benchmark's range; a tie keeps the law of the time of the act.
	 */
	private Candidate choose(ViolationType type, DiscretionRequest request, Candidate old, Candidate current,
			List<String> reasons) {
		boolean sameLaw = old.regime().sameLawAs(current.regime());
		boolean sameBenchmark = old.benchmark().revision() == current.benchmark().revision();
		boolean sameTexts = old.penalty()
			.stream()
			.map((p) -> p.version().effectiveFrom())
			.toList()
			.equals(current.penalty().stream().map((p) -> p.version().effectiveFrom()).toList());
		if (sameLaw && sameBenchmark && sameTexts) {
			reasons.add("违法行为发生时（" + old.lawDate() + "）与作出决定时（" + current.lawDate() + "）适用的规定相同");
			return old;
		}
		reasons.add(lawLine("违法行为发生时（" + old.lawDate() + "）", old.penalty(), old.regime(), request.party()) + "；"
				+ old.benchmark().clause());
		reasons.add(lawLine("作出决定时（" + current.lawDate() + "）", current.penalty(), current.regime(), request.party())
				+ "；" + current.benchmark().clause());
		int comparison;
		String measure;
		if (!sameLaw) {
			comparison = compare(statutoryRange(current.regime(), request), statutoryRange(old.regime(), request),
					current.regime().penaltyTypes(), old.regime().penaltyTypes());
			measure = "法定处罚";
		}
		else {
			comparison = compare(quiet(type, current, request), quiet(type, old, request), List.of(), List.of());
			measure = sameBenchmark ? "处罚" : "裁量基准确定的处罚";
		}
		if (comparison < 0) {
			reasons.add("新的规定" + measure + "较轻，依照行政处罚法第三十七条适用作出决定时的规定");
			return current;
		}
		reasons.add("新的规定" + measure + "不轻于旧的规定，依照行政处罚法第三十七条适用违法行为发生时的规定");
		return old;
	}

	private static String lawLine(String when, List<ResolvedProvision> penalty, Regime regime, PartyType party) {
		AmountFormula formula = regime.statutory().get(party);
		return when + "适用"
				+ penalty.stream()
					.map((p) -> p.label() + "（" + p.version().effectiveFrom() + "起施行的文本）")
					.collect(java.util.stream.Collectors.joining("、"))
				+ "，法定罚款" + ((formula != null) ? formula.describe() : "未规定");
	}

	private static AmountFormula.Range statutoryRange(Regime regime, DiscretionRequest request) {
		AmountFormula formula = regime.statutory().get(request.party());
		if (formula == null) {
			return null;
		}
		return formula.compute(inputs(request, formula, new ArrayList<>()));
	}

	private static AmountFormula.Range quiet(ViolationType type, Candidate c, DiscretionRequest request) {
		Assessment a = assess(type, c.regime(), c.benchmark(), request);
		return a.range();
	}

	/**
	 * Negative when {@code a} is lighter than {@code b}: a lower maximum, or the same
	 * maximum and a lower minimum, or the same range and fewer penalty types. A missing
	 * range (the party is not punishable) is the lightest.
	 */
	static int compare(AmountFormula.Range a, AmountFormula.Range b, List<PenaltyType> aTypes,
			List<PenaltyType> bTypes) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		int byMax = a.max().compareTo(b.max());
		if (byMax != 0) {
			return byMax;
		}
		int byMin = a.min().compareTo(b.min());
		if (byMin != 0) {
			return byMin;
		}
		if (bTypes.containsAll(aTypes) && !aTypes.containsAll(bTypes)) {
			return -1;
		}
		return 0;
	}

	private List<ResolvedProvision> resolve(String code, List<Citation> citations, LocalDate date) {
		List<ResolvedProvision> resolved = new ArrayList<>();
		for (Citation c : citations) {
			try {
				resolved.add(this.texts.resolve(c, date));
			}
			catch (RuleViolation missing) {
				throw new RuleViolation("LAW_NOT_LOADED_FOR_ACT_DATE",
						"「" + code + "」引用的" + c.lawCode() + " " + c.label() + "在" + date + "没有收录施行中的文本，不能推定适用，请先补录该版本");
			}
		}
		return resolved;
	}

	private static void checkDates(DiscretionRequest request) {
		if (request.decisionDate() == null) {
			throw new RuleViolation("MISSING_DATE", "请填写决定日期", HttpStatus.BAD_REQUEST);
		}
		if (request.actDate() == null) {
			throw new RuleViolation("MISSING_ACT_DATE", "请填写违法行为发生日期（行政处罚法第三十七条：适用违法行为发生时的规定）", HttpStatus.BAD_REQUEST);
		}
		if (request.actEnd() != null && request.actEnd().isBefore(request.actDate())) {
			throw new RuleViolation("INVALID_ACT_DATES", "违法行为终了日期不得早于发生日期", HttpStatus.BAD_REQUEST);
		}
		if (request.actOn().isAfter(request.decisionDate())) {
			throw new RuleViolation("INVALID_ACT_DATES", "违法行为发生（终了）日期不得晚于决定日期", HttpStatus.BAD_REQUEST);
		}
	}

	/**
	 * The benchmark applied to the answers under one regime: outcome (第三十三条), band, range
	 * (减轻 where chosen), penalty types and reasons. Pure — no texts are resolved here.
	 */
	static Assessment assess(ViolationType type, Regime regime, Benchmark benchmark, DiscretionRequest request) {
		if (!regime.parties().contains(request.party())) {
			throw new RuleViolation("PARTY_TYPE_NOT_APPLICABLE",
					"「" + type.name() + "」的处罚对象不包括" + request.party().chineseName());
		}
		HighestBandPolicy.Decision decision = HighestBandPolicy.decide(benchmark, request.answers());
		List<String> reasons = new ArrayList<>(decision.reasons());
		Set<Circumstance> facts = NoPenaltyRule.circumstances(benchmark, request, type);
		NoPenaltyRule.Finding finding = NoPenaltyRule.find(type, benchmark, decision.band(), facts, request);
		reasons.addAll(finding.reasons());
		if (finding.outcome() != DiscretionResult.Outcome.PENALTY) {
			return new Assessment(finding.outcome(), Band.NO_PENALTY, new AmountFormula.Range(Money.ZERO, Money.ZERO),
					List.of(PenaltyType.ORDER_CORRECTION), "不予处罚", reasons, finding.option(), false);
		}
		BandRule rule = benchmark.band(decision.band())
			.orElseThrow(
					() -> new RuleViolation("BENCHMARK_INCOMPLETE", "裁量基准缺少「" + decision.band().chineseName() + "」档"));
		AmountFormula formula = rule.amounts().get(request.party());
		if (formula == null) {
			throw new RuleViolation("PARTY_TYPE_NOT_APPLICABLE",
					"「" + decision.band().chineseName() + "」档对" + request.party().chineseName() + "没有罚款幅度");
		}
		if (type.isDaily()) {
			checkDailyLink(type, request, reasons);
		}
		Map<Quantity, BigDecimal> inputs = inputs(request, formula, reasons);
		AmountFormula.Range range = formula.compute(inputs);
		reasons.add("罚款幅度：" + formula.describe() + "，即" + range.min() + "元至" + range.max() + "元");
		if (request.reduce()) {
			range = Reduction.apply(type, regime, request, facts, inputs, reasons);
		}
		return new Assessment(DiscretionResult.Outcome.PENALTY, decision.band(), range, rule.penalties(),
				formula.describe(), reasons, finding.option(), request.reduce());
	}

	/**
	 * 按日连续处罚 follows an original penalty decision for 违法排放污染物 (环境保护法 第五十九条; 按日连续处罚办法
	 * 第五条、第七条): the original's type must be one the daily type names, and the original
	 * decision must come before this one.
	 */
	static void checkDailyLink(ViolationType type, DiscretionRequest request, List<String> reasons) {
		if (request.originalViolation() == null || request.originalViolation().isBlank()
				|| request.originalDecisionDate() == null) {
			throw new RuleViolation("MISSING_ORIGINAL_DECISION", "按日连续处罚须写明原处罚决定所针对的违法行为和原处罚决定日期",
					HttpStatus.BAD_REQUEST);
		}
		if (!type.dailyOriginals().contains(request.originalViolation().strip())) {
			throw new RuleViolation("DAILY_ORIGINAL_NOT_ELIGIBLE",
					"按日连续处罚只适用于违法排放污染物的行为（环境保护法第五十九条、按日连续处罚办法第五条），原处罚决定针对的违法行为不在其列");
		}
		if (!request.originalDecisionDate().isBefore(request.decisionDate())) {
			throw new RuleViolation("DAILY_BEFORE_ORIGINAL", "按日连续处罚决定须在原处罚决定之后作出（按日连续处罚办法第七条）");
		}
		reasons.add("原处罚决定：" + request.originalViolation().strip() + "，" + request.originalDecisionDate() + "作出");
	}

	record Assessment(DiscretionResult.Outcome outcome, Band band, AmountFormula.Range range,
			List<PenaltyType> penalties, String formula, List<String> reasons, String noPenaltyOption,
			boolean reduced) {
	}

	/** 双罚: the responsible persons' range at the same band (its standard split). */
	private static ResponsibleLine responsibleLine(Candidate applied, Assessment assessment,
			DiscretionRequest request) {
		ResponsiblePersons persons = applied.regime().responsible();
		if (persons == null || request.party() != PartyType.UNIT || !assessment.outcome().penalised()) {
			return null;
		}
		AmountFormula band = CatalogueFile.standardSplit(Map.of(PartyType.INDIVIDUAL, persons.range()))
			.get(assessment.band())
			.get(PartyType.INDIVIDUAL);
		AmountFormula.Range range = band.compute(Map.of());
		String basis = applied.penalty()
			.stream()
			.filter((p) -> persons.basis()
				.stream()
				.anyMatch((c) -> c.lawCode().equals(p.citation().lawCode()) && c.article() == p.citation().article()))
			.map(ResolvedProvision::label)
			.findFirst()
			.orElse(persons.basis().get(0).lawCode() + " " + persons.basis().get(0).label());
		return new ResponsibleLine(persons.who(), range.min(), range.max(), basis,
				"法定" + persons.range().describe() + "，「" + assessment.band().chineseName() + "」档" + band.describe());
	}

	/**
	 * The conditional measures whose condition holds, and why the others are not
	 * proposed.
	 */
	private List<ProposedMeasure> measures(ViolationType type, Regime regime, Band band, DiscretionRequest request,
			List<String> reasons) {
		List<ProposedMeasure> proposed = new ArrayList<>();
		Set<Circumstance> facts = request.circumstances();
		for (ConditionalMeasure m : type.measures()) {
			if (!regime.penaltyTypes().contains(m.measure())) {
				continue;
			}
			String basis = labels(m.basis());
			boolean holds = switch (m.condition()) {
				case ALWAYS, EXCEEDANCE, OPTION -> true;
				case SEVERE_CIRCUMSTANCES -> band == Band.SEVERE;
				default -> m.condition().anyOf().stream().anyMatch(facts::contains);
			};
			if (!holds) {
				reasons.add("不提出" + m.measure().chineseName() + "：须" + m.condition().chineseName() + "（" + basis + "）");
				continue;
			}
			if (m.condition() == MeasureCondition.SUSPENSION_CASE
					&& MeasureCondition.SUSPENSION_EXCEPTIONS.stream().anyMatch(facts::contains)) {
				reasons.add("属于实施限制生产、停产整治办法第七条所列情形，不责令停产整治，应当责令限制生产");
				proposed.removeIf((p) -> p.measure() == PenaltyType.RESTRICT_PRODUCTION);
				proposed.add(new ProposedMeasure(PenaltyType.RESTRICT_PRODUCTION, false, "实施限制生产、停产整治办法第七条", basis));
				continue;
			}
			boolean optional = m.condition() == MeasureCondition.EXCEEDANCE || m.condition() == MeasureCondition.OPTION;
			String why = m.condition().chineseName();
			reasons.add((optional ? "可以" : "提出") + m.measure().chineseName() + "：" + why + "（" + basis + "）");
			proposed.add(new ProposedMeasure(m.measure(), optional, why, basis));
		}
		return proposed;
	}

	private String labels(List<Citation> citations) {
		Map<String, String> titles = this.texts.shortTitles();
		return citations.stream()
			.map((c) -> LegalTexts.label(c, titles))
			.collect(java.util.stream.Collectors.joining("、"));
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
