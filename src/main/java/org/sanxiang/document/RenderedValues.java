package org.sanxiang.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a renderer prints: the checked content plus the values the platform fills itself —
 * the issuing agency, the 文号 (or a note that a draft has none), the date of the document
 * (成文日期) and, on an issued document, its 核验码 with the address of its 核验 page.
 */
public record RenderedValues(DocumentContent content, String agencyName, String docNumber, LocalDate issueDate,
		Verification verification) {

	/** Without a 核验码: drafts, samples and previews. */
	public RenderedValues(DocumentContent content, String agencyName, String docNumber, LocalDate issueDate) {
		this(content, agencyName, docNumber, issueDate, null);
	}

	/**
	 * The 核验码 printed beside a QR code that leads to the document's 核验 page; the QR image
	 * (a PNG data URI) is drawn before the number is taken, outside the series lock.
	 */
	public record Verification(String code, String url, String qrImage) {

		public static Verification of(String code, String url) {
			return new Verification(code, url, QrCodes.pngDataUri(url));
		}

		static final String LABEL = "核验码：";

		static final String HINT = "扫描二维码或登录门户网站“文书与证据核验”页面输入核验码，可核对本文书的真伪与效力状态";

	}

	public DocumentType type() {
		return this.content.type();
	}

	public String title() {
		return this.content.type().name();
	}

	/** A date as printed on documents: {@code 2026年3月10日}. */
	public static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** The value of a field as printed (dates in Chinese form, amounts with 元). */
	public String printed(DocumentField field) {
		String text = this.content.text(field.name());
		if (text == null) {
			return "";
		}
		return switch (field.kind()) {
			case DATE -> chineseDate(LocalDate.parse(text));
			case MONEY -> String.format("%,.2f元", new java.math.BigDecimal(text));
			default -> text;
		};
	}

	/** Every text that will be printed, for the font coverage check. */
	public List<String> allTexts() {
		List<String> texts = new ArrayList<>(List.of(this.agencyName, this.docNumber, title(),
				chineseDate(this.issueDate), "第页共—（印章）：年月日0123456789"));
		if (this.verification != null) {
			texts.addAll(List.of(Verification.LABEL, Verification.HINT, this.verification.code()));
		}
		if (type().intro() != null) {
			texts.add(type().intro());
		}
		for (DocumentField field : type().fields()) {
			texts.add(field.label());
			field.columns().forEach((c) -> texts.add(c.label()));
			texts.add(printed(field));
			for (Map<String, String> row : this.content.rows(field.name())) {
				texts.addAll(row.values());
			}
		}
		return texts;
	}

}
