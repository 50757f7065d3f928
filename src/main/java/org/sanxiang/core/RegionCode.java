package org.sanxiang.core;

import java.util.Optional;

/**
 * 行政区划代码 after GB/T 2260: six digits — province (2), prefecture (2), county (2). Checked
 * structurally, not against the published list (which changes every year): a known
 * province, and a county part only under a prefecture part ({@code 23 00 83} is refused).
 */
public record RegionCode(String value) {

	private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("[0-9]{6}");

	public RegionCode {
		check(value).ifPresent((violation) -> {
			throw violation;
		});
	}

	public static RegionCode parse(String raw) {
		return new RegionCode(raw == null ? null : raw.strip());
	}

	/** The reason {@code raw} is not a structurally valid region code, if it is not. */
	public static Optional<RuleViolation> check(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.of(new RuleViolation("REGION_CODE_REQUIRED", "请填写行政区划代码"));
		}
		if (!SIX_DIGITS.matcher(raw).matches()) {
			return Optional.of(new RuleViolation("REGION_CODE_FORMAT", "行政区划代码须为6位数字"));
		}
		if (!IdNumber.PROVINCES.contains(raw.substring(0, 2)) || raw.startsWith("91")) {
			return Optional.of(new RuleViolation("REGION_CODE_PROVINCE", "行政区划代码前两位不是有效的省级代码"));
		}
		if (raw.substring(2, 4).equals("00") && !raw.substring(4).equals("00")) {
			return Optional.of(new RuleViolation("REGION_CODE_STRUCTURE", "行政区划代码的县级部分须在地市级部分之下"));
		}
		return Optional.empty();
	}

	public String province() {
		return this.value.substring(0, 2) + "0000";
	}

	public boolean isProvince() {
		return this.value.endsWith("0000");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
