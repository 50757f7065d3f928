package org.sanxiang.legalbasis;

import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * What an article text may contain: 1–20,000 characters, line breaks allowed, no other
 * control characters. Angle brackets are allowed (statutes quote 《…》 and 〈…〉; some use
 * <…>) — every page escapes them.
 */
final class ArticleTextRules {

	static final int MAX_LENGTH = 20_000;

	private ArticleTextRules() {
	}

	static void check(String text, String note) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new RuleViolation("INVALID_ARTICLE_TEXT", "条文内容须为1–20000个字符", HttpStatus.BAD_REQUEST);
		}
		if (text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
			throw new RuleViolation("INVALID_ARTICLE_TEXT", "条文内容不得包含控制字符", HttpStatus.BAD_REQUEST);
		}
		if (note != null && !note.isBlank() && !PlainText.isAcceptable(note, 500)) {
			throw new RuleViolation("INVALID_NOTE", "修订说明须为500个字符以内，且不含控制字符或尖括号", HttpStatus.BAD_REQUEST);
		}
	}

}
