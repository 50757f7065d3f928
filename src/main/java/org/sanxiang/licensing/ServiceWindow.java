package org.sanxiang.licensing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service window (政务服务窗口) of an agency as people read it: where it is, when it is open
 * (the text shown and the structured weekdays and hours), its office phone, the licence
 * types it handles (by code), and the complaint channels.
 */
public record ServiceWindow(long id, long agencyId, String name, String address, String hoursText,
		Set<DayOfWeek> openDays, LocalTime opensAt, LocalTime closesAt, String phone, List<String> matters,
		String complaintPhone, String complaintMail, String formsNote, int version) {

	/** Whether the window is open on this weekday. */
	public boolean openOn(DayOfWeek day) {
		return this.openDays.contains(day);
	}

	/** The open weekdays as people read them (周一、周二 …), in the language asked for. */
	public String openDaysLabel(Locale locale) {
		return this.openDays.stream()
			.sorted()
			.map((d) -> d.getDisplayName(TextStyle.SHORT, locale))
			.collect(Collectors.joining(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", "));
	}

	/** The licence type codes handled, one line for the form. */
	public String mattersText() {
		return String.join(" ", this.matters);
	}

}
