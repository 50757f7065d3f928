package org.sanxiang.publicity;

import java.util.Locale;
import java.util.stream.Collectors;

import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeUnit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statutory time limit in the reader's language for the portal's pages: the calendar
 * module's own Chinese wording ({@link TimeLimitRule#describe()},
 * {@link TimeLimitRule#explain()}) in Chinese, composed from message keys
 * ({@code portal.limit.*}) otherwise. The start event and the legal source are the
 * table's recorded text and stay as recorded.
 */
@Component("timeLimitWords")
public class TimeLimitWords {

	private final MessageSource messages;

	TimeLimitWords(MessageSource messages) {
		this.messages = messages;
	}

	private boolean chinese(Locale locale) {
		return locale == null || "zh".equals(locale.getLanguage());
	}

	/** E.g. {@code 15 days (extendable by 15 days)}. */
	public String describe(TimeLimitRule rule, Locale locale) {
		if (chinese(locale)) {
			return rule.describe();
		}
		if (rule.unit() == TimeUnit.FIXED_DATE) {
			String[] monthDay = rule.fixedMonthDay().split("-");
			return msg("portal.limit.fixedDate", locale, Integer.parseInt(monthDay[0]), Integer.parseInt(monthDay[1]));
		}
		String base = msg(rule.before() ? "portal.limit.before" : "portal.limit.amount", locale, rule.amount(),
				msg("portal.limit.unit." + rule.unit().name(), locale));
		if (rule.extensions().isEmpty()) {
			return base;
		}
		String extensions = rule.extensions()
			.stream()
			.map((e) -> e + " " + msg("portal.limit.unit." + rule.unit().name(), locale))
			.collect(Collectors.joining(", "));
		return msg("portal.limit.extendable", locale, base, extensions);
	}

	/** E.g. {@code from …: 60 days, to be completed within …}. */
	public String explain(TimeLimitRule rule, Locale locale) {
		if (chinese(locale)) {
			return rule.explain();
		}
		String text = describe(rule, locale) + "; " + msg("portal.limit.nature." + rule.nature().name(), locale);
		return (rule.startEvent() == null) ? text : msg("portal.limit.from", locale, rule.startEvent(), text);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
