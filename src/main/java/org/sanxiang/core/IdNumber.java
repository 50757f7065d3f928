package org.sanxiang.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 公民身份号码 after GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence
 * and a check digit after ISO 7064 MOD 11-2 (GB 11643-1999 第4.2条, 第8章). A lowercase
 * {@code x} is read as {@code X}. The address code must start with a province (GB/T 2260;
 * 83 for 台湾居民居住证, 91 for 国外); a number starting with 9 followed by a province is a
 * 外国人永久居留身份证 number (2023 edition), which uses the same structure. The birth date must
 * exist and not be in the future; 1850 is the floor (the standard's own example,
 * 440524188001010014, was born in 1880).
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_DIGITS = "10X98765432";

	private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[0-9]{17}[0-9X]");

	static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82", "83", "91");

	public IdNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("ID_NUMBER_FORMAT", "身份证号须为17位数字加1位数字或X");
		}
	}

	/**
	 * Parses an ID number (surrounding blanks ignored, {@code x} read as {@code X}),
	 * refusing with a stable code; {@code today} bounds the birth date.
	 */
	public static IdNumber parse(String raw, LocalDate today) {
		String normalised = normalise(raw);
		check(normalised, today).ifPresent((violation) -> {
			throw violation;
		});
		return new IdNumber(normalised);
	}

	/** The reason {@code raw} is not a valid ID number on {@code today}, if it is not. */
	public static Optional<RuleViolation> check(String raw, LocalDate today) {
		String id = normalise(raw);
		if (id == null || id.isEmpty()) {
			return violation("ID_NUMBER_REQUIRED", "请填写身份证号");
		}
		if (id.length() != 18) {
			return violation("ID_NUMBER_LENGTH", "身份证号须为18位");
		}
		if (!FORMAT.matcher(id).matches()) {
			return violation("ID_NUMBER_FORMAT", "身份证号须为17位数字加1位数字或X");
		}
		String province = id.charAt(0) == '9' ? id.substring(1, 3) : id.substring(0, 2);
		if (!PROVINCES.contains(province)) {
			return violation("ID_NUMBER_REGION", "身份证号前两位不是有效的省级行政区划代码");
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return violation("ID_NUMBER_BIRTH_DATE", "身份证号中的出生日期不存在");
		}
		if (birth.getYear() < 1850 || birth.isAfter(today)) {
			return violation("ID_NUMBER_BIRTH_DATE", "身份证号中的出生日期不能早于1850年或晚于今天");
		}
		if (id.charAt(17) != checkDigit(id)) {
			return violation("ID_NUMBER_CHECK_DIGIT", "身份证号校验码错误，请核对");
		}
		return Optional.empty();
	}

	/** The 18-character number whose first 17 digits are {@code first17}. */
	public static String withCheckDigit(String first17) {
		return first17 + checkDigit(first17);
	}

	static char checkDigit(String id) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_DIGITS.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(this.value.substring(6, 10)),
				Integer.parseInt(this.value.substring(10, 12)), Integer.parseInt(this.value.substring(12, 14)));
	}

	/**
	 * Shown by default: the first 4 and last 4 characters, e.g.
	 * {@code 2310**********1234}.
	 */
	public String masked() {
		return this.value.substring(0, 4) + "*".repeat(10) + this.value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String normalise(String raw) {
		return raw == null ? null : raw.strip().replace('x', 'X');
	}

	private static Optional<RuleViolation> violation(String code, String message) {
		return Optional.of(new RuleViolation(code, message));
	}

}
