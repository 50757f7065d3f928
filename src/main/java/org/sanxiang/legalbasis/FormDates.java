package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanxiang.core.DateRange;

/**
 * Dates typed into legal basis forms: blank is "not given", anything else must be ISO.
 */
final class FormDates {

	private FormDates() {
	}

	static LocalDate parse(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidLegalInput(
					java.util.List.of(new InvalidLegalInput.Problem(field, "INVALID_DATE", "日期格式应为 yyyy-MM-dd")));
		}
		if (!DateRange.accepts(date)) {
			throw new InvalidLegalInput(java.util.List
				.of(new InvalidLegalInput.Problem(field, "DATE_OUT_OF_RANGE", DateRange.OutOfRange.message())));
		}
		return date;
	}

	static Integer number(String value) {
		try {
			return (value == null || value.isBlank() || value.length() > 9) ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
