package org.sanxiang.publicity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * The public search's criteria, each checked: a bad one is a 400 with a Chinese message
 * naming it, never a 500 and never silently ignored.
 */
record PublicSearch(String q, String type, Long agency, LocalDate from, LocalDate to, String status, int page,
		int size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	private static final Set<String> TYPES = Set.of("PENALTY", "LICENSING", "OTHER");

	private static final Set<String> STATUSES = Set.of("PUBLISHED", "WITHDRAWN", "EXPIRED");

	static PublicSearch first() {
		return new PublicSearch(null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	static PublicSearch parse(String q, String type, String agency, String from, String to, String status, String page,
			String size) {
		String query = blankToNull(q);
		if (query != null && query.length() > 50) {
			throw bad("q", "关键词不能超过 50 个字。");
		}
		if (query != null && query.codePointCount(0, query.length()) < PublicTextSearch.MIN_LENGTH) {
			throw bad("q", "关键词至少 " + PublicTextSearch.MIN_LENGTH + " 个字：单个字几乎出现在每一份决定中，请输入当事人名称、文号或事由中的一段。");
		}
		String kind = blankToNull(type);
		if (kind != null && !TYPES.contains(kind)) {
			throw bad("type", "决定类型只能是 PENALTY（行政处罚）、LICENSING（行政许可）或 OTHER（其他行政执法决定）。");
		}
		String state = blankToNull(status);
		if (state != null && !STATUSES.contains(state)) {
			throw bad("status", "公示状态只能是 PUBLISHED、WITHDRAWN 或 EXPIRED。");
		}
		Long agencyId = null;
		if (blankToNull(agency) != null) {
			agencyId = number(agency, "agency", "执法机关编号应为正整数。", 1, Long.MAX_VALUE);
		}
		LocalDate fromDate = date(from, "from", "起始日期");
		LocalDate toDate = date(to, "to", "截止日期");
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			throw bad("from", "起始日期不能晚于截止日期。");
		}
		int pageNo = (blankToNull(page) == null) ? 0 : (int) number(page, "page", "页码应为 0 到 10000 之间的整数。", 0, 10000);
		int pageSize = (blankToNull(size) == null) ? DEFAULT_SIZE
				: (int) number(size, "size", "每页条数应为 1 到 " + MAX_SIZE + " 之间的整数。", 1, MAX_SIZE);
		return new PublicSearch(query, kind, agencyId, fromDate, toDate, state, pageNo, pageSize);
	}

	PublicSearch withPage(int page) {
		return new PublicSearch(this.q, this.type, this.agency, this.from, this.to, this.status, page, this.size);
	}

	private static long number(String value, String name, String message, long min, long max) {
		try {
			long n = Long.parseLong(value.strip());
			if (n < min || n > max) {
				throw bad(name, message);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw bad(name, message);
		}
	}

	private static LocalDate date(String value, String name, String label) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			throw bad(name, label + "应为 yyyy-MM-dd 格式的日期，例如 2026-09-30。");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static RuleViolation bad(String parameter, String message) {
		return new RuleViolation("PUBLIC_SEARCH_PARAMETER", message, HttpStatus.BAD_REQUEST);
	}

}
