package org.sanxiang.core;

/**
 * Rules for short plain-text fields (names, titles) that appear on pages and in
 * documents: not blank, bounded, no control characters and no angle brackets (so no
 * markup can ever be stored in them).
 */
public final class PlainText {

	private PlainText() {
	}

	public static boolean isAcceptable(String value, int maxLength) {
		return value != null && !value.isBlank() && value.length() <= maxLength
				&& value.chars().noneMatch((c) -> Character.isISOControl(c) || c == '<' || c == '>');
	}

}
