package org.sanxiang.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.stereotype.Component;

/**
 * The editable DOCX: a poi-tl template filled with the document's values. Each type has a
 * built-in template (version 0, generated from the type's fields with GB/T 9704 page
 * margins); the legal staff may upload their own, edited in Word or WPS, using the same
 * placeholders ({@code {{facts}}}; for tables, {@code {{seizedItems}}} in the header row
 * and {@code [itemName]} in the row below).
 */
@Component
public class DocxRenderer {

	private final RenderSlots slots;

	DocxRenderer(RenderSlots slots) {
		this.slots = slots;
	}

	public byte[] render(byte[] template, RenderedValues values) {
		return this.slots.render(() -> fill(template, values));
	}

	private static byte[] fill(byte[] template, RenderedValues values) {
		try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(values.type()));
				ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			compiled.render(data(values));
			compiled.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The placeholder names a template uses (its {@code {{…}}} tags). */
	static Set<String> placeholders(byte[] template, DocumentType type) throws IOException {
		try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(type))) {
			Set<String> names = new LinkedHashSet<>();
			for (MetaTemplate element : compiled.getElementTemplates()) {
				if (element instanceof ElementTemplate tag) {
					names.add(tag.getTagName());
				}
			}
			return names;
		}
	}

	private static Configure configure(DocumentType type) {
		ConfigureBuilder builder = Configure.builder();
		LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
		type.fields().stream().filter((f) -> f.kind() == FieldKind.ITEMS).forEach((f) -> builder.bind(f.name(), rows));
		return builder.build();
	}

	private static Map<String, Object> data(RenderedValues values) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("agencyName", values.agencyName());
		data.put("docNumber", values.docNumber());
		data.put("title", values.title());
		data.put("issueDate", RenderedValues.chineseDate(values.issueDate()));
		for (DocumentField field : values.type().fields()) {
			if (field.kind() == FieldKind.ITEMS) {
				data.put(field.name(), values.content().rows(field.name()));
			}
			else {
				data.put(field.name(), values.printed(field));
			}
		}
		return data;
	}

	/**
	 * The built-in template of a type: every field, in order, under its printed heading.
	 */
	static byte[] defaultTemplate(DocumentType type) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(doc);
			XWPFParagraph agency = centred(doc);
			XWPFRun agencyRun = run(agency, "{{agencyName}}", 26, true);
			agencyRun.setColor("CC0000");
			run(centred(doc), "{{docNumber}}", 16, false);
			XWPFParagraph rule = doc.createParagraph();
			rule.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
			run(centred(doc), "{{title}}", 22, true);
			if (type.intro() != null) {
				for (String line : type.intro().split("\n")) {
					XWPFParagraph p = doc.createParagraph();
					p.setIndentationFirstLine(640);
					run(p, line, 16, false);
				}
			}
			for (DocumentField field : type.fields()) {
				switch (field.kind()) {
					case PARAGRAPH -> {
						run(doc.createParagraph(), field.label() + "：", 16, true);
						XWPFParagraph p = doc.createParagraph();
						p.setIndentationFirstLine(640);
						run(p, "{{" + field.name() + "}}", 16, false);
					}
					case ITEMS -> {
						run(doc.createParagraph(), field.label() + "：", 16, true);
						List<DocumentField.Column> columns = field.columns();
						XWPFTable table = doc.createTable(2, columns.size());
						table.setWidth("100%");
						XWPFTableRow header = table.getRow(0);
						for (int i = 0; i < columns.size(); i++) {
							XWPFParagraph cell = header.getCell(i).getParagraphs().get(0);
							run(cell, (i == 0 ? "{{" + field.name() + "}}" : "") + columns.get(i).label(), 12, true);
							run(table.getRow(1).getCell(i).getParagraphs().get(0), "[" + columns.get(i).name() + "]",
									12, false);
						}
					}
					default -> {
						XWPFParagraph p = doc.createParagraph();
						run(p, field.label() + "：", 16, true);
						run(p, "{{" + field.name() + "}}", 16, false);
					}
				}
			}
			doc.createParagraph();
			for (String line : new String[] { "（印章）", "{{agencyName}}", "{{issueDate}}" }) {
				XWPFParagraph p = doc.createParagraph();
				p.setAlignment(ParagraphAlignment.RIGHT);
				run(p, line, 16, false);
			}
			XWPFFooter footer = doc.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
			XWPFParagraph number = footer.createParagraph();
			number.setAlignment(ParagraphAlignment.CENTER);
			number.createRun().setText("— ");
			number.getCTP().addNewFldSimple().setInstr("PAGE");
			number.createRun().setText(" —");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pageSetup(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1588));
		margins.setRight(BigInteger.valueOf(1474));
	}

	private static XWPFParagraph centred(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		return p;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(points);
		run.setBold(bold);
		run.setFontFamily("仿宋", XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		return run;
	}

}
