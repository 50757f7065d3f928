package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The factor-editing form of a violation type page: every option of every factor (code
 * fixed, label, effect, remove) plus one blank row per factor for a new option, the 首违不罚
 * switch, the effective date and the note. Field names are those the refusals name
 * ({@code factors[0].options[1].label}).
 */
record FactorForm(List<FactorRow> factors, boolean waiver, String effectiveFrom, String note, int basedOn) {

	private static final int MAX_ROWS = 60;

	record FactorRow(String code, String name, List<OptionRow> options) {
	}

	record OptionRow(String code, String label, String effect, boolean removed, boolean existing) {

		boolean isBlank() {
			return !this.existing && blank(this.code) && blank(this.label);
		}
	}

	static FactorForm of(Benchmark latest) {
		List<FactorRow> rows = new ArrayList<>();
		for (Factor f : latest.factors()) {
			List<OptionRow> options = new ArrayList<>();
			f.options()
				.forEach((o) -> options.add(new OptionRow(o.code(), o.label(),
						o.mitigating() ? "MITIGATE" : o.band().name(), false, true)));
			options.add(new OptionRow("", "", "MINOR", false, false));
			rows.add(new FactorRow(f.code(), f.name(), options));
		}
		return new FactorForm(rows, latest.waiver() != null, "", "", latest.revision());
	}

	static FactorForm read(Map<String, String> params, Benchmark latest) {
		List<FactorRow> rows = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && params.containsKey("factors[" + i + "].code"); i++) {
			String f = "factors[" + i + "]";
			String code = params.get(f + ".code");
			String name = latest.factor(code).map(Factor::name).orElse(code);
			List<OptionRow> options = new ArrayList<>();
			for (int j = 0; j < MAX_ROWS && params.containsKey(f + ".options[" + j + "].code"); j++) {
				String o = f + ".options[" + j + "]";
				options.add(new OptionRow(params.get(o + ".code"), params.get(o + ".label"), params.get(o + ".effect"),
						params.containsKey(o + ".removed"), params.containsKey(o + ".existing")));
			}
			rows.add(new FactorRow(code, name, options));
		}
		int basedOn;
		try {
			basedOn = Integer.parseInt(params.getOrDefault("basedOn", "-1"));
		}
		catch (NumberFormatException ex) {
			basedOn = -1;
		}
		return new FactorForm(rows, params.containsKey("waiver"), params.get("effectiveFrom"), params.get("note"),
				basedOn);
	}

	/** The edit as the catalogue takes it; blank new-option rows are left out. */
	FactorChanges changes() {
		return new FactorChanges(this.factors.stream()
			.map((f) -> new FactorChanges.FactorDraft(f.code(),
					f.options()
						.stream()
						.filter((o) -> !o.isBlank())
						.map((o) -> new FactorChanges.OptionDraft(o.code(), o.label(), o.effect(), o.removed()))
						.toList()))
			.toList(), this.waiver);
	}

	LocalDate date() {
		return FormDates.parse("effectiveFrom", this.effectiveFrom);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
