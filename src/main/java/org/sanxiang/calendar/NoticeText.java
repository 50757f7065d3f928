package org.sanxiang.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;

/**
 * Reads the list of a State Council holiday notice as pasted from it, one holiday a line:
 * {@code 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。} The days
 * before "放假" are days off (a range with 至), the days of a sentence with "上班" are make-up
 * working days. Every problem names its line, in Chinese.
 */
final class NoticeText {

	private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern RANGE = Pattern
		.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:至(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日)?");

	private static final Pattern ENUMERATOR = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]+[、.．)）]\\s*");

	private NoticeText() {
	}

	static List<OfficialDay> parse(int year, String text) {
		List<OfficialDay> days = new ArrayList<>();
		int lineNumber = 0;
		for (String raw : text.split("\\R")) {
			lineNumber++;
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
			if (colon < 0) {
				throw invalid(lineNumber, "没有“节日：日期”的格式，例如“一、元旦：1月1日至3日放假调休，共3天。”");
			}
			String name = ENUMERATOR.matcher(line.substring(0, colon).strip()).replaceFirst("").strip();
			if (name.isEmpty() || name.length() > 20) {
				throw invalid(lineNumber, "节日名称为空或过长");
			}
			String body = line.substring(colon + 1).replaceAll("[（(][^）)]*[）)]", "");
			boolean foundOff = false;
			for (String sentence : body.split("[。；;]")) {
				if (sentence.contains("上班")) {
					Matcher day = DAY.matcher(sentence);
					while (day.find()) {
						days.add(new OfficialDay(date(year, lineNumber, day.group(1), day.group(2), day.group(3)),
								DayKind.WORK, name));
					}
				}
				else if (sentence.contains("放假")) {
					Matcher range = RANGE.matcher(sentence.substring(0, sentence.indexOf("放假")));
					while (range.find()) {
						foundOff = true;
						LocalDate first = date(year, lineNumber, range.group(1), range.group(2), range.group(3));
						LocalDate last = first;
						if (range.group(6) != null) {
							String lastYear = (range.group(4) != null) ? range.group(4)
									: (range.group(5) != null
											&& Integer.parseInt(range.group(5)) < first.getMonthValue())
													? String.valueOf(first.getYear() + 1)
													: String.valueOf(first.getYear());
							String lastMonth = (range.group(5) != null) ? range.group(5)
									: String.valueOf(first.getMonthValue());
							last = date(year, lineNumber, lastYear, lastMonth, range.group(6));
						}
						if (last.isBefore(first) || first.plusDays(15).isBefore(last)) {
							throw invalid(lineNumber, "放假的起止日期不合理：" + first + " 至 " + last);
						}
						for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
							days.add(new OfficialDay(d, DayKind.OFF, name));
						}
					}
				}
			}
			if (!foundOff) {
				throw invalid(lineNumber, "（" + name + "）没有找到放假日期，应写作如“1月1日至3日放假”");
			}
		}
		if (days.isEmpty()) {
			throw new RuleViolation("INVALID_CALENDAR", "请粘贴通知中的放假安排，每个节日一行");
		}
		return days;
	}

	private static LocalDate date(int year, int line, String y, String month, String day) {
		int actualYear = (y != null) ? Integer.parseInt(y) : year;
		try {
			return LocalDate.of(actualYear, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException ex) {
			throw invalid(line, "日期“" + month + "月" + day + "日”不存在");
		}
	}

	private static RuleViolation invalid(int line, String message) {
		return new RuleViolation("INVALID_CALENDAR", "第" + line + "行" + message);
	}

}
