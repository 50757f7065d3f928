package org.sanxiang.subject;

import java.util.Optional;

import org.sanxiang.core.RuleViolation;

/** Phone numbers: a mainland mobile number (11 digits) or a landline with area code. */
final class Phones {

	private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern
		.compile("1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}");

	private Phones() {
	}

	static Optional<RuleViolation> check(String raw, boolean required) {
		if (raw == null || raw.isBlank()) {
			return required ? Optional.of(new RuleViolation("PHONE_REQUIRED", "请填写联系电话")) : Optional.empty();
		}
		if (!FORMAT.matcher(normalise(raw)).matches()) {
			return Optional.of(new RuleViolation("PHONE_FORMAT", "电话号码须为11位手机号或带区号的固定电话（如0453-6123456）"));
		}
		return Optional.empty();
	}

	static String normalise(String raw) {
		return raw == null ? null : raw.strip().replace(" ", "");
	}

	/** {@code 138****5678}: the first three and last four digits. */
	static String mask(String phone) {
		String p = normalise(phone);
		return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
	}

}
