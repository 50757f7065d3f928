package org.sanxiang.legalbasis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal reviewers add a violation type to the catalogue together with the first revision
 * of its discretion benchmark; from then on it is revised like any other (bands, options,
 * waiver). Bands are the standard split of the statutory range; factors are chosen among
 * those the other benchmarks use. Audited; a refusal names every field and writes
 * nothing.
 */
@Service
class ViolationTypeRegister {

	private static final Band[] LEVELS = { Band.MINOR, Band.GENERAL, Band.SERIOUS, Band.SEVERE };

	private final ViolationCatalogue catalogue;

	private final LegalTexts texts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ViolationTypeRegister(ViolationCatalogue catalogue, LegalTexts texts, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.texts = texts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Benchmark addType(ViolationTypeDraft draft, String actor) {
		List<InvalidLegalInput.Problem> problems = new ArrayList<>();
		ViolationType type = draft.check(this.texts, this.texts.today(), problems);
		if (type != null && this.jdbc.sql("select count(*) from violation_type where code = :code")
			.param("code", type.code())
			.query(Long.class)
			.single() > 0) {
			problems.add(new InvalidLegalInput.Problem("code", "VIOLATION_TYPE_ALREADY_RECORDED",
					"编码「" + type.code() + "」已使用"));
		}
		Map<String, Factor> known = knownFactors();
		List<Factor> factors = new ArrayList<>();
		for (String code : new LinkedHashSet<>(draft.factors())) {
			if (known.containsKey(code)) {
				factors.add(known.get(code));
			}
			else {
				problems.add(new InvalidLegalInput.Problem("factors", "UNKNOWN_FACTOR", "未收录裁量因素「" + code + "」"));
			}
		}
		if (draft.factors().isEmpty()) {
			problems.add(new InvalidLegalInput.Problem("factors", "MISSING_FACTORS", "请至少选择一个裁量因素"));
		}
		Waiver waiver = draft.waiver() ? FactorChanges.waiver(Waiver.FIRST_OFFENCE_MINOR, factors, problems) : null;
		List<ConditionalMeasure> measures = new ArrayList<>();
		if (type != null) {
			for (PenaltyType p : type.penaltyTypes()) {
				if (p == PenaltyType.DAILY_CONTINUING_FINE) {
					problems.add(new InvalidLegalInput.Problem("penaltyTypes", "DAILY_NOT_A_PENALTY_TYPE",
							"按日连续处罚须以原处罚决定为前提，不能作为新增违法行为的处罚种类"));
				}
				else if (PenaltyType.CONDITIONAL.contains(p)) {
					StatutoryConditions.conditionFor(p, type.penaltyProvisions())
						.ifPresentOrElse(
								(condition) -> measures
									.add(new ConditionalMeasure(p, condition, type.penaltyProvisions())),
								() -> problems.add(new InvalidLegalInput.Problem("penaltyTypes",
										"MEASURE_WITHOUT_STATUTORY_CONDITION",
										"所引处罚依据未规定「" + p.chineseName() + "」及其适用条件，不能选择")));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidLegalInput(problems);
		}
		ViolationType checked = new ViolationType(type.code(), type.name(), type.field(), type.parties(),
				type.violated(), type.penaltyProvisions(), type.penaltyTypes(), type.statutory(), null, measures,
				List.of(), null, null, List.of());
		List<PenaltyType> bandPenalties = checked.penaltyTypes()
			.stream()
			.filter((p) -> !PenaltyType.CONDITIONAL.contains(p))
			.toList();
		List<BandRule> bands = new ArrayList<>();
		for (int i = 0; i < LEVELS.length; i++) {
			Map<PartyType, AmountFormula> amounts = new EnumMap<>(PartyType.class);
			for (Map.Entry<PartyType, AmountFormula> e : checked.statutory().entrySet()) {
				amounts.put(e.getKey(), CatalogueFile.split(e.getValue(), i));
			}
			bands.add(new BandRule(LEVELS[i], amounts, bandPenalties));
		}
		String title = this.catalogue.all()
			.stream()
			.findFirst()
			.map((t) -> this.catalogue.history(t.code()).get(0).title())
			.orElse("生态环境行政处罚裁量基准");
		Benchmark first = new Benchmark(checked.code(), 1, title, draft.effectiveFrom(), null, factors, bands, waiver,
				actor, this.clock.instant(), "新增违法行为及其裁量基准");
		int sortOrder = this.jdbc.sql("select coalesce(max(sort_order), 0) + 1 from violation_type")
			.query(Integer.class)
			.single();
		this.catalogue.insertType(checked, sortOrder);
		this.catalogue.insertBenchmark(first);
		this.events.publishEvent(
				new LegalBasisEvents.ViolationTypeAdded(checked.code(), checked.name(), draft.effectiveFrom()));
		return first;
	}

	/**
	 * The factors the benchmarks in use have, by code (the latest revision's wording).
	 */
	public Map<String, Factor> knownFactors() {
		Map<String, Factor> known = new TreeMap<>();
		for (ViolationType t : this.catalogue.all()) {
			List<Benchmark> revisions = this.catalogue.history(t.code());
			revisions.get(revisions.size() - 1).factors().forEach((f) -> known.put(f.code(), f));
		}
		return known;
	}

}
