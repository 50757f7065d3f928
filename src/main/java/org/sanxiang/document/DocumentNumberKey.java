package org.sanxiang.document;

import java.text.Normalizer;

/**
 * A 文号 as people type it, reduced to a key: full-width letters and digits as ASCII, every
 * kind of bracket — ASCII ( ) [ ], （）, 【】, ［］, 〔〕 — as 〔〕, and no spaces; so that
 * 牡环罚[2026]12号 and 牡环罚 (2026) 12 号 find 牡环罚〔2026〕12号.
 */
public final class DocumentNumberKey {

	private DocumentNumberKey() {
	}

	public static String of(String typed) {
		if (typed == null) {
			return null;
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			switch (cp) {
				case '(', '[', '【', '〔', '（', '［', '〖' -> key.append('〔');
				case ')', ']', '】', '〕', '）', '］', '〗' -> key.append('〕');
				default -> {
					if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
						key.appendCodePoint(cp);
					}
				}
			}
		});
		return key.toString();
	}

}
