package org.sanxiang.calendar;

import org.sanxiang.platform.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the menus lead to the calendar. Its pages need no rules of their own: the
 * calendar and the deadlines are in every account's workspace, its maintenance in the
 * system administrator's area and its API is public.
 */
@Configuration(proxyBeanMethods = false)
class CalendarWebContributions {

	@Bean
	NavigationEntry calendarNavigation() {
		return NavigationEntry.staff(500, "nav.calendar", "/workspace/calendar").inGroup("nav.group.deadlines");
	}

	@Bean
	NavigationEntry deadlinesNavigation() {
		return NavigationEntry.staff(510, "nav.deadlines", "/workspace/deadlines").inGroup("nav.group.deadlines");
	}

	@Bean
	NavigationEntry calendarAdministrationNavigation() {
		return NavigationEntry.systemAdministration(400, "nav.calendarAdmin", "/admin/system/calendar");
	}

}
