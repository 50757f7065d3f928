package org.sanxiang.legalbasis;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.EffectiveDated;

/**
 * One version of an article's text, in force from {@code effectiveFrom} to
 * {@code effectiveTo} (open-ended while 现行有效). A revision adds a new version and closes
 * the previous one as 已修订; a repeal closes it as 已废止. Who closed it, when and why are
 * kept beside the version ({@code closedBy}, {@code closedAt}, {@code closingNote}).
 */
public record ArticleVersion(long id, String lawCode, int articleNo, String text, LocalDate effectiveFrom,
		LocalDate effectiveTo, TextStatus status, String recordedBy, Instant recordedAt, String note, String closedBy,
		Instant closedAt, String closingNote) implements EffectiveDated {

	public String label() {
		return "第" + ChineseNumerals.of(this.articleNo) + "条";
	}

	/**
	 * The text of item {@code item} (（一）…), or the whole text when there is no such item.
	 */
	public String excerpt(int item) {
		if (item > 0) {
			String marker = "（" + ChineseNumerals.of(item) + "）";
			for (String line : this.text.split("\n")) {
				if (line.strip().startsWith(marker)) {
					return line.strip();
				}
			}
		}
		return this.text;
	}

}
