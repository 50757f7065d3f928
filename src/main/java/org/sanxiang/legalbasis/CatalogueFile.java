package org.sanxiang.legalbasis;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The shipped catalogue ({@code legalbasis/catalogue.yml}) parsed into domain records,
 * without a database. Bands are the standard split of the statutory range — 10 % / 20 % /
 * 30 % / 40 % of the span for 轻微 / 一般 / 较重 / 严重 — and are stored explicitly, so a
 * reviewer edits figures, not a rule. A band outside its statutory range makes the file
 * invalid.
 */
record CatalogueFile(List<Law> laws, List<Entry> violationTypes, List<EnforcementMatter> matters) {

	static final String RESOURCE = "/legalbasis/catalogue.yml";

	private static final BigDecimal[] STANDARD_SPLIT = { BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.3"),
			new BigDecimal("0.6"), BigDecimal.ONE };

	record Law(LegalText text, List<Article> articles) {
	}

	record Article(int no, String text, LocalDate from, LocalDate to, TextStatus status, String note) {
	}

	record Entry(ViolationType type, Benchmark benchmark) {
	}

	static CatalogueFile parse(InputStream in, Instant now) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		List<Law> laws = new ArrayList<>();
		for (Map<String, Object> l : list(root, "laws")) {
			LegalText law = new LegalText(str(l, "code"), str(l, "title"), str(l, "shortTitle"),
					LegalLevel.valueOf(str(l, "level")), str(l, "issuingBody"), str(l, "versionNote"),
					date(l.get("promulgatedOn")), date(l.get("effectiveOn")), TextStatus.IN_FORCE);
			List<Article> articles = new ArrayList<>();
			for (Map<String, Object> a : list(l, "articles")) {
				LocalDate to = a.containsKey("to") ? date(a.get("to")) : null;
				articles.add(new Article(((Number) a.get("article")).intValue(), str(a, "text").strip(),
						a.containsKey("from") ? date(a.get("from")) : law.effectiveOn(), to,
						(to == null) ? TextStatus.IN_FORCE
								: TextStatus.valueOf(a.getOrDefault("status", "REVISED").toString()),
						(String) a.get("note")));
			}
			laws.add(new Law(law, articles));
		}
		List<EnforcementMatter> matters = new ArrayList<>();
		for (Map<String, Object> m : list(root, "matters")) {
			matters
				.add(new EnforcementMatter(str(m, "code"), str(m, "name"), MatterCategory.valueOf(str(m, "category")),
						strings(m, "levels"), Boolean.TRUE.equals(m.get("random")),
						strings(m, "basis").stream().map(Citation::parse).toList(), strings(m, "violations")));
		}
		return new CatalogueFile(laws, violationTypes(root, now), matters);
	}

	private static List<Entry> violationTypes(Map<String, Object> root, Instant now) {
		Map<String, Object> settings = map(root, "benchmark");
		Map<String, Object> factorCatalogue = map(root, "factors");
		Map<String, Object> waivers = map(root, "waivers");
		List<Entry> entries = new ArrayList<>();
		for (Map<String, Object> v : list(root, "violationTypes")) {
			Map<PartyType, AmountFormula> statutory = statutory(v);
			Set<PartyType> parties = new LinkedHashSet<>(statutory.keySet());
			List<ConditionalMeasure> measures = new ArrayList<>();
			for (Map<String, Object> m : list(v, "measures")) {
				measures.add(new ConditionalMeasure(PenaltyType.valueOf(str(m, "measure")),
						MeasureCondition.valueOf(str(m, "condition")),
						strings(m, "basis").stream().map(Citation::parse).toList()));
			}
			List<Regime> earlier = new ArrayList<>();
			for (Map<String, Object> r : list(v, "earlier")) {
				earlier.add(new Regime(date(r.get("from")), date(r.get("to")), (String) r.get("note"),
						strings(r, "violated").stream().map(Citation::parse).toList(),
						strings(r, "penalty").stream().map(Citation::parse).toList(),
						strings(r, "penaltyTypes").stream().map(PenaltyType::valueOf).toList(), statutory(r),
						responsible(r)));
			}
			ViolationType type = new ViolationType(str(v, "code"), str(v, "name"), str(v, "field"), parties,
					strings(v, "violated").stream().map(Citation::parse).toList(),
					strings(v, "penalty").stream().map(Citation::parse).toList(),
					strings(v, "penaltyTypes").stream().map(PenaltyType::valueOf).toList(), statutory, responsible(v),
					measures, earlier, v.containsKey("until") ? date(v.get("until")) : null,
					(String) v.get("notWaivable"), strings(v, "dailyOriginals"));
			List<Factor> factors = strings(v, "factors").stream()
				.map((code) -> factor(code, map(factorCatalogue, code)))
				.toList();
			Waiver waiver = null;
			if (v.containsKey("waiver")) {
				Map<String, Object> w = map(waivers, str(v, "waiver"));
				Map<String, Set<String>> when = new LinkedHashMap<>();
				map(w, "when").forEach((factor, options) -> when.put(factor, Set.copyOf(strings(options))));
				waiver = new Waiver(when, str(w, "basis"));
			}
			Benchmark benchmark = new Benchmark(type.code(), 1, str(settings, "title"),
					date(v.containsKey("benchmarkFrom") ? v.get("benchmarkFrom") : settings.get("effectiveFrom")), null,
					factors, bands(v, statutory), waiver, ShippedLegalBasis.SYSTEM, now, "随产品发布的示范裁量基准");
			for (BandRule band : benchmark.bands()) {
				band.amounts().forEach((party, formula) -> {
					if (!formula.isWithin(statutory.get(party))) {
						throw new IllegalStateException(type.code() + " " + band.band() + " outside statutory range");
					}
				});
			}
			entries.add(new Entry(type, benchmark));
		}
		Map<String, ViolationType> byCode = new LinkedHashMap<>();
		entries.forEach((e) -> byCode.put(e.type().code(), e.type()));
		for (Entry entry : entries) {
			List<String> problems = StatutoryConditions.problems(entry.type(), List.of(entry.benchmark()),
					(code) -> java.util.Optional.ofNullable(byCode.get(code)));
			if (!problems.isEmpty()) {
				throw new IllegalStateException(RESOURCE + " " + entry.type().code() + ": " + problems);
			}
		}
		return entries;
	}

	/**
	 * {@code offender: FIXED 50000 200000} — one range for every offender, unit or
	 * natural person — or {@code statutory: {UNIT: …, INDIVIDUAL: …}} where the statute
	 * itself distinguishes them.
	 */
	private static Map<PartyType, AmountFormula> statutory(Map<String, Object> v) {
		Map<PartyType, AmountFormula> statutory = new EnumMap<>(PartyType.class);
		if (v.containsKey("offender")) {
			AmountFormula formula = formula(v.get("offender"));
			for (PartyType party : PartyType.values()) {
				statutory.put(party, formula);
			}
		}
		else {
			map(v, "statutory").forEach((party, formula) -> statutory.put(PartyType.valueOf(party), formula(formula)));
		}
		return statutory;
	}

	private static ResponsiblePersons responsible(Map<String, Object> v) {
		if (!v.containsKey("responsible")) {
			return null;
		}
		Map<String, Object> r = map(v, "responsible");
		return new ResponsiblePersons(str(r, "who"), strings(r, "basis").stream().map(Citation::parse).toList(),
				formula(r.get("range")));
	}

	private static List<BandRule> bands(Map<String, Object> v, Map<PartyType, AmountFormula> statutory) {
		List<PenaltyType> base = strings(v, "bandPenalties").stream().map(PenaltyType::valueOf).toList();
		List<BandRule> bands = new ArrayList<>();
		Band[] levels = { Band.MINOR, Band.GENERAL, Band.SERIOUS, Band.SEVERE };
		Map<Band, Map<PartyType, AmountFormula>> split = standardSplit(statutory);
		for (int i = 0; i < levels.length; i++) {
			Map<PartyType, AmountFormula> amounts = split.get(levels[i]);
			List<PenaltyType> penalties = new ArrayList<>(base);
			if (i >= 2) {
				strings(v, "seriousPenalties").forEach((p) -> penalties.add(PenaltyType.valueOf(p)));
			}
			if (i == 3) {
				strings(v, "severePenalties").forEach((p) -> penalties.add(PenaltyType.valueOf(p)));
			}
			bands.add(new BandRule(levels[i], amounts, penalties));
		}
		return bands;
	}

	/** The i-th of four bands of the standard split of {@code statutory}. */
	static AmountFormula split(AmountFormula statutory, int i) {
		if (statutory.kind() == AmountFormula.Kind.DAILY) {
			return statutory;
		}
		BigDecimal span = statutory.upper().subtract(statutory.lower());
		int scale = (statutory.kind() == AmountFormula.Kind.MULTIPLE) ? 4 : 0;
		BigDecimal lower = statutory.lower()
			.add(span.multiply(STANDARD_SPLIT[i]))
			.setScale(scale, RoundingMode.HALF_UP);
		BigDecimal upper = statutory.lower()
			.add(span.multiply(STANDARD_SPLIT[i + 1]))
			.setScale(scale, RoundingMode.HALF_UP);
		if (lower.signum() == 0 && statutory.kind() == AmountFormula.Kind.FIXED) {
			lower = BigDecimal.ONE;
		}
		return statutory.withBounds(lower.stripTrailingZeros(), upper.stripTrailingZeros());
	}

	/**
	 * The four bands of the standard split of each party's range, with their penalties.
	 */
	static Map<Band, Map<PartyType, AmountFormula>> standardSplit(Map<PartyType, AmountFormula> statutory) {
		Map<Band, Map<PartyType, AmountFormula>> bands = new EnumMap<>(Band.class);
		Band[] levels = { Band.MINOR, Band.GENERAL, Band.SERIOUS, Band.SEVERE };
		for (int i = 0; i < levels.length; i++) {
			Map<PartyType, AmountFormula> amounts = new EnumMap<>(PartyType.class);
			for (Map.Entry<PartyType, AmountFormula> e : statutory.entrySet()) {
				amounts.put(e.getKey(), split(e.getValue(), i));
			}
			bands.put(levels[i], amounts);
		}
		return bands;
	}

	/**
	 * {@code FIXED 20000 200000}, {@code MULTIPLE DISPOSAL_COST 3 5 200000},
	 * {@code PER_UNIT OCCURRENCES 5000 20000}, {@code DAILY}.
	 */
	static AmountFormula formula(Object spec) {
		String[] p = spec.toString().trim().split("\\s+");
		return switch (AmountFormula.Kind.valueOf(p[0])) {
			case FIXED ->
				new AmountFormula(AmountFormula.Kind.FIXED, new BigDecimal(p[1]), new BigDecimal(p[2]), null, null);
			case MULTIPLE -> new AmountFormula(AmountFormula.Kind.MULTIPLE, new BigDecimal(p[2]), new BigDecimal(p[3]),
					Quantity.valueOf(p[1]), (p.length > 4) ? new BigDecimal(p[4]) : null);
			case PER_UNIT -> new AmountFormula(AmountFormula.Kind.PER_UNIT, new BigDecimal(p[2]), new BigDecimal(p[3]),
					Quantity.valueOf(p[1]), null);
			case DAILY -> AmountFormula.daily();
		};
	}

	private static Factor factor(String code, Map<String, Object> f) {
		List<Factor.Option> options = new ArrayList<>();
		for (Object o : (List<?>) f.get("options")) {
			List<String> parts = strings(o);
			boolean mitigating = "MITIGATE".equals(parts.get(2));
			options.add(new Factor.Option(parts.get(0), parts.get(1),
					mitigating ? Band.MINOR : Band.valueOf(parts.get(2)), mitigating));
		}
		return new Factor(code, str(f, "name"), options);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value == null) ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("missing " + key + " in " + RESOURCE);
		}
		return (Map<String, Object>) value;
	}

	private static List<String> strings(Map<String, Object> map, String key) {
		return strings(map.get(key));
	}

	private static List<String> strings(Object value) {
		return (value == null) ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
	}

	private static String str(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("missing " + key + " in " + RESOURCE);
		}
		return value.toString();
	}

	private static LocalDate date(Object value) {
		if (value instanceof Date d) {
			return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

}
