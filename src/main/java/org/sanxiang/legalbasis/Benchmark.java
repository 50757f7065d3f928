package org.sanxiang.legalbasis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.EffectiveDated;

/**
 * One revision of the discretion benchmark (裁量基准) of a violation type: its factors, its
 * bands and, where 首违不罚 applies, the waiver. A revision is in force from
 * {@code effectiveFrom} until the day before the next revision; revisions are never
 * changed, only succeeded (行政处罚法 第三十四条: benchmarks are published, so the text applied on
 * a date must stay reproducible).
 */
public record Benchmark(String violationCode, int revision, String title, LocalDate effectiveFrom,
		LocalDate effectiveTo, List<Factor> factors, List<BandRule> bands, Waiver waiver, String recordedBy,
		Instant recordedAt, String note) implements EffectiveDated {

	public Benchmark {
		factors = List.copyOf(factors);
		bands = List.copyOf(bands);
	}

	public Optional<Factor> factor(String code) {
		return this.factors.stream().filter((f) -> f.code().equals(code)).findFirst();
	}

	public Optional<BandRule> band(Band band) {
		return this.bands.stream().filter((b) -> b.band() == band).findFirst();
	}

	/** The clause a decision cites, e.g. 《…裁量基准》第3版（2021-07-15施行）. */
	public String clause() {
		return "《" + this.title + "》第" + this.revision + "版（" + this.effectiveFrom + "起施行）";
	}

	/**
	 * This revision applied to the law of an earlier version of the statute: the same
	 * factors, and bands that are the standard split of that version's statutory range,
	 * with only the penalty types that version gives (a benchmark made for the current
	 * statute cannot carry its figures into an older one).
	 */
	Benchmark forEarlier(Regime regime) {
		java.util.Map<Band, java.util.Map<PartyType, AmountFormula>> split = CatalogueFile
			.standardSplit(regime.statutory());
		List<BandRule> adapted = this.bands.stream()
			.map((b) -> new BandRule(b.band(), split.get(b.band()),
					b.penalties().stream().filter(regime.penaltyTypes()::contains).toList()))
			.toList();
		return new Benchmark(this.violationCode, this.revision, this.title, this.effectiveFrom, this.effectiveTo,
				this.factors, adapted, this.waiver, this.recordedBy, this.recordedAt, this.note);
	}

	Benchmark succeededBy(List<Factor> newFactors, List<BandRule> newBands, Waiver newWaiver, LocalDate from, String by,
			Instant at, String why) {
		return new Benchmark(this.violationCode, this.revision + 1, this.title, from, null, newFactors, newBands,
				newWaiver, by, at, why);
	}

}
