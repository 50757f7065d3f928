package org.sanxiang.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV rows that are also safe to open in a spreadsheet: a cell starting with
 * {@code = + - @} or a tab is prefixed with an apostrophe so that it is never evaluated
 * as a formula (CSV injection).
 */
final class CsvCells {

	private CsvCells() {
	}

	static String row(String... cells) {
		return Arrays.stream(cells).map(CsvCells::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
