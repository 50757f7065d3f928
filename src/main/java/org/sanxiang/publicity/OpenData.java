package org.sanxiang.publicity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The open-data forms of the published decisions: CSV (UTF-8 with BOM, so that Excel and
 * WPS read the Chinese) and an Atom feed. Both written only from {@link PublicDecision},
 * i.e. from the approved redacted copy; every value escaped for its format.
 */
final class OpenData {

	private OpenData() {
	}

	static String csv(List<PublicDecision> decisions) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append("编号,状态,标题,决定类型,执法机关,决定日期,公开日期,版本,公开文本,撤回理由,撤回日期\r\n");
		for (PublicDecision d : decisions) {
			out.append(String.join(",", cell(d.id()), cell(d.statusName()), cell(d.title()), cell(d.typeName()),
					cell(d.agency()), cell(d.decidedOn()), cell(d.publishedOn()), cell(d.version()), cell(d.text()),
					cell(d.withdrawalReason()), cell(d.withdrawnOn())))
				.append("\r\n");
		}
		return out.toString();
	}

	/** The 双公示 column set (信用中国, 行政处罚), documented in docs/publicity.md. */
	static final String CREDIT_COLUMNS = "编号,状态,行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额（元）,处罚决定日期,"
			+ "处罚机关,处罚机关编码,处罚依据,公开日期,撤回日期";

	static String creditCsv(List<PublicDecision> decisions) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(CREDIT_COLUMNS).append("\r\n");
		for (PublicDecision d : decisions) {
			PublicDecision.Credit c = d.credit();
			boolean has = c != null;
			out.append(String.join(",", cell(d.id()), cell(d.statusName()), cell(has ? c.partyName() : null),
					cell(has ? c.partyKindName() : null), cell(has ? c.creditCode() : null),
					cell(has ? c.number() : null), cell(has ? String.join("；", c.penaltyTypes()) : null),
					cell((has && c.fine() != null) ? c.fine().toPlainString() : null), cell(d.decidedOn()),
					cell(d.agency()), cell(has ? c.agencyCode() : null), cell(has ? c.basis() : null),
					cell(d.publishedOn()), cell(d.withdrawnOn())))
				.append("\r\n");
		}
		return out.toString();
	}

	/** The 双公示 column set of licensing decisions (信用中国, 行政许可), docs/publicity.md. */
	static final String LICENSING_COLUMNS = "编号,状态,行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,许可决定文书名称,文书号,许可类别,许可证书名称,许可编号,"
			+ "许可内容,许可决定日期,有效期自,有效期至,许可机关,许可机关统一社会信用代码,当前状态,数据来源单位,公开日期,撤回日期,撤回理由";

	static String licensingCsv(List<PublicDecision> decisions) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(LICENSING_COLUMNS).append("\r\n");
		for (PublicDecision d : decisions) {
			PublicDecision.Credit c = d.credit();
			PublicDecision.Licence l = (c == null) ? null : c.licence();
			if (l == null) {
				continue;
			}
			out.append(String.join(",", cell(d.id()), cell(d.statusName()), cell(c.partyName()),
					cell(c.partyKindName()), cell(c.creditCode()), cell(l.legalRepresentative()),
					cell(l.documentTitle()), cell(c.number()), cell(l.category()), cell(l.certificateName()),
					cell(l.certificateNumber()), cell(l.content()), cell(l.decidedOn()), cell(l.validFrom()),
					cell(l.validTo()), cell(l.agency()), cell(l.agencyCreditCode()), cell(l.currentStatus()),
					cell(l.dataSource()), cell(d.publishedOn()), cell(d.withdrawnOn()), cell(d.withdrawalReason())))
				.append("\r\n");
		}
		return out.toString();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String s = value.toString();
		if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
			s = "'" + s;
		}
		return "\"" + s.replace("\"", "\"\"") + "\"";
	}

	static String atom(List<PublicDecision> decisions, String baseUrl, String agencyName, ZoneId zone) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
		out.append("<title>").append(xml(agencyName)).append(" 行政执法决定公示</title>\n");
		out.append("<id>").append(xml(base)).append("/portal/decisions</id>\n");
		out.append("<link rel=\"self\" href=\"").append(xml(base)).append("/api/v1/public/decisions/feed\"/>\n");
		LocalDate newest = decisions.stream()
			.map(PublicDecision::publishedOn)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(LocalDate.of(2019, 1, 1));
		out.append("<updated>").append(stamp(newest, zone)).append("</updated>\n");
		for (PublicDecision d : decisions) {
			String link = base + "/portal/decisions/" + d.id();
			out.append("<entry>\n<id>").append(xml(link)).append("</id>\n");
			out.append("<title>").append(xml(d.title())).append("（").append(xml(d.statusName())).append("）</title>\n");
			out.append("<link href=\"").append(xml(link)).append("\"/>\n");
			out.append("<updated>")
				.append(stamp((d.withdrawnOn() != null) ? d.withdrawnOn() : d.publishedOn(), zone))
				.append("</updated>\n");
			out.append("<author><name>").append(xml(d.agency())).append("</name></author>\n");
			String summary = (d.text() != null) ? d.text()
					: (d.withdrawalReason() != null) ? "已撤回：" + d.withdrawalReason() : d.statusName();
			out.append("<summary type=\"text\">").append(xml(summary)).append("</summary>\n</entry>\n");
		}
		return out.append("</feed>\n").toString();
	}

	private static String stamp(LocalDate date, ZoneId zone) {
		return date.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	static String xml(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
