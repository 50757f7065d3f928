package org.sanxiang.licensing;

import java.util.List;

/**
 * What the unit head enters for a window, as sent (every field checked by
 * {@link ServiceWindows}): the open weekdays as {@code MONDAY} …, the hours as
 * {@code HH:mm}, the licence type codes separated by spaces or commas.
 */
public record ServiceWindowForm(String name, String address, String hoursText, List<String> openDays, String opensAt,
		String closesAt, String phone, String matters, String complaintPhone, String complaintMail, String formsNote) {

}
