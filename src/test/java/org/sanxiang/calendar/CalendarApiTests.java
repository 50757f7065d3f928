package org.sanxiang.calendar;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar API, as anyone without an account calls it. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aYearListsItsDaysOffMakeUpDaysAndNotices() throws Exception {
		this.mvc.perform(get("/api/v1/public/calendar/2019"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2019))
			.andExpect(jsonPath("$.notices[1].url").value(containsString("content_5375877")))
			.andExpect(jsonPath("$.daysOff[*].date", hasItem("2019-10-07")))
			.andExpect(jsonPath("$.makeUpWorkingDays[*].date", hasItem("2019-10-12")));
	}

	@Test
	void addsWorkingDaysAcrossTheNationalDayHoliday() throws Exception {
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2019-09-27").param("days", "7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2019-09-27"))
			.andExpect(jsonPath("$.days").value(7))
			.andExpect(jsonPath("$.due").value("2019-10-12"));
	}

	@Test
	void addsCalendarDaysWithTheHolidayShift() throws Exception {
		this.mvc
			.perform(get("/api/v1/public/calendar/add-calendar-days").param("start", "2026-09-16").param("days", "15"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-10-08"));
	}

	@Test
	void aYearWithoutDataIsA422NamingTheYear() throws Exception {
		this.mvc.perform(get("/api/v1/public/calendar/2027"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("CALENDAR_YEAR_MISSING"))
			.andExpect(jsonPath("$.year").value(2027))
			.andExpect(jsonPath("$.detail").value(containsString("2027年工作日历未维护")));
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2026-12-28").param("days", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.year").value(2027));
	}

	@Test
	void malformedInputIsA400WithAReason() throws Exception {
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2026-02-30").param("days", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
			.andExpect(jsonPath("$.errors.start").exists());
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2026-01-05").param("days", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_DAYS"))
			.andExpect(jsonPath("$.detail").value(containsString("0到3650")));
		this.mvc
			.perform(
					get("/api/v1/public/calendar/add-calendar-days").param("start", "2026-01-05").param("days", "3651"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/public/calendar/add-calendar-days").param("start", "2026-01-05").param("days", "ten"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/public/calendar/add-calendar-days").param("days", "3"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTimeLimitsArePublicWithTheirLegalSources() throws Exception {
		this.mvc.perform(get("/api/v1/public/calendar/time-limits"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'LEGAL_REVIEW')].summary").value(hasItem("5个工作日（可延长3个工作日）")))
			.andExpect(jsonPath("$[?(@.code == 'WITHDRAW_PUBLISHED_DECISION')].legalSource")
				.value(hasItem(containsString("第四十八条"))));
	}

	@Test
	void theOpenApiSpecDocumentsTheCalendarApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/calendar/add-working-days']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/calendar/{year}']").exists());
	}

}
