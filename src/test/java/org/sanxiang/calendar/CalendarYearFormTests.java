package org.sanxiang.calendar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At the year's end: a deadline that runs into a year without data says so in place and
 * who can fix it; the system administrator loads a year on a form — dates picked or the
 * notice's list pasted — with a preview, and a mistake is explained in Chinese on the
 * form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CalendarYearFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	MockHttpServletRequestBuilder preview() {
		return post("/admin/system/calendar/preview").with(csrf()).with(user(this.demo.principal("demo-sysadmin")));
	}

	@Test
	void aDeadlineIntoAYearWithoutDataIsExplainedInPlaceWithWhoCanFixIt() throws Exception {
		String page = body(get("/workspace/deadlines").param("rule", "CASE_HANDLING")
			.param("start", "2099-06-01")
			.with(user(this.demo.principal("demo-officer"))), 200);
		assertThat(page).contains("deadline-form", "2099年的工作日历尚未载入", "系统管理员").doesNotContain("CALENDAR_YEAR_MISSING");
	}

	@Test
	void aYearIsPreviewedFromThePastedNotice() throws Exception {
		String page = body(preview().param("mode", "notice")
			.param("year", "2098")
			.param("noticeUrl", "https://www.gov.cn/zhengce/2098.htm")
			.param("noticeText", "一、元旦：1月1日（周三）至3日（周五）放假，共3天。1月5日（周日）上班。"), 200);
		assertThat(page).contains("calendar-confirm", "2098-01-03", "2098-01-05", "元旦");
	}

	@Test
	void aYearIsPreviewedFromPickedDates() throws Exception {
		String page = body(preview().param("mode", "picked")
			.param("year", "2098")
			.param("noticeUrl", "https://www.gov.cn/zhengce/2098.htm")
			.param("name", "元旦", "春节")
			.param("offFrom", "2098-01-01", "")
			.param("offTo", "2098-01-02", "")
			.param("work1", "2098-01-04", "")
			.param("work2", "", ""), 200);
		assertThat(page).contains("calendar-confirm", "2098-01-02", "2098-01-04")
			.contains("&quot;isOffDay&quot;:false");
	}

	@Test
	void mistakesAreExplainedInChineseOnTheFormWhichKeepsWhatWasEntered() throws Exception {
		String page = body(preview().param("mode", "notice")
			.param("year", "2098")
			.param("noticeUrl", "https://www.gov.cn/zhengce/2098.htm")
			.param("noticeText", "一、元旦：1月1日放假。\n二、清明节：4月31日放假。"), 422);
		assertThat(page).contains("calendar-error", "第2行日期“4月31日”不存在", "calendar-notice", "清明节：4月31日放假");
		assertThat(
				body(preview().param("mode", "picked").param("year", "98").param("noticeUrl", "https://x.cn/a"), 422))
			.contains("年份须为四位数字");
		assertThat(body(preview().param("content", "{\"year\": 2098,"), 422)).contains("内容不是有效的JSON")
			.doesNotContain("Unexpected", "end-of-input");
	}

}
