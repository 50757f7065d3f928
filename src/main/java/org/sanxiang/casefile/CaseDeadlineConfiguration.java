package org.sanxiang.casefile;

import org.sanxiang.calendar.Deadlines;
import org.sanxiang.calendar.OfficialCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case's time limits on the official calendar; 临期 within
 * {@code sanxiang.cases.due-soon-working-days} working days (3 unless configured).
 */
@Configuration(proxyBeanMethods = false)
class CaseDeadlineConfiguration {

	@Bean
	CaseDeadlines caseDeadlines(Deadlines deadlines, OfficialCalendar calendar,
			@Value("${sanxiang.cases.due-soon-working-days:3}") int dueSoonWorkingDays) {
		return new CaseDeadlines(
				(rule, start, pauses, extensions) -> deadlines.open(rule, start, pauses, extensions).due(),
				calendar::addWorkingDays, dueSoonWorkingDays);
	}

	@Bean
	CaseDeadlineKeeper caseDeadlineKeeper(CaseDeadlines deadlines, JdbcClient jdbc) {
		return new CaseDeadlineKeeper(deadlines, jdbc);
	}

}
