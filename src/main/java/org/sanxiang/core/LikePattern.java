package org.sanxiang.core;

/**
 * What a person typed, made safe for SQL {@code LIKE}: {@code %}, {@code _} and the
 * escape character itself match only themselves. Every query that uses it says
 * {@code like :p escape '\'} — the same on H2 and PostgreSQL.
 */
public final class LikePattern {

	/** The escape character the queries declare ({@code escape '\'}). */
	public static final char ESCAPE = '\\';

	private LikePattern() {
	}

	/**
	 * The text with {@code \}, {@code %} and {@code _} escaped; {@code null} as empty.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ESCAPE || c == '%' || c == '_') {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/** A pattern for values containing {@code text} anywhere (surrounding blanks cut). */
	public static String containing(String text) {
		return "%" + escape((text == null) ? null : text.strip()) + "%";
	}

}
