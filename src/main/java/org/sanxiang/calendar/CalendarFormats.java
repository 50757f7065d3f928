package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.core.RuleViolation;

/**
 * Reads year schedules: the product's own text format (the shipped resource
 * {@code calendar/official-holidays.txt}, documented in {@code docs/calendar.md}) and the
 * JSON layout administrators upload (one year per file: {@code year}, {@code papers} =
 * notice URLs, {@code days} = {@code name}, {@code date}, {@code isOffDay}).
 */
final class CalendarFormats {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CalendarFormats() {
	}

	static List<YearSchedule> parseText(String text) {
		List<YearSchedule> schedules = new ArrayList<>();
		Integer year = null;
		List<Notice> notices = new ArrayList<>();
		List<OfficialDay> days = new ArrayList<>();
		int lineNumber = 0;
		for (String raw : text.split("\n")) {
			lineNumber++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split(" ", 3);
			try {
				switch (parts[0]) {
					case "year" -> {
						if (year != null) {
							schedules.add(new YearSchedule(year, notices, days));
						}
						year = Integer.parseInt(parts[1]);
						notices = new ArrayList<>();
						days = new ArrayList<>();
					}
					case "notice" -> notices.add(new Notice(parts[2], parts[1]));
					case "work" -> days.add(new OfficialDay(LocalDate.parse(parts[1]), DayKind.WORK, parts[2]));
					case "off" -> {
						String[] range = parts[1].split("\\.\\.");
						LocalDate first = LocalDate.parse(range[0]);
						LocalDate last = (range.length > 1) ? LocalDate.parse(range[1]) : first;
						for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
							days.add(new OfficialDay(d, DayKind.OFF, parts[2]));
						}
					}
					default -> throw new IllegalArgumentException("unknown keyword " + parts[0]);
				}
			}
			catch (RuntimeException ex) {
				if (ex instanceof RuleViolation violation) {
					throw violation;
				}
				throw new IllegalStateException("calendar resource line " + lineNumber + ": " + line, ex);
			}
		}
		if (year != null) {
			schedules.add(new YearSchedule(year, notices, days));
		}
		return schedules;
	}

	/**
	 * Parses an uploaded year; every problem is a {@link RuleViolation} naming what is
	 * wrong.
	 */
	static YearSchedule parseJson(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			var at = ex.getLocation();
			throw invalid(
					"内容不是有效的JSON"
							+ ((at == null || at.getLineNr() < 1) ? ""
									: "（第" + at.getLineNr() + "行第" + at.getColumnNr() + "列附近有误）")
							+ "；请检查括号、引号与逗号，或改用下方表单");
		}
		if (root == null || !root.isObject()) {
			throw invalid("文件须为一个JSON对象，包含 year、papers、days");
		}
		JsonNode yearNode = root.get("year");
		if (yearNode == null || !yearNode.isInt()) {
			throw invalid("缺少整数字段 year");
		}
		List<Notice> notices = new ArrayList<>();
		JsonNode papers = root.get("papers");
		if (papers != null && papers.isArray()) {
			for (JsonNode paper : papers) {
				String url = paper.asString("");
				if (!url.matches("https?://[^\\s<>\"]{4,490}")) {
					throw invalid("通知出处须为http(s)网址：" + abbreviate(url));
				}
				notices.add(new Notice("国务院办公厅关于" + yearNode.intValue() + "年部分节假日安排的通知", url));
			}
		}
		List<OfficialDay> days = new ArrayList<>();
		JsonNode dayNodes = root.get("days");
		if (dayNodes != null && dayNodes.isArray()) {
			int index = 0;
			for (JsonNode day : dayNodes) {
				index++;
				days.add(day(day, index));
			}
		}
		return new YearSchedule(yearNode.intValue(), notices, days);
	}

	/**
	 * The upload layout of a schedule, so that a composed year is loaded as an uploaded
	 * one.
	 */
	static String toJson(YearSchedule schedule) {
		var root = JSON.createObjectNode();
		root.put("year", schedule.year());
		var papers = root.putArray("papers");
		schedule.notices().forEach((n) -> papers.add(n.url()));
		var days = root.putArray("days");
		schedule.days()
			.stream()
			.sorted(java.util.Comparator.comparing(OfficialDay::date))
			.forEach((d) -> days.addObject()
				.put("name", d.holiday())
				.put("date", d.date().toString())
				.put("isOffDay", d.kind() == DayKind.OFF));
		return JSON.writeValueAsString(root);
	}

	private static OfficialDay day(JsonNode node, int index) {
		JsonNode date = node.get("date");
		JsonNode off = node.get("isOffDay");
		JsonNode name = node.get("name");
		if (date == null || !date.isString() || off == null || !off.isBoolean()) {
			throw invalid("第" + index + "项须包含 date（YYYY-MM-DD）与 isOffDay（true/false）");
		}
		String holiday = (name == null) ? "" : name.asString("");
		if (holiday.length() > 50
				|| holiday.chars().anyMatch((c) -> Character.isISOControl(c) || c == '<' || c == '>')) {
			throw invalid("第" + index + "项的节日名称过长或含有不允许的字符");
		}
		try {
			return new OfficialDay(LocalDate.parse(date.asString()), off.booleanValue() ? DayKind.OFF : DayKind.WORK,
					holiday);
		}
		catch (DateTimeParseException ex) {
			throw invalid("第" + index + "项的日期无效：" + abbreviate(date.asString()));
		}
	}

	private static String abbreviate(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}

	private static RuleViolation invalid(String message) {
		return new RuleViolation("INVALID_CALENDAR", message);
	}

}
