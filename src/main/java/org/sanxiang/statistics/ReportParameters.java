package org.sanxiang.statistics;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/** The page's year and agency as typed, read with a Chinese message for anything else. */
final class ReportParameters {

	private ReportParameters() {
	}

	static Integer year(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("STATISTICS_YEAR", "统计年度须为四位数字年份，例如 2025", HttpStatus.BAD_REQUEST);
		}
	}

	static Long agency(String agency) {
		if (agency == null || agency.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(agency.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("STATISTICS_AGENCY", "请从列表中选择执法主体", HttpStatus.BAD_REQUEST);
		}
	}

}
