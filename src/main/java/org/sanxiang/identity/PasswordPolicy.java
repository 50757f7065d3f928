package org.sanxiang.identity;

import java.time.Clock;
import java.time.Instant;

import org.sanxiang.core.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * Password rules (等保 2.0 三级 身份鉴别): a minimum length, a minimum number of character
 * classes (lower case, upper case, digits, symbols), no part of the username, and a
 * maximum age after which the password must be changed.
 */
@Component
class PasswordPolicy {

	static final int MAX_LENGTH = 128;

	private final SecurityProperties.Password settings;

	private final Clock clock;

	PasswordPolicy(SecurityProperties properties, Clock clock) {
		this.settings = properties.password();
		this.clock = clock;
	}

	void check(String username, String password) {
		if (password == null || password.length() < this.settings.minLength()) {
			throw refuse("密码长度至少为" + this.settings.minLength() + "位");
		}
		if (password.length() > MAX_LENGTH) {
			throw refuse("密码长度不能超过" + MAX_LENGTH + "位");
		}
		if (password.chars().anyMatch(Character::isISOControl)) {
			throw refuse("密码不能包含控制字符");
		}
		if (characterClasses(password) < this.settings.minCharacterClasses()) {
			throw refuse("密码须包含大写字母、小写字母、数字、符号中的至少" + this.settings.minCharacterClasses() + "类");
		}
		if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
			throw refuse("密码不能包含用户名");
		}
	}

	boolean isExpired(Instant changedAt) {
		return changedAt.plus(this.settings.maxAge()).isBefore(this.clock.instant());
	}

	static int characterClasses(String password) {
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean symbol = password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c));
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	private static RuleViolation refuse(String message) {
		return new RuleViolation("PASSWORD_POLICY", message);
	}

}
