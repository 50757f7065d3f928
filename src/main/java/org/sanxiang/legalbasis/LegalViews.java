package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the legal basis API (never the domain records themselves). */
final class LegalViews {

	private LegalViews() {
	}

	record LawView(String code, String title, String shortTitle, String level, String levelName, String issuingBody,
			String versionNote, LocalDate promulgatedOn, LocalDate effectiveOn, String status) {

		static LawView of(LegalText l) {
			return new LawView(l.code(), l.title(), l.shortTitle(), l.level().name(), l.level().chineseName(),
					l.issuingBody(), l.versionNote(), l.promulgatedOn(), l.effectiveOn(), l.status().chineseName());
		}
	}

	record ProvisionView(String citation, String label, String lawTitle, String text, String excerpt,
			LocalDate effectiveFrom, LocalDate effectiveTo, String status) {

		static ProvisionView of(ResolvedProvision p) {
			return new ProvisionView(p.citation().toString(), p.label(), p.law().title(), p.version().text(),
					p.excerpt(), p.version().effectiveFrom(), p.version().effectiveTo(),
					p.version().status().chineseName());
		}
	}

	record CitationView(String citation, String label) {

		static List<CitationView> of(List<Citation> citations, Map<String, String> titles) {
			return citations.stream().map((c) -> new CitationView(c.toString(), LegalTexts.label(c, titles))).toList();
		}
	}

	record ViolationTypeView(String code, String name, String field, List<String> partyTypes,
			List<CitationView> violated, List<CitationView> penaltyProvisions, List<String> penaltyTypes,
			Map<String, String> statutoryRange, ResponsibleView responsiblePersons, List<MeasureView> measures,
			List<RegimeView> earlierVersions, String notWaivable, List<String> dailyOriginals,
			BenchmarkView benchmark) {

		static ViolationTypeView of(ViolationType t, Map<String, String> titles, Benchmark benchmark) {
			return new ViolationTypeView(t.code(), t.name(), t.field(),
					t.parties().stream().map(PartyType::name).sorted().toList(), CitationView.of(t.violated(), titles),
					CitationView.of(t.penaltyProvisions(), titles),
					t.penaltyTypes().stream().map((p) -> p.chineseName()).toList(), describe(t.statutory()),
					ResponsibleView.of(t.responsible(), titles),
					t.measures()
						.stream()
						.map((m) -> new MeasureView(m.measure().chineseName(), m.condition().chineseName(),
								CitationView.of(m.basis(), titles)))
						.toList(),
					t.earlier()
						.stream()
						.map((r) -> new RegimeView(r.effectiveFrom(), r.effectiveTo(), r.note(),
								CitationView.of(r.penaltyProvisions(), titles), describe(r.statutory()),
								ResponsibleView.of(r.responsible(), titles)))
						.toList(),
					t.notWaivable(), t.dailyOriginals(), (benchmark != null) ? BenchmarkView.of(benchmark) : null);
		}

		static Map<String, String> describe(Map<PartyType, AmountFormula> ranges) {
			Map<String, String> statutory = new LinkedHashMap<>();
			ranges.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach((e) -> statutory.put(e.getKey().name(), e.getValue().describe()));
			return statutory;
		}
	}

	/** 双罚: the additional fine on a unit's responsible persons. */
	record ResponsibleView(String who, String range, List<CitationView> basis) {

		static ResponsibleView of(ResponsiblePersons r, Map<String, String> titles) {
			return (r != null) ? new ResponsibleView(r.who(), r.range().describe(), CitationView.of(r.basis(), titles))
					: null;
		}
	}

	record MeasureView(String measure, String condition, List<CitationView> basis) {
	}

	record RegimeView(LocalDate effectiveFrom, LocalDate effectiveTo, String note, List<CitationView> penaltyProvisions,
			Map<String, String> statutoryRange, ResponsibleView responsiblePersons) {
	}

	record BenchmarkView(int revision, String title, LocalDate effectiveFrom, LocalDate effectiveTo, String rule,
			List<FactorView> factors, List<BandView> bands, String waiver) {

		static BenchmarkView of(Benchmark b) {
			return new BenchmarkView(b.revision(), b.title(), b.effectiveFrom(), b.effectiveTo(),
					"就高：各裁量因素所对应的最重档次；主动消除或者减轻危害后果的从轻一档，不低于轻微档；是否不予处罚依照行政处罚法第三十三条另行判断",
					b.factors().stream().map(FactorView::of).toList(),
					b.bands()
						.stream()
						.map((band) -> new BandView(band.band().name(), band.band().chineseName(),
								describe(band.amounts()),
								band.penalties().stream().map((p) -> p.chineseName()).toList()))
						.toList(),
					(b.waiver() != null) ? b.waiver().basis() : null);
		}

		private static Map<String, String> describe(Map<PartyType, AmountFormula> amounts) {
			Map<String, String> described = new LinkedHashMap<>();
			amounts.forEach((party, formula) -> described.put(party.name(), formula.describe()));
			return described;
		}
	}

	record FactorView(String code, String name, List<OptionView> options) {

		static FactorView of(Factor f) {
			return new FactorView(f.code(), f.name(), f.options()
				.stream()
				.map((o) -> new OptionView(o.code(), o.label(), o.mitigating() ? "从轻一档" : o.band().chineseName()))
				.toList());
		}
	}

	record OptionView(String code, String label, String effect) {
	}

	record BandView(String band, String bandName, Map<String, String> amounts, List<String> penaltyTypes) {
	}

	record MatterView(String code, String name, String category, String categoryName, List<String> levels,
			boolean randomInspection, List<CitationView> basis, List<String> violationTypes) {

		static MatterView of(EnforcementMatter m, Map<String, String> titles) {
			return new MatterView(m.code(), m.name(), m.category().name(), m.category().chineseName(), m.levels(),
					m.randomInspection(), CitationView.of(m.basis(), titles), m.violationCodes());
		}
	}

	record ResultView(String violationType, String violationName, String partyType, String outcome, String outcomeName,
			String band, String bandName, String min, String max, List<String> penaltyTypes, LocalDate lawDate,
			List<ProvisionView> violated, List<ProvisionView> penaltyProvisions, String benchmarkClause, String formula,
			String noPenaltyOption, boolean educationRequired, boolean reduced, boolean collectiveDiscussion,
			ResponsibleLineView responsiblePersons, List<ProposedMeasureView> measures, List<String> reasons) {

		static ResultView of(DiscretionResult r) {
			return new ResultView(r.violationCode(), r.violationName(), r.party().name(), r.outcome().name(),
					r.outcome().chineseName(), r.band().name(), r.band().chineseName(), r.min().toString(),
					r.max().toString(), r.penaltyTypes().stream().map((p) -> p.chineseName()).toList(), r.lawDate(),
					r.violated().stream().map(ProvisionView::of).toList(),
					r.penaltyProvisions().stream().map(ProvisionView::of).toList(), r.benchmarkClause(), r.formula(),
					r.noPenaltyOption(), r.educationRequired(), r.reduced(), r.collectiveDiscussion(),
					(r.responsible() != null) ? new ResponsibleLineView(r.responsible().who(),
							r.responsible().min().toString(), r.responsible().max().toString(), r.responsible().basis())
							: null,
					r.measures()
						.stream()
						.map((m) -> new ProposedMeasureView(m.measure().name(), m.measureName(), m.optional(),
								m.reason(), m.basis()))
						.toList(),
					r.reasons());
		}
	}

	record ResponsibleLineView(String who, String min, String max, String basis) {
	}

	record ProposedMeasureView(String measure, String measureName, boolean optional, String condition, String basis) {
	}

}
