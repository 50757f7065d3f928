package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;

/**
 * Values typed into the case forms, read with a Chinese message when they are not what
 * they should be.
 */
final class FormValues {

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private FormValues() {
	}

	/** A record id (e.g. a document's), or null when blank; {@code label} names it. */
	static Long id(String text, String label) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw new RuleViolation("CASE_FORM_ID", label + "须为正整数");
	}

	/** A date as yyyy-MM-dd after 1990, or null when blank. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (!date.isBefore(EARLIEST) && date.getYear() <= 2999) {
				return date;
			}
		}
		catch (DateTimeException ex) {
			// explained below
		}
		throw new RuleViolation("CASE_FORM_DATE", "日期须为1990年以后的有效日期，格式如 2026-10-09");
	}

	/** An amount in yuan with at most two decimals, or null when blank. */
	static BigDecimal amount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text.strip());
			if (amount.scale() <= 2 && amount.compareTo(new BigDecimal("1000000000000")) < 0) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw new RuleViolation("CASE_FORM_AMOUNT", "金额须为数字（元，最多两位小数）");
	}

}
