package org.sanxiang.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.sanxiang.core.PdfRendering;

import org.springframework.stereotype.Component;

/**
 * Renders the archival PDF with openhtmltopdf: A4, the embedded CJK font, a layout after
 * GB/T 9704-2012 — issuing agency in red, 文号 line and red rule, title, body, seal area
 * with the agency and date — and page numbers (— 1 —) at the foot of every page, so a
 * long fact section flows onto as many pages as it needs.
 */
@Component
public class PdfRenderer implements PdfRendering {

	private final DocumentFonts fonts;

	private final RenderSlots slots;

	PdfRenderer(DocumentFonts fonts, RenderSlots slots) {
		PdfLog.install();
		this.fonts = fonts;
		this.slots = slots;
	}

	public byte[] render(RenderedValues values) {
		DocumentFonts.Font regular = this.fonts.regular();
		DocumentFonts.Font bold = this.fonts.bold().orElse(regular);
		this.fonts.checkCoverage(values.allTexts());
		String html = html(values);
		TrueTypeFont regularFont = regular.parsed();
		TrueTypeFont boldFont = bold.parsed();
		return this.slots.render(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			render(html, regularFont, boldFont, out);
			return out.toByteArray();
		});
	}

	/**
	 * Another module's report (the custody report of an evidence item …) through the same
	 * engine, shared font and render slots as the documents.
	 */
	@Override
	public void render(String xhtml, OutputStream out) {
		DocumentFonts.Font regular = this.fonts.regular();
		TrueTypeFont regularFont = regular.parsed();
		TrueTypeFont boldFont = this.fonts.bold().orElse(regular).parsed();
		this.slots.render(() -> {
			render(xhtml, regularFont, boldFont, out);
			return null;
		});
	}

	@Override
	public String printable(String text) {
		if (text == null) {
			return "";
		}
		DocumentFonts.Font font = this.fonts.regular();
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			if (Character.isWhitespace(cp) || font.covers(cp)) {
				out.appendCodePoint(Character.isISOControl(cp) && cp != '\n' ? ' ' : cp);
			}
			else {
				out.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
			}
		});
		return out.toString();
	}

	private void render(String html, TrueTypeFont regular, TrueTypeFont bold, OutputStream out) {
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("Sanxiang");
			builder.usePDDocument(document);
			builder.useFont(supplier(document, regular), DocumentFonts.FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(supplier(document, bold), DocumentFonts.FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Embeds a subset of the shared parsed font into this document (the first time it is
	 * used).
	 */
	private static PDFontSupplier supplier(PDDocument document, TrueTypeFont font) {
		return new PDFontSupplier(null) {
			@Override
			public PDFont supply() {
				try {
					return PDType0Font.load(document, font, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

	static String html(RenderedValues values) {
		StringBuilder b = new StringBuilder(8192);
		b.append(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
			.append("<meta charset=\"UTF-8\"/><title>")
			.append(escape(values.title()))
			.append("</title><meta name=\"subject\" content=\"")
			.append(escape(values.docNumber()))
			.append("\"/><style>")
			.append(CSS)
			.append("</style></head><body>");
		b.append("<div class=\"agency\">").append(escape(values.agencyName())).append("</div>");
		b.append("<div class=\"number\">").append(escape(values.docNumber())).append("</div>");
		b.append("<div class=\"rule\"></div>");
		b.append("<h1>").append(escape(values.title())).append("</h1>");
		if (values.type().intro() != null) {
			paragraphs(b, values.type().intro());
		}
		for (DocumentField field : values.type().fields()) {
			switch (field.kind()) {
				case PARAGRAPH -> {
					String text = values.printed(field);
					if (!text.isEmpty()) {
						b.append("<p class=\"heading\">").append(escape(field.label())).append("：</p>");
						paragraphs(b, text);
					}
				}
				case ITEMS -> {
					var rows = values.content().rows(field.name());
					if (!rows.isEmpty()) {
						b.append("<p class=\"heading\">")
							.append(escape(field.label()))
							.append("：</p><table><thead><tr>");
						b.append("<th class=\"seq\">序号</th>");
						field.columns().forEach((c) -> b.append("<th>").append(escape(c.label())).append("</th>"));
						b.append("</tr></thead><tbody>");
						int n = 1;
						for (Map<String, String> row : rows) {
							b.append("<tr><td class=\"seq\">").append(n++).append("</td>");
							field.columns()
								.forEach((c) -> b.append("<td>").append(escape(row.get(c.name()))).append("</td>"));
							b.append("</tr>");
						}
						b.append("</tbody></table>");
					}
				}
				default -> {
					String text = values.printed(field);
					if (!text.isEmpty()) {
						b.append("<p class=\"line\"><span class=\"label\">")
							.append(escape(field.label()))
							.append("：</span>")
							.append(escape(text))
							.append("</p>");
					}
				}
			}
		}
		// the QR code and 核验码 sit in the free space left of the seal, so they never take
		// a page of their own
		b.append("<table class=\"closing\"><tr><td class=\"closing-verify\">");
		if (values.verification() != null) {
			verification(b, values.verification());
		}
		b.append("</td><td class=\"closing-seal\"><div class=\"seal\"><div class=\"seal-box\">（印章）</div><div>")
			.append(escape(values.agencyName()))
			.append("</div><div>")
			.append(escape(RenderedValues.chineseDate(values.issueDate())))
			.append("</div></div></td></tr></table>");
		b.append("</body></html>");
		return b.toString();
	}

	/** The QR code leading to the document's 核验 page, with its 核验码 beside it. */
	private static void verification(StringBuilder b, RenderedValues.Verification verification) {
		b.append("<table class=\"verify\"><tr><td class=\"qr\"><img alt=\"\" src=\"")
			.append(verification.qrImage())
			.append("\"/></td><td class=\"code\"><div>")
			.append(RenderedValues.Verification.LABEL)
			.append("<span class=\"code-text\">")
			.append(escape(verification.code()))
			.append("</span></div><div class=\"hint\">")
			.append(RenderedValues.Verification.HINT)
			.append("</div></td></tr></table>");
	}

	private static void paragraphs(StringBuilder b, String text) {
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				b.append("<p class=\"para\">").append(escape(line.strip())).append("</p>");
			}
		}
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((cp) -> {
			switch (cp) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static final String CSS = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm;
			  @bottom-center { content: "— " counter(page) " —"; font-family: 'SanxiangDocument'; font-size: 14pt; } }
			body { font-family: 'SanxiangDocument'; font-size: 16pt; line-height: 1.75; color: #000; word-wrap: break-word; }
			.agency { color: #c00; text-align: center; font-size: 26pt; font-weight: bold; letter-spacing: 2pt; }
			.number { text-align: center; margin-top: 10pt; }
			.rule { border-top: 2pt solid #c00; margin: 4pt 0 18pt 0; }
			h1 { text-align: center; font-size: 22pt; font-weight: bold; margin: 0 0 16pt 0; }
			p { margin: 0; }
			p.para { text-indent: 2em; }
			p.heading { font-weight: bold; margin-top: 6pt; }
			p.line { text-indent: 0; }
			.label { font-weight: bold; }
			table { width: 100%; border-collapse: collapse; margin: 4pt 0; font-size: 12pt; line-height: 1.4;
			  -fs-table-paginate: paginate; }
			th, td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; word-wrap: break-word; }
			th { font-weight: bold; }
			td.seq, th.seq { width: 2.5em; text-align: center; }
			table.closing { width: 100%; margin-top: 28pt; page-break-inside: avoid; }
			table.closing td { border: none; padding: 0; vertical-align: bottom; }
			td.closing-verify { width: 55%; }
			.seal { text-align: center; }
			.seal-box { color: #c00; margin-bottom: 6pt; }
			table.verify { width: 100%; margin: 0; font-size: 10.5pt; line-height: 1.5; table-layout: fixed; }
			table.verify td { border: none; padding: 0 6pt 0 0; vertical-align: middle; }
			table.verify td.qr { width: 26mm; }
			table.verify td.qr img { width: 24mm; height: 24mm; }
			table.verify .code-text { font-weight: bold; letter-spacing: 1pt; white-space: nowrap; }
			table.verify .hint { color: #333; }
			""";

}
