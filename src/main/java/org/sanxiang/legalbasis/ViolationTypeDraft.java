package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sanxiang.core.PlainText;

/**
 * A new violation type as a legal reviewer types it, with the first revision of its
 * benchmark: violated and penalty provisions (resolved on the effective date), penalty
 * types, the statutory fine range per party type (处X元以上Y元以下; blank = the party type is
 * not punishable), the factors (chosen among those other benchmarks use) and 首违不罚. Bands
 * are the standard split of the statutory range, editable afterwards like any band.
 */
record ViolationTypeDraft(String code, String name, String field, String violated, String penalty,
		List<String> penaltyTypes, Map<PartyType, String[]> statutory, List<String> factors, boolean waiver,
		LocalDate effectiveFrom) {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

	private static final BigDecimal MAX_FINE = new BigDecimal("1000000000");

	public ViolationTypeDraft {
		penaltyTypes = (penaltyTypes != null) ? List.copyOf(penaltyTypes) : List.of();
		factors = (factors != null) ? List.copyOf(factors) : List.of();
		statutory = (statutory != null) ? Map.copyOf(statutory) : Map.of();
	}

	ViolationType check(LegalTexts texts, LocalDate today, List<InvalidLegalInput.Problem> problems) {
		if (this.code == null || !CODE.matcher(this.code.strip()).matches()) {
			problems.add(new InvalidLegalInput.Problem("code", "INVALID_VIOLATION_CODE",
					"编码须为2–40个大写字母、数字或连字符，如 AIR-ODOUR"));
		}
		if (!PlainText.isAcceptable(this.name, 200)) {
			problems
				.add(new InvalidLegalInput.Problem("name", "INVALID_VIOLATION_NAME", "请填写违法行为名称（200个字符以内，不含控制字符或尖括号）"));
		}
		if (!PlainText.isAcceptable(this.field, 40)) {
			problems.add(new InvalidLegalInput.Problem("field", "INVALID_FIELD", "请填写领域（40个字符以内），如 大气"));
		}
		if (this.effectiveFrom == null) {
			problems.add(new InvalidLegalInput.Problem("effectiveFrom", "MISSING_DATE", "请填写裁量基准的施行日期"));
		}
		LocalDate on = (this.effectiveFrom != null) ? this.effectiveFrom : today;
		List<Citation> violatedCitations = MatterDraft.citations(this.violated, "violated", on, texts, problems);
		List<Citation> penaltyCitations = MatterDraft.citations(this.penalty, "penalty", on, texts, problems);
		List<PenaltyType> types = new ArrayList<>();
		for (String type : new LinkedHashSet<>(this.penaltyTypes)) {
			for (PenaltyType candidate : PenaltyType.values()) {
				if (candidate.name().equals(type)) {
					types.add(candidate);
				}
			}
		}
		if (types.isEmpty() || types.size() != new LinkedHashSet<>(this.penaltyTypes).size()) {
			problems.add(new InvalidLegalInput.Problem("penaltyTypes", "UNKNOWN_PENALTY_TYPE", "请选择处罚种类"));
		}
		Map<PartyType, AmountFormula> ranges = new EnumMap<>(PartyType.class);
		this.statutory
			.forEach((party, bounds) -> range(party, bounds, problems).ifPresent((r) -> ranges.put(party, r)));
		if (ranges.isEmpty() && problems.stream().noneMatch((p) -> p.field().startsWith("statutory"))) {
			problems.add(new InvalidLegalInput.Problem("statutory", "MISSING_STATUTORY_RANGE", "请至少为一类当事人填写法定罚款幅度"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new ViolationType(this.code.strip(), this.name.strip(), this.field.strip(), ranges.keySet(),
				violatedCitations, penaltyCitations, types, ranges);
	}

	private static java.util.Optional<AmountFormula> range(PartyType party, String[] bounds,
			List<InvalidLegalInput.Problem> problems) {
		boolean blank = bounds == null || bounds.length != 2
				|| ((bounds[0] == null || bounds[0].isBlank()) && (bounds[1] == null || bounds[1].isBlank()));
		if (blank) {
			return java.util.Optional.empty();
		}
		String field = "statutory." + party.name();
		try {
			BigDecimal lower = new BigDecimal(bounds[0].strip());
			BigDecimal upper = new BigDecimal(bounds[1].strip());
			if (lower.signum() < 0 || upper.compareTo(lower) <= 0 || upper.compareTo(MAX_FINE) > 0 || lower.scale() > 2
					|| upper.scale() > 2) {
				throw new NumberFormatException();
			}
			return java.util.Optional.of(new AmountFormula(AmountFormula.Kind.FIXED, lower, upper, null, null));
		}
		catch (NumberFormatException | NullPointerException ex) {
			problems.add(new InvalidLegalInput.Problem(field, "INVALID_STATUTORY_RANGE",
					party.chineseName() + "的法定罚款幅度须为 0 ≤ 下限 < 上限 ≤ 10亿元，最多两位小数"));
			return java.util.Optional.empty();
		}
	}

}
