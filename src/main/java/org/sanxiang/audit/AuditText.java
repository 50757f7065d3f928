package org.sanxiang.audit;

/**
 * Makes untrusted text safe to store and show in the audit trail and logs (no log
 * injection): control characters — CR, LF, TAB and the rest — become visible escapes such
 * as a backslash-n or a backslash-u code, and overlong text is truncated with a note of
 * its original length.
 */
final class AuditText {

	private AuditText() {
	}

	static String escape(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
		boolean truncated = false;
		for (int i = 0; i < text.length() && !truncated; i++) {
			String piece = escaped(text.charAt(i));
			truncated = out.length() + piece.length() > maxLength;
			if (!truncated) {
				out.append(piece);
			}
		}
		if (!truncated) {
			return out.toString();
		}
		String note = "…[截断，原长" + text.length() + "字符]";
		out.setLength(Math.max(0, maxLength - note.length()));
		return out.append(note).toString();
	}

	private static String escaped(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			case '\\' -> "\\\\";
			default -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') ? String.format("\\u%04x", (int) c)
					: String.valueOf(c);
		};
	}

}
