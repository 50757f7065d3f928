package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's service windows (same context as {@link ServiceWindowTests}): what was
 * entered is escaped, today's staff show name, duties and 执法证号 (linking to the
 * certificate check) and no phone but the window's own, the matters link to their guides
 * by code without showing the code, and bad parameters are a 4xx.
 */
@SpringBootTest(properties = "sanxiang.test.context=service-windows")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ServiceWindowClock.class })
class ServiceWindowPortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	ServiceWindows windows;

	@Autowired
	MovableClock clock;

	SanxiangPrincipal head;

	@BeforeEach
	void people() {
		this.clock.set("2026-07-03T10:00");
		this.head = this.demo.principal("demo-unithead");
	}

	@Test
	void theWindowPageEscapesWhatWasEnteredAndShowsNoPersonalPhone() throws Exception {
		ServiceWindow window = this.windows.register(
				new ServiceWindowForm("许可&审批 \"一窗\"受理", "中心 A&B 座", "工作日 8:30–17:00", List.of("FRIDAY"), "08:30",
						"17:00", "0453-6171234", "EIA_REPORT HAZWASTE", "0453-6179999", null, "示范文本 & 样表在窗口领取"),
				this.head);
		Officer officer = this.officers.ofAccount(this.head.accountId()).get(0);
		this.windows.addDuty(window.id(), officer.id(), "受理 & 咨询 'x'", LocalDate.of(2026, 7, 1), null, List.of(),
				this.head.dataScope().agencyIds(), this.head);
		String html = this.mvc.perform(get("/portal/windows/{id}", window.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("许可&amp;审批 &quot;一窗&quot;受理")))
			.andExpect(content().string(containsString("受理 &amp; 咨询 &#39;x&#39;")))
			.andExpect(content().string(containsString("示范文本 &amp; 样表在窗口领取")))
			.andExpect(content().string(containsString(officer.name())))
			.andExpect(content().string(containsString("/portal/certificates?number=" + officer.certificateNumber())))
			.andExpect(content().string(containsString("/portal/licensing/guides/EIA_REPORT")))
			.andExpect(content().string(containsString("危险废物经营许可证核发")))
			.andExpect(content().string(not(containsString(">EIA_REPORT<"))))
			.andExpect(content().string(containsString("/portal/licensing/progress")))
			.andExpect(content().string(containsString("12345")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the only phone numbers on the page are the window's and the complaint line
		assertThat(Pattern.compile("tel:([0-9-]+)").matcher(html).results().map((m) -> m.group(1)).distinct())
			.containsExactlyInAnyOrder("0453-6171234", "0453-6179999");
	}

	@Test
	void theListIsPagedAndFilteredByAgency() throws Exception {
		this.windows.register(ServiceWindowTests.form("行政许可窗口（公示列表）"), this.head);
		this.mvc.perform(get("/portal/windows").param("agency", String.valueOf(this.head.agencyId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政许可窗口（公示列表）")));
		this.mvc.perform(get("/portal/windows").param("agency", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有这个执法主体")));
		this.mvc.perform(get("/portal/windows").param("size", "101")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/portal/windows/{id}", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/portal/windows/{id}", 999_999)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/windows").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Service windows")));
	}

}
