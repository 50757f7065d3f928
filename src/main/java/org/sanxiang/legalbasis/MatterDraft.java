package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

/**
 * An enforcement matter as a legal reviewer types it: code, name, category, levels
 * (省/市/县), 双随机 or not, legal basis (one citation per line, e.g. {@code AIR 99(2)} or
 * {@code 大气污染防治法 第九十九条}), linked violation types. Each citation must resolve to a text in
 * force on the matter's effective date.
 */
record MatterDraft(String code, String name, String category, List<String> levels, boolean randomInspection,
		String basis, List<String> violationCodes) {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

	static final List<String> LEVELS = List.of("省", "市", "县");

	public MatterDraft {
		levels = (levels != null) ? List.copyOf(levels) : List.of();
		violationCodes = (violationCodes != null) ? List.copyOf(violationCodes) : List.of();
	}

	/** The matter this draft describes, or every refused field in {@code problems}. */
	EnforcementMatter check(LocalDate on, LegalTexts texts, ViolationCatalogue catalogue,
			List<InvalidLegalInput.Problem> problems) {
		if (this.code == null || !CODE.matcher(this.code.strip()).matches()) {
			problems.add(new InvalidLegalInput.Problem("code", "INVALID_MATTER_CODE", "编码须为2–40个大写字母、数字或连字符，如 CF-027"));
		}
		if (!PlainText.isAcceptable(this.name, 300)) {
			problems.add(new InvalidLegalInput.Problem("name", "INVALID_MATTER_NAME", "请填写事项名称（300个字符以内，不含控制字符或尖括号）"));
		}
		MatterCategory category = null;
		for (MatterCategory c : MatterCategory.values()) {
			category = c.name().equals(this.category) ? c : category;
		}
		if (category == null) {
			problems.add(new InvalidLegalInput.Problem("category", "UNKNOWN_CATEGORY", "请选择事项类别"));
		}
		Set<String> levels = new LinkedHashSet<>();
		LEVELS.stream().filter(this.levels::contains).forEach(levels::add);
		if (levels.isEmpty() || levels.size() != new LinkedHashSet<>(this.levels).size()) {
			problems.add(new InvalidLegalInput.Problem("levels", "INVALID_LEVELS", "请选择实施层级（省、市、县）"));
		}
		List<Citation> basis = citations(this.basis, "basis", on, texts, problems);
		List<String> types = new ArrayList<>();
		for (String type : new LinkedHashSet<>(this.violationCodes)) {
			try {
				types.add(catalogue.type(type).code());
			}
			catch (RuleViolation ex) {
				problems.add(new InvalidLegalInput.Problem("violationCodes", ex.code(), ex.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new EnforcementMatter(this.code.strip(), this.name.strip(), category, List.copyOf(levels),
				this.randomInspection, basis, types);
	}

	/**
	 * Citations typed one a line (or separated by ；/、), each resolved on {@code on}; the
	 * refused ones are reported against {@code field}.
	 */
	static List<Citation> citations(String lines, String field, LocalDate on, LegalTexts texts,
			List<InvalidLegalInput.Problem> problems) {
		List<Citation> citations = new ArrayList<>();
		String text = (lines != null) ? lines : "";
		if (text.length() > 1500) {
			problems.add(new InvalidLegalInput.Problem(field, "INVALID_CITATION", "法律依据过长"));
			return citations;
		}
		for (String line : text.split("[\\n;；、]")) {
			if (line.isBlank()) {
				continue;
			}
			try {
				Citation citation = parse(line.strip());
				citations.add(texts.resolve(citation, on).citation());
			}
			catch (RuleViolation ex) {
				problems.add(new InvalidLegalInput.Problem(field, ex.code(),
						"「" + abbreviate(line) + "」：" + ex.getMessage()));
			}
		}
		if (citations.isEmpty() && problems.stream().noneMatch((p) -> p.field().equals(field))) {
			problems.add(new InvalidLegalInput.Problem(field, "MISSING_BASIS", "请填写至少一条法律依据，如 AIR 99(2)"));
		}
		return citations;
	}

	/** {@code AIR 99(2)}, or {@code 大气污染防治法 第九十九条} / {@code 《大气污染防治法》第九十九条}. */
	private static Citation parse(String line) {
		String normalised = line.replace("》", "》 ").replace("《", "").replace("》", "").strip();
		int split = normalised.indexOf('第');
		if (!normalised.contains(" ") && split > 0) {
			return Citation.parse(normalised.substring(0, split), normalised.substring(split));
		}
		return Citation.parse(normalised);
	}

	private static String abbreviate(String line) {
		String value = line.strip();
		return (value.length() > 30) ? value.substring(0, 30) + "…" : value;
	}

}
