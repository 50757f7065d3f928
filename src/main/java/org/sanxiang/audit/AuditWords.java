package org.sanxiang.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail in people's words: actions and kinds of object in Chinese (English when
 * asked) from the messages ({@code audit.action.*}, {@code audit.type.*}), times in the
 * business zone with the zone shown.
 */
@Component
class AuditWords {

	/** Every action code the modules record today, in the order the filter lists them. */
	static final List<String> ACTIONS = List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGOUT", "ACCESS_DENIED",
			"AGENCY_CREATED", "AGENCY_CREDIT_CODE", "DEPARTMENT_CREATED", "ACCOUNT_CREATED", "ACCOUNT_DISABLED",
			"ACCOUNT_ENABLED", "ACCOUNT_UNLOCKED", "ACCOUNT_PASSWORD_CHANGED", "ROLE_GRANTED", "ROLE_REVOKED",
			"ROLE_GRANT_REFUSED", "ROLE_REVOKE_REFUSED", "OFFICER_REGISTERED", "OFFICER_CORRECTED",
			"OFFICER_STATUS_CHANGED", "OFFICER_LEGAL_QUALIFICATION_RECORDED", "OFFICER_ACCOUNT_LINKED",
			"OFFICER_READ_REFUSED", "SUBJECT_REGISTERED", "SUBJECT_CHANGED", "SUBJECT_READ_REFUSED",
			"SUBJECT_PERSONAL_DATA_REVEALED", "SUBJECT_REVEAL_REFUSED", "SUBJECT_IMPORT_PREVIEWED",
			"SUBJECT_IMPORT_CONFIRMED", "SUBJECT_IMPORT_CANCELLED", "SUBJECT_EXPORTED",
			"SUBJECT_PERSONAL_DATA_KEY_ROTATED", "SUBJECT_PERSONAL_DATA_KEY_RESEALED", "DOCUMENT_DRAFT_CREATED",
			"DOCUMENT_DRAFT_CORRECTION", "DOCUMENT_DRAFT_SAVED", "DOCUMENT_ISSUED", "DOCUMENT_VOIDED",
			"DOCUMENT_READ_REFUSED", "DOCUMENT_ISSUE_REFUSED", "DOCUMENT_TEMPLATE_UPLOADED",
			"DOCUMENT_TEMPLATE_ACTIVATED", "DOCUMENT_NUMBER_FORMAT_CHANGED", "CALENDAR_YEAR_LOADED",
			"LEDGER_INTEGRITY_CHECKED", "LEDGER_KEY_ROTATED", "LEGALBASIS_CATALOGUE_LOADED", "LEGALBASIS_LAW_ADDED",
			"LEGALBASIS_ARTICLE_ADDED", "LEGALBASIS_ARTICLE_REVISED", "LEGALBASIS_ARTICLE_REPEALED",
			"LEGALBASIS_VIOLATION_TYPE_ADDED", "LEGALBASIS_BENCHMARK_REVISED", "LEGALBASIS_FACTORS_REVISED",
			"LEGALBASIS_MATTER_ADDED", "LEGALBASIS_MATTER_REVISED", "LEGALBASIS_MATTER_RETIRED",
			"EVENT_PUBLICATION_RESUBMITTED");

	private static final List<String> GROUPS = List.of("LOGIN", "ACCOUNT", "ROLE", "AGENCY", "DEPARTMENT", "OFFICER",
			"SUBJECT", "DOCUMENT", "CALENDAR", "LEDGER", "LEGALBASIS");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	public String action(String code, Locale locale) {
		String word = this.messages.getMessage("audit.action." + code, null, null, locale);
		if (word != null) {
			return word;
		}
		String group = GROUPS.stream().filter((g) -> code.startsWith(g + "_")).findFirst().orElse("OTHER");
		return this.messages.getMessage("audit.group." + group, null, code, locale);
	}

	public String objectType(String type, Locale locale) {
		return (type == null) ? "" : this.messages.getMessage("audit.type." + type, null, type, locale);
	}

	/** The codes whose words (or the code itself) contain what was typed. */
	List<String> actionsMatching(String typed, Locale locale) {
		String wanted = typed.strip().toLowerCase(Locale.ROOT);
		return ACTIONS.stream()
			.filter((code) -> code.equalsIgnoreCase(wanted)
					|| action(code, locale).toLowerCase(Locale.ROOT).contains(wanted))
			.toList();
	}

	/**
	 * {@code 2026-11-30 14:05:09 (UTC+8)}: a time already in the business zone (see
	 * {@code AuditQuery}), with its offset shown.
	 */
	static String localTime(OffsetDateTime local) {
		if (local == null) {
			return "";
		}
		return TIME.format(local) + " (" + zoneLabel(local.getOffset()) + ")";
	}

	static String zoneLabel(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		String sign = (seconds < 0) ? "-" : "+";
		int abs = Math.abs(seconds);
		int minutes = (abs % 3600) / 60;
		return "UTC" + sign + (abs / 3600) + ((minutes == 0) ? "" : String.format(":%02d", minutes));
	}

}
