package org.sanxiang.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.PdfRendering;

/**
 * The chain-of-custody report (监管链报告) of one evidence item as XHTML for the PDF engine:
 * the item, its capture, its upload and content digests, its ledger entry, and the
 * custody log — every line, or when the log is longer than the report lists, the first
 * and the last lines with a sentence saying how many lie between.
 *
 * @param item the item
 * @param owner what people call its owner and stage, e.g. {@code 检查任务 T1 / 现场检查}
 * @param timeliness the upload's verdict against the time limit, or null where none
 * applies
 * @param sealing the ledger entry that sealed it, or null if none is found
 * @param total the number of lines in the log
 * @param first the first lines of the log, oldest first
 * @param last the last lines of the log not among {@code first}, oldest first
 * @param actions what people call each action
 * @param generatedBy who asked for the report
 * @param generatedAt when
 */
record CustodyReportPage(EvidenceItem item, String owner, String timeliness, Sealing sealing, long total,
		List<CustodyLog.Entry> first, List<CustodyLog.Entry> last, Map<CustodyLog.Action, String> actions,
		String generatedBy, Instant generatedAt) {

	/** The ledger entry that sealed the item. */
	record Sealing(long index, Instant at, String leafHash, String type) {
	}

	String xhtml(BusinessTime time, UnaryOperator<String> printable) {
		Html h = new Html(printable);
		h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">")
			.raw("<head><meta charset=\"UTF-8\"/><title>")
			.text("监管链报告 " + this.item.number())
			.raw("</title><style>")
			.raw(CSS)
			.raw("</style></head><body>");
		h.raw("<h1>证据监管链报告</h1><p class=\"sub\">")
			.text(this.item.number() + " · " + this.item.kind().label() + " · 生成于 "
					+ time.formatSeconds(this.generatedAt) + "（" + time.zoneLabel() + "），生成人 " + this.generatedBy)
			.raw("</p>");
		h.raw("<h2>一、证据</h2><table class=\"facts\">");
		h.row("证据编号", this.item.number());
		h.row("证据种类", this.item.kind().label());
		h.row("说明", this.item.description());
		h.row("归属", this.owner);
		if (this.item.derivedFrom() != null) {
			h.row("原始证据", "#" + this.item.derivedFrom() + "（" + this.item.derivation() + "）");
		}
		h.raw("</table><h2>二、记录</h2><table class=\"facts\">");
		h.row("记录人", this.item.officerName() + "（执法证号 " + this.item.officerCertificate() + "）");
		h.row("记录设备", orDash(this.item.device()));
		h.row("记录开始", time.formatSeconds(this.item.captureStart()));
		h.row("记录结束", time.formatSeconds(this.item.captureEnd()));
		h.row("地点", this.item.place() + ((this.item.latitude() != null)
				? "（纬度 " + this.item.latitude() + "，经度 " + this.item.longitude() + "）" : ""));
		h.row("隐蔽记录", this.item.covert() ? "是，依据：" + this.item.covertBasis() : "否");
		h.row("中断情况", orDash(this.item.interruptionNotes()));
		h.raw("</table><h2>三、上传与内容</h2><table class=\"facts\">");
		h.row("上传人", this.item.uploadedByName() + "（账号 " + this.item.uploadedBy() + "）");
		h.row("上传时间", time.formatSeconds(this.item.uploadedAt()));
		if (this.timeliness != null) {
			h.row("上传时限", this.timeliness);
		}
		h.row("文件", this.item.fileName() + "（" + this.item.mediaType() + "）");
		h.row("大小", String.format("%,d 字节", this.item.size()));
		h.row("SHA-256", this.item.digests().sha256(), "hash");
		h.row("SM3", this.item.digests().sm3(), "hash");
		h.raw("</table><h2>四、账本封存</h2><table class=\"facts\">");
		if (this.sealing == null) {
			h.row("封存", "账本中未找到该证据的封存记录");
		}
		else {
			h.row("账本序号", "第 " + this.sealing.index() + " 条（" + this.sealing.type() + "）");
			h.row("封存时间", time.formatSeconds(this.sealing.at()));
			h.row("叶哈希", this.sealing.leafHash(), "hash");
		}
		h.raw("</table><h2>五、监管链记录</h2><p class=\"count\">");
		long listed = this.first.size() + this.last.size();
		if (listed < this.total) {
			h.text("共 " + this.total + " 条，此处列出最早的 " + this.first.size() + " 条和最近的 " + this.last.size() + " 条，中间 "
					+ (this.total - listed) + " 条见系统中该证据的监管链记录。");
		}
		else {
			h.text("共 " + this.total + " 条，全部列出如下。");
		}
		h.raw("</p><table class=\"log\"><thead><tr><th class=\"seq\">序号</th><th class=\"at\">时间</th><th class=\"who\">人员</th>"
				+ "<th class=\"act\">操作</th><th>用途或说明</th></tr></thead><tbody>");
		long n = 1;
		for (CustodyLog.Entry entry : this.first) {
			logRow(h, time, n++, entry);
		}
		if (!this.last.isEmpty()) {
			n = this.total - this.last.size() + 1;
			if (listed < this.total) {
				h.raw("<tr><td colspan=\"5\" class=\"gap\">")
					.text("（第 " + (this.first.size() + 1) + " 至 " + (n - 1) + " 条未列出）")
					.raw("</td></tr>");
			}
			for (CustodyLog.Entry entry : this.last) {
				logRow(h, time, n++, entry);
			}
		}
		h.raw("</tbody></table></body></html>");
		return h.toString();
	}

	private void logRow(Html h, BusinessTime time, long n, CustodyLog.Entry entry) {
		String note = (entry.reason() != null) ? entry.reason() : (entry.detail() != null) ? entry.detail() : "";
		h.raw("<tr><td class=\"seq\">")
			.text(String.valueOf(n))
			.raw("</td><td>")
			.text(time.formatSeconds(entry.at()))
			.raw("</td><td>")
			.text(entry.actorName() + "（" + entry.actor() + "）")
			.raw("</td><td>")
			.text(this.actions.getOrDefault(entry.action(), entry.action().name()))
			.raw("</td><td>")
			.text(note)
			.raw("</td></tr>");
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

	/** XHTML text, escaped and limited to the characters the font draws. */
	private static final class Html {

		private final StringBuilder b = new StringBuilder(16 * 1024);

		private final UnaryOperator<String> printable;

		Html(UnaryOperator<String> printable) {
			this.printable = printable;
		}

		Html raw(String markup) {
			this.b.append(markup);
			return this;
		}

		Html text(String text) {
			String shown = this.printable.apply((text == null) ? "" : text);
			shown.codePoints().forEach((cp) -> {
				switch (cp) {
					case '&' -> this.b.append("&amp;");
					case '<' -> this.b.append("&lt;");
					case '>' -> this.b.append("&gt;");
					case '"' -> this.b.append("&quot;");
					case '\n' -> this.b.append("<br/>");
					default -> this.b.appendCodePoint(cp);
				}
			});
			return this;
		}

		void row(String label, String value) {
			row(label, value, null);
		}

		void row(String label, String value, String cssClass) {
			raw("<tr><th>").text(label).raw((cssClass != null) ? "</th><td class=\"" + cssClass + "\">" : "</th><td>");
			text(value).raw("</td></tr>");
		}

		@Override
		public String toString() {
			return this.b.toString();
		}

	}

	private static final String CSS = """
			@page { size: A4; margin: 20mm 18mm 20mm 18mm;
			  @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页";
			    font-family: '%1$s'; font-size: 9pt; } }
			body { font-family: '%1$s'; font-size: 10.5pt; line-height: 1.5; color: #000; }
			h1 { text-align: center; font-size: 18pt; font-weight: bold; margin: 0 0 4pt 0; }
			p.sub { text-align: center; font-size: 9pt; color: #333; margin: 0 0 10pt 0; }
			h2 { font-size: 12pt; font-weight: bold; margin: 10pt 0 4pt 0; }
			p.count { margin: 0 0 4pt 0; }
			table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; }
			th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left;
			  word-wrap: break-word; }
			th { font-weight: bold; }
			table.facts { table-layout: fixed; }
			table.facts th { width: 22%%; background: #f2f2f2; }
			td.hash { font-size: 9pt; word-break: break-all; }
			table.log { font-size: 9pt; }
			table.log thead th { background: #f2f2f2; }
			table.log th.seq, table.log td.seq { width: 2.8em; text-align: center; }
			table.log th.at { width: 10.5em; }
			table.log th.who { width: 30%%; }
			table.log th.act { width: 8em; }
			td.gap { text-align: center; color: #333; }
			""".formatted(PdfRendering.FONT_FAMILY);

}
