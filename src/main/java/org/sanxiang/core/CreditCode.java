package org.sanxiang.core;

import java.util.Optional;

/**
 * 统一社会信用代码 after GB 32100-2015: 18 characters from the code set 0-9 A-H J-N P-R T-U W-Y
 * (no I, O, S, V, Z) — 登记管理部门代码 (1), 机构类别代码 (1), 登记管理机关行政区划码 (6 digits), 主体标识码 (9) and a
 * check character computed with weights 3^i mod 31 (GB 32100-2015 第5.3条 and 附录B).
 */
public record CreditCode(String value) {

	static final String CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		check(value).ifPresent((violation) -> {
			throw violation;
		});
	}

	/** Parses a credit code (surrounding blanks ignored), refusing with a stable code. */
	public static CreditCode parse(String raw) {
		return new CreditCode(raw == null ? null : raw.strip());
	}

	/** The reason {@code raw} is not a valid credit code, if it is not. */
	public static Optional<RuleViolation> check(String raw) {
		if (raw == null || raw.isBlank()) {
			return violation("CREDIT_CODE_REQUIRED", "请填写统一社会信用代码");
		}
		if (raw.length() != 18) {
			return violation("CREDIT_CODE_LENGTH", "统一社会信用代码须为18位");
		}
		for (int i = 0; i < 18; i++) {
			char c = raw.charAt(i);
			if (CODE_SET.indexOf(c) < 0) {
				return violation("CREDIT_CODE_CHARSET", "统一社会信用代码第" + (i + 1) + "位字符不合规（只能是数字和除I、O、S、V、Z外的大写字母）");
			}
			if (i >= 2 && i < 8 && (c < '0' || c > '9')) {
				return violation("CREDIT_CODE_REGION", "统一社会信用代码第3–8位须为行政区划代码（6位数字）");
			}
		}
		if (raw.charAt(17) != checkCharacter(raw)) {
			return violation("CREDIT_CODE_CHECK_CHARACTER", "统一社会信用代码校验码错误，请核对");
		}
		return Optional.empty();
	}

	/** The 18-character code whose first 17 characters are {@code first17}. */
	public static CreditCode withCheckCharacter(String first17) {
		return new CreditCode(first17 + checkCharacter(first17));
	}

	static char checkCharacter(CharSequence code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CODE_SET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return CODE_SET.charAt((31 - sum % 31) % 31);
	}

	/** 登记管理机关行政区划码 (characters 3–8). */
	public String registrationRegion() {
		return this.value.substring(2, 8);
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static Optional<RuleViolation> violation(String code, String message) {
		return Optional.of(new RuleViolation(code, message));
	}

}
