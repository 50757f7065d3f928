package org.sanxiang.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.sanxiang.casefile.CaseDeadline.Status;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/**
 * What the case list is filtered by: stage, an officer on one of the case's acts, part of
 * the party's name, the deadline status (正常 / 临期 / 超期 of the nearest running time limit)
 * and the filing date from/to. Each may be absent; each present one is checked.
 */
public record CaseFilter(Stage stage, Long officerId, String party, Status deadline, LocalDate filedFrom,
		LocalDate filedTo) {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	public CaseFilter {
		party = (party == null || party.isBlank()) ? null : party.strip();
		if (party != null && party.length() > 100) {
			throw bad("CASE_FILTER_PARTY", "当事人名称不超过100字");
		}
		if (officerId != null && officerId <= 0) {
			throw bad("CASE_FILTER_OFFICER", "执法人员编号须为正整数");
		}
		if (filedFrom != null && filedTo != null && filedFrom.isAfter(filedTo)) {
			throw bad("CASE_FILTER_DATES", "立案日期的起日不能晚于止日");
		}
	}

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null);
	}

	/**
	 * The filter as typed in a query string; a bad value is a 400 with a Chinese message.
	 */
	public static CaseFilter parse(String stage, String officer, String party, String deadline, String filedFrom,
			String filedTo) {
		return new CaseFilter(stageOf(stage), officerOf(officer), party, statusOf(deadline), dateOf(filedFrom, "起日"),
				dateOf(filedTo, "止日"));
	}

	private static Stage stageOf(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Stage.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad("CASE_FILTER_STAGE", "没有这个案件阶段");
		}
	}

	private static Long officerOf(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw bad("CASE_FILTER_OFFICER", "执法人员编号须为正整数");
		}
	}

	private static Status statusOf(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw bad("CASE_FILTER_DEADLINE", "期限状态只能是正常、临期或超期");
		}
	}

	private static LocalDate dateOf(String text, String which) {
		if (blank(text)) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw bad("CASE_FILTER_DATES", "立案日期的" + which + "须为 年-月-日，如 2026-10-12");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw bad("CASE_FILTER_DATES", "立案日期的" + which + "须在2000年至2100年之间");
		}
		return date;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A bad list parameter: 400, as any malformed request parameter. */
	private static RuleViolation bad(String code, String message) {
		return new RuleViolation(code, message, HttpStatus.BAD_REQUEST);
	}

}
