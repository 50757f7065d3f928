package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service windows (#19 item 5): who is on duty today on the agency's calendar
 * (Asia/Shanghai, also just before midnight UTC), refusals shown in place in Chinese with
 * the code only as {@code data-code}, an officer of another agency refused, a lost race a
 * 409, the roster paged, and only the unit head keeps the windows.
 */
@SpringBootTest(properties = "sanxiang.test.context=service-windows")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ServiceWindowClock.class })
class ServiceWindowTests {

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

	static ServiceWindowForm form(String name) {
		return new ServiceWindowForm(name, "牡丹江市政务服务中心三楼", "工作日 8:30–17:00",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "08:30", "17:00", "0453-6171234",
				"EIA_REPORT DISCHARGE_KEY", "0453-6179999", "tousu@example.cn", null);
	}

	Officer officerOf(String username) {
		return this.officers.ofAccount(this.demo.principal(username).accountId()).get(0);
	}

	@Test
	void whoIsOnDutyTodayFollowsTheShanghaiCalendarJustBeforeMidnightUtc() {
		ServiceWindow window = this.windows.register(form("行政许可窗口（时区）"), this.head);
		Set<Long> scope = this.head.dataScope().agencyIds();
		Officer friday = officerOf("demo-officer");
		Officer thursday = officerOf("demo-officer2");
		this.windows.addDuty(window.id(), friday.id(), "受理", LocalDate.of(2026, 6, 1), null, List.of("FRIDAY"), scope,
				this.head);
		this.windows.addDuty(window.id(), thursday.id(), "咨询", LocalDate.of(2026, 6, 1), null, List.of("THURSDAY"),
				scope, this.head);
		// 2026-07-03 07:30 in Beijing is 2026-07-02 23:30 UTC: Friday in Shanghai,
		// Thursday in
		// UTC
		this.clock.set("2026-07-03T07:30");
		assertThat(this.clock.instant()).isEqualTo(Instant.parse("2026-07-02T23:30:00Z"));
		assertThat(this.windows.onDuty(window, this.windows.today())).extracting(ServiceWindowDuty::officerName)
			.containsExactly(friday.name());
		// a Saturday: the window is closed, nobody on duty
		this.clock.set("2026-07-04T07:30");
		assertThat(this.windows.onDuty(window, this.windows.today())).isEmpty();
		// a duty that has ended is not shown
		this.clock.set("2026-07-10T07:30");
		this.windows.addDuty(window.id(), thursday.id(), "审查", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 9),
				List.of(), scope, this.head);
		assertThat(this.windows.onDuty(window, this.windows.today())).extracting(ServiceWindowDuty::duties)
			.containsExactly("受理");
	}

	@Test
	void theRosterTakesOnlyOfficersOfTheWindowsAgency() throws Exception {
		ServiceWindow window = this.windows.register(form("行政许可窗口（他局）"), this.head);
		Officer harbin = officerOf("demo-hrb-officer");
		this.mvc
			.perform(post("/service-windows/{id}/duties", window.id()).param("officerId", String.valueOf(harbin.id()))
				.param("duties", "受理")
				.param("from", "2026-07-01")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("窗口只能安排本机关的执法人员在岗")))
			.andExpect(content().string(containsString("data-code=\"WINDOW_DUTY_OTHER_AGENCY\"")))
			.andExpect(content().string(containsString("id=\"duty-form\"")));
		assertThat(this.windows.roster(window, new org.sanxiang.core.Paging.Params(null, null, null, null)).total())
			.isZero();
	}

	@Test
	void badInputIsRefusedInPlaceInChinese() throws Exception {
		this.mvc
			.perform(post("/service-windows").param("name", "窗口")
				.param("address", "中心")
				.param("hoursText", "工作日")
				.param("openDays", "MONDAY")
				.param("opensAt", "17:00")
				.param("closesAt", "08:30")
				.param("phone", "0453-6171234")
				.param("matters", "EIA_REPORT")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束办公时间须晚于开始办公时间")))
			.andExpect(content().string(containsString("data-code=\"WINDOW_HOURS\"")))
			.andExpect(content().string(not(containsString(">WINDOW_HOURS<"))));
		this.mvc
			.perform(post("/service-windows").param("name", "窗口")
				.param("address", "中心")
				.param("hoursText", "工作日")
				.param("openDays", "FUNDAY")
				.param("opensAt", "08:30")
				.param("closesAt", "17:00")
				.param("phone", "0453-6171234")
				.param("matters", "EIA_REPORT")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("星期须从列表中选择")));
		ServiceWindow window = this.windows.register(form("行政许可窗口（日期）"), this.head);
		this.mvc
			.perform(post("/service-windows/{id}/duties", window.id())
				.param("officerId", String.valueOf(officerOf("demo-officer").id()))
				.param("duties", "受理")
				.param("from", "2026-07-10")
				.param("to", "2026-07-01")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("在岗截止日期不能早于起始日期")));
		this.mvc
			.perform(post("/service-windows/{id}/duties", window.id()).param("officerId", "abc")
				.param("duties", "受理")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		ServiceWindow window = this.windows.register(form("行政许可窗口（并发）"), this.head);
		this.windows.change(window.id(), window.version(), form("行政许可窗口（并发，已改）"), this.head.dataScope().agencyIds(),
				this.head);
		this.mvc
			.perform(post("/service-windows/{id}", window.id()).param("version", String.valueOf(window.version()))
				.param("name", "另一改法")
				.param("address", "中心")
				.param("hoursText", "工作日")
				.param("openDays", "MONDAY")
				.param("opensAt", "08:30")
				.param("closesAt", "17:00")
				.param("phone", "0453-6171234")
				.param("matters", "EIA_REPORT")
				.with(csrf())
				.with(user(this.head)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该服务窗口已被他人修改，请刷新后重试")));
		assertThat(this.windows.window(window.id(), this.head.dataScope().agencyIds()).name())
			.isEqualTo("行政许可窗口（并发，已改）");
	}

	@Test
	void theRosterIsPaged() throws Exception {
		ServiceWindow window = this.windows.register(form("行政许可窗口（分页）"), this.head);
		Set<Long> scope = this.head.dataScope().agencyIds();
		long officer = officerOf("demo-officer").id();
		for (int i = 1; i <= 3; i++) {
			this.windows.addDuty(window.id(), officer, "岗位" + i, LocalDate.of(2026, 6, i), null, List.of(), scope,
					this.head);
		}
		this.mvc.perform(get("/service-windows/{id}", window.id()).param("size", "2").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("岗位3")))
			.andExpect(content().string(containsString("岗位2")))
			.andExpect(content().string(not(containsString("岗位1"))))
			.andExpect(content().string(containsString("共 3 条")));
		this.mvc.perform(
				get("/service-windows/{id}", window.id()).param("size", "2").param("page", "1").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("岗位1")))
			.andExpect(content().string(not(containsString("岗位3"))));
		this.mvc.perform(get("/service-windows").param("size", "0").with(user(this.head)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/service-windows").param("sort", "secret").with(user(this.head)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyTheUnitHeadKeepsTheWindows() throws Exception {
		ServiceWindow window = this.windows.register(form("行政许可窗口（权限）"), this.head);
		this.mvc.perform(get("/service-windows").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/service-windows/{id}", window.id()).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/service-windows/{id}/duties", window.id()).param("officerId", "1")
				.param("duties", "受理")
				.param("from", "2026-07-01")
				.with(csrf())
				.with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/service-windows/{id}", 999_999).with(user(this.head))).andExpect(status().isNotFound());
	}

}
