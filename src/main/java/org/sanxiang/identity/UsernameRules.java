package org.sanxiang.identity;

import java.util.regex.Pattern;

/**
 * What a username may look like: 3–32 lower-case letters, digits, dot, underscore or
 * hyphen.
 */
final class UsernameRules {

	static final String MESSAGE = "用户名须为3–32位小写字母、数字、点、下划线或连字符，且以字母或数字开头";

	private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

	private UsernameRules() {
	}

	static boolean isWellFormed(String username) {
		return username != null && username.length() <= 32 && PATTERN.matcher(username).matches();
	}

}
