package org.sanxiang.legalbasis;

/** Chinese numerals as used in article numbers (第一百一十二条), 1–999. */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	static String of(int n) {
		if (n < 1 || n > 999) {
			throw new IllegalArgumentException("out of range: " + n);
		}
		int hundreds = n / 100;
		int tens = (n / 10) % 10;
		int ones = n % 10;
		StringBuilder text = new StringBuilder();
		if (hundreds > 0) {
			text.append(DIGITS.charAt(hundreds)).append('百');
		}
		if (tens > 0) {
			if (hundreds > 0 || tens > 1) {
				text.append(DIGITS.charAt(tens));
			}
			text.append('十');
		}
		else if (hundreds > 0 && ones > 0) {
			text.append('零');
		}
		if (ones > 0) {
			text.append(DIGITS.charAt(ones));
		}
		return text.toString();
	}

	/** Parses 一 … 九百九十九 (also 十二, 一百一十二, 一百零八); -1 if not a numeral. */
	static int parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 8) {
			return -1;
		}
		for (int n = 1; n <= 999; n++) {
			if (of(n).equals(text)) {
				return n;
			}
		}
		return -1;
	}

}
