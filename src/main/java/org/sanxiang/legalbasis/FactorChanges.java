package org.sanxiang.legalbasis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.core.PlainText;

/**
 * A legal reviewer's edit of a benchmark's factor options and of its 首违不罚 waiver, checked
 * against the revision it changes. The factors themselves stay (same codes, same order);
 * their options may be relabelled, pointed at another band or made mitigating, added and
 * removed. Every refused field is reported at once; a refused edit changes nothing.
 */
public record FactorChanges(List<FactorDraft> factors, boolean waiver) {

	static final Pattern OPTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

	static final String MITIGATE = "MITIGATE";

	public FactorChanges {
		factors = List.copyOf(factors);
	}

	/** One factor as edited: its code (unchanged) and its options in order. */
	public record FactorDraft(String code, List<OptionDraft> options) {

		public FactorDraft {
			options = List.copyOf(options);
		}
	}

	/**
	 * One option as edited. {@code effect} is a band (MINOR … SEVERE) or MITIGATE (从轻一档);
	 * {@code removed} drops an existing option.
	 */
	public record OptionDraft(String code, String label, String effect, boolean removed) {
	}

	/** The factors and waiver of the next revision. */
	record Applied(List<Factor> factors, Waiver waiver) {
	}

	Applied applyTo(Benchmark latest, List<InvalidLegalInput.Problem> problems) {
		List<Factor> result = new ArrayList<>();
		if (this.factors.size() != latest.factors().size()) {
			problems.add(new InvalidLegalInput.Problem("factors", "FACTORS_CHANGED", "裁量因素与现行版本不一致，请刷新后重试"));
			return new Applied(latest.factors(), latest.waiver());
		}
		for (int i = 0; i < this.factors.size(); i++) {
			FactorDraft draft = this.factors.get(i);
			Factor current = latest.factors().get(i);
			String field = "factors[" + i + "]";
			if (!current.code().equals(draft.code())) {
				problems.add(new InvalidLegalInput.Problem(field, "FACTORS_CHANGED", "裁量因素与现行版本不一致，请刷新后重试"));
				continue;
			}
			result.add(new Factor(current.code(), current.name(), options(latest, current, draft, field, problems)));
		}
		return new Applied(result, this.waiver
				? waiver((latest.waiver() != null) ? latest.waiver() : Waiver.FIRST_OFFENCE_MINOR, result, problems)
				: null);
	}

	private static List<Factor.Option> options(Benchmark latest, Factor factor, FactorDraft draft, String field,
			List<InvalidLegalInput.Problem> problems) {
		List<Factor.Option> options = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int j = 0; j < draft.options().size(); j++) {
			OptionDraft o = draft.options().get(j);
			if (o.removed()) {
				continue;
			}
			String at = field + ".options[" + j + "]";
			String code = (o.code() != null) ? o.code().strip() : "";
			String label = (o.label() != null) ? o.label().strip() : "";
			boolean valid = true;
			if (!OPTION_CODE.matcher(code).matches()) {
				problems.add(new InvalidLegalInput.Problem(at + ".code", "INVALID_OPTION_CODE",
						"选项编码须为大写字母开头的大写字母、数字或下划线（1–30个字符）"));
				valid = false;
			}
			else if (!codes.add(code)) {
				problems.add(new InvalidLegalInput.Problem(at + ".code", "DUPLICATE_OPTION_CODE",
						"裁量因素「" + factor.name() + "」已有选项编码「" + code + "」"));
				valid = false;
			}
			if (label.isEmpty()) {
				problems.add(new InvalidLegalInput.Problem(at + ".label", "EMPTY_OPTION_LABEL", "请填写选项名称"));
				valid = false;
			}
			else if (!PlainText.isAcceptable(label, 100)) {
				problems.add(new InvalidLegalInput.Problem(at + ".label", "INVALID_OPTION_LABEL",
						"选项名称须为100个字符以内，且不含控制字符或尖括号"));
				valid = false;
			}
			Band band = band(latest, o.effect());
			if (band == null && !MITIGATE.equals(o.effect())) {
				problems.add(new InvalidLegalInput.Problem(at + ".effect", "UNKNOWN_BAND",
						"请选择该选项对应的裁量档次（轻微、一般、较重、严重）或“从轻一档”"));
				valid = false;
			}
			if (valid) {
				boolean mitigating = MITIGATE.equals(o.effect());
				options.add(new Factor.Option(code, label, mitigating ? Band.MINOR : band, mitigating));
			}
		}
		if (draft.options().stream().allMatch(OptionDraft::removed)) {
			problems.add(new InvalidLegalInput.Problem(field, "FACTOR_WITHOUT_OPTIONS",
					"裁量因素「" + factor.name() + "」至少须保留一个选项"));
		}
		return options;
	}

	/** A band the benchmark has (不予处罚 is the waiver's result, never an option's). */
	private static Band band(Benchmark latest, String effect) {
		for (Band band : Band.values()) {
			if (band != Band.NO_PENALTY && band.name().equals(effect) && latest.band(band).isPresent()) {
				return band;
			}
		}
		return null;
	}

	/**
	 * The waiver of the current revision (or the standard 首违不罚 conditions), limited to
	 * the options kept; refused when a condition's factor or all its options are gone.
	 */
	static Waiver waiver(Waiver template, List<Factor> factors, List<InvalidLegalInput.Problem> problems) {
		Map<String, Set<String>> when = new LinkedHashMap<>();
		for (Map.Entry<String, Set<String>> condition : template.when().entrySet()) {
			Set<String> kept = new LinkedHashSet<>();
			factors.stream()
				.filter((f) -> f.code().equals(condition.getKey()))
				.flatMap((f) -> f.options().stream())
				.filter((o) -> condition.getValue().contains(o.code()))
				.forEach((o) -> kept.add(o.code()));
			if (kept.isEmpty()) {
				problems.add(new InvalidLegalInput.Problem("waiver", "WAIVER_CONDITION_UNAVAILABLE",
						"首违不罚须能判断初次违法、危害后果轻微和及时改正：该基准缺少裁量因素或选项「" + condition.getKey() + "」"));
				return null;
			}
			when.put(condition.getKey(), kept);
		}
		return new Waiver(when, template.basis());
	}

}
