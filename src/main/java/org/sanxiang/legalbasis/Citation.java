package org.sanxiang.legalbasis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * A reference to a provision: law code, article (条), and where needed paragraph (款) and
 * item (项), e.g. {@code AIR 99(2)} = 大气污染防治法 第九十九条第（二）项. Written in Chinese as
 * 第九十九条第一款第（二）项 or in short form as {@code 99}, {@code 99.1}, {@code 99(2)},
 * {@code 99.1(2)}. Paragraph and item are 0 when the citation is to the whole article.
 */
public record Citation(String lawCode, int article, int paragraph, int item) {

	private static final Pattern SHORT = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,2}))?(?:\\((\\d{1,2})\\))?");

	private static final Pattern CHINESE = Pattern
		.compile("第([零一二三四五六七八九十百]{1,8})条(?:第([一二三四五六七八九十]{1,3})款)?(?:第[（(]?([一二三四五六七八九十]{1,3})[）)]?项)?");

	public Citation {
		if (article < 1 || article > 999 || paragraph < 0 || paragraph > 20 || item < 0 || item > 50) {
			throw invalid(String.valueOf(article));
		}
	}

	/** Parses {@code "AIR 99(2)"}: a law code, a space, and an article reference. */
	public static Citation parse(String text) {
		String[] parts = text.strip().split("\\s+", 2);
		if (parts.length != 2) {
			throw invalid(text);
		}
		return parse(parts[0], parts[1]);
	}

	public static Citation parse(String lawCode, String articleReference) {
		if (articleReference == null || articleReference.isBlank() || articleReference.length() > 40) {
			throw invalid(articleReference);
		}
		String reference = articleReference.strip().replace(" ", "");
		Matcher digits = SHORT.matcher(reference);
		if (digits.matches()) {
			return new Citation(lawCode, Integer.parseInt(digits.group(1)), number(digits.group(2)),
					number(digits.group(3)));
		}
		Matcher chinese = CHINESE.matcher(reference);
		if (chinese.matches()) {
			int article = ChineseNumerals.parse(chinese.group(1));
			int paragraph = (chinese.group(2) != null) ? ChineseNumerals.parse(chinese.group(2)) : 0;
			int item = (chinese.group(3) != null) ? ChineseNumerals.parse(chinese.group(3)) : 0;
			if (article > 0 && paragraph >= 0 && item >= 0) {
				return new Citation(lawCode, article, paragraph, item);
			}
		}
		throw invalid(articleReference);
	}

	private static int number(String group) {
		return (group != null) ? Integer.parseInt(group) : 0;
	}

	private static RuleViolation invalid(String text) {
		return new RuleViolation("INVALID_ARTICLE_NUMBER", "条文序号格式不正确：" + text + "（示例：第九十九条第（二）项，或 99(2)）",
				HttpStatus.BAD_REQUEST);
	}

	/** 第九十九条第（二）项. */
	public String label() {
		StringBuilder label = new StringBuilder("第").append(ChineseNumerals.of(this.article)).append('条');
		if (this.paragraph > 0) {
			label.append('第').append(ChineseNumerals.of(this.paragraph)).append('款');
		}
		if (this.item > 0) {
			label.append("第（").append(ChineseNumerals.of(this.item)).append("）项");
		}
		return label.toString();
	}

	/** The short form, e.g. {@code AIR 99(2)}. */
	@Override
	public String toString() {
		return this.lawCode + " " + this.article + ((this.paragraph > 0) ? "." + this.paragraph : "")
				+ ((this.item > 0) ? "(" + this.item + ")" : "");
	}

}
