package org.sanxiang.statistics;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.PdfRendering;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The annual report as an A4 PDF through the documents' engine (shared embedded font,
 * bounded render queue): each section a table with a horizontal bar chart drawn by the
 * server as blocks scaled to the section's largest figure (openhtmltopdf's SVG support is
 * not on the classpath, and blocks need none).
 */
@Component
class AnnualReportPdf {

	private static final String CSS = "@page { size: A4; margin: 20mm 18mm; @bottom-center { content: counter(page); } }"
			+ " body { font-family: '" + PdfRendering.FONT_FAMILY + "'; font-size: 10.5pt; }"
			+ " h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; }"
			+ " p.meta { text-align: center; margin: 0 0 4mm; }"
			+ " table { width: 100%; border-collapse: collapse; } td, th { border: 0.5pt solid #777; padding: 1.2mm 2mm; }"
			+ " th { background: #eee; } td.n { text-align: right; width: 18%; } td.label { width: 34%; }"
			+ " td.chart { width: 30%; } div.bar { background: #2f6fb0; height: 3.2mm; }";

	private final PdfRendering renderer;

	AnnualReportPdf(PdfRendering renderer) {
		this.renderer = renderer;
	}

	byte[] render(AnnualReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		this.renderer.render(html(report), out);
		return out.toByteArray();
	}

	String html(AnnualReport report) {
		StringBuilder b = new StringBuilder(16 * 1024);
		String title = report.year() + "年度行政执法统计年报";
		b.append(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
			.append("<head><meta charset=\"UTF-8\"/><title>")
			.append(text(title))
			.append("</title><style>")
			.append(CSS)
			.append("</style></head><body><h1>")
			.append(text(report.agencyName() + " " + title))
			.append("</h1><p class=\"meta\">")
			.append(text("统计期间 " + report.year() + "-01-01 至 " + report.year() + "-12-31（北京时间），含所辖执法主体；报送期限 "
					+ report.dueOn()))
			.append("</p>");
		for (Map.Entry<String, List<AnnualReport.Line>> group : report.groups().entrySet()) {
			List<AnnualReport.Line> lines = group.getValue()
				.stream()
				.filter((l) -> l.count() > 0
						|| !Figure.PENALTIES.equals(group.getKey()) && !Figure.REMEDIES.equals(group.getKey()))
				.toList();
			long max = lines.stream().mapToLong(AnnualReport.Line::count).max().orElse(0);
			b.append("<h2>").append(text(group.getKey())).append("</h2>");
			if (lines.isEmpty()) {
				b.append("<p>").append(text("本年度无此类记录。")).append("</p>");
				continue;
			}
			b.append("<table><tr><th>指标</th><th>数量（件）</th><th>金额（元）</th><th>图示</th></tr>");
			for (AnnualReport.Line line : lines) {
				int width = (max == 0) ? 0 : (int) Math.round(100.0 * line.count() / max);
				b.append("<tr><td class=\"label\">")
					.append(text(line.label()))
					.append("</td><td class=\"n\">")
					.append(line.count())
					.append("</td><td class=\"n\">")
					.append(line.money() ? line.amountText() : "—")
					.append("</td><td class=\"chart\">");
				if (width > 0) {
					b.append("<div class=\"bar\" style=\"width: ").append(width).append("%\"></div>");
				}
				b.append("</td></tr>");
			}
			b.append("</table>");
		}
		b.append("</body></html>");
		return b.toString();
	}

	private String text(String s) {
		return HtmlUtils.htmlEscape(this.renderer.printable(s), "UTF-8");
	}

}
