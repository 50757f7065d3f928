package org.sanxiang.casefile;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clue pages: registration with a refusal in place, the list by status with the
 * filing deadline, one clue with its acts as forms — each confirmed before it is done, a
 * refusal explained in Chinese with its code only as data — and the administrators kept
 * out.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ClueClock.class })
class CluePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	private String register(String alleged, String actOn) throws Exception {
		return this.mvc
			.perform(post("/cases/clues").with(csrf())
				.with(user(officer()))
				.param("source", "COMPLAINT")
				.param("partyName", "周某")
				.param("alleged", alleged)
				.param("actOn", actOn))
			.andExpect(redirectedUrlPattern("/cases/clues/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void anOfficerRegistersAClueAndFindsItPendingWithItsFilingDeadline() throws Exception {
		this.clock.set("2026-09-21");
		this.mvc.perform(get("/cases/clues/new").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投诉举报")))
			.andExpect(content().string(containsString("不从一企一档选择")));
		this.mvc
			.perform(post("/cases/clues").with(csrf())
				.with(user(officer()))
				.param("source", "COMPLAINT")
				.param("partyName", "周某")
				.param("alleged", "焚烧垃圾")
				.param("actOn", "2026-13-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_FORM_DATE\"")))
			.andExpect(content().string(containsString("日期须为1990年以后的有效日期")));
		String alleged = "露天焚烧垃圾" + System.nanoTime();
		String location = register(alleged, "2026-09-19");
		this.mvc.perform(get(location).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(alleged)))
			.andExpect(content().string(containsString("待审查")))
			.andExpect(content().string(containsString("2026-10-08 前")))
			.andExpect(content().string(containsString("二年，至 2028-09-19 届满")))
			.andExpect(content().string(containsString("id=\"clue-filing\"")));
		this.mvc.perform(get("/cases/clues").param("status", "PENDING").param("size", "100").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(alleged)))
			.andExpect(content().string(containsString(">待审查</option>")));
		this.mvc.perform(get("/cases/clues").param("status", "FILED").param("size", "100").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(alleged))));
	}

	@Test
	void eachDecisionIsConfirmedFirstAndARefusalIsExplainedInPlace() throws Exception {
		this.clock.set("2026-09-21");
		String location = register("倾倒建筑垃圾" + System.nanoTime(), "2026-09-10");
		this.mvc.perform(post(location + "/refusal").with(csrf()).with(user(officer())).param("reason", "违法事实不能成立"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请确认")))
			.andExpect(content().string(containsString("确认后不能撤回")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		this.mvc.perform(get(location).with(user(officer()))).andExpect(content().string(containsString("待审查")));
		this.mvc
			.perform(post(location + "/refusal").with(csrf())
				.with(user(officer()))
				.param("reason", " ")
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CLUE_REASON\"")))
			.andExpect(content().string(containsString("请写明不予立案的理由")));
		this.mvc
			.perform(post(location + "/extension").with(csrf())
				.with(user(officer()))
				.param("reason", "需要监测")
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CLUE_EXTENSION_HEAD\"")))
			.andExpect(content().string(containsString("须经本机关负责人批准")));
		this.mvc
			.perform(post(location + "/filing").with(csrf())
				.with(user(officer()))
				.param("title", "倾倒建筑垃圾案")
				.param("confirmed", "true"))
			.andExpect(redirectedUrlPattern("/cases/clues/*"))
			.andExpect(flash().attribute("success", "已立案，案件已建立"));
		this.mvc.perform(get(location).with(user(officer())))
			.andExpect(content().string(containsString("已立案")))
			.andExpect(content().string(containsString("href=\"/cases/")))
			.andExpect(content().string(not(containsString("id=\"clue-filing\""))));
	}

	@Test
	void administratorsNeverSeeClues() throws Exception {
		for (String admin : new String[] { "demo-sysadmin", "demo-secadmin", "demo-auditor" }) {
			this.mvc.perform(get("/cases/clues").with(user(this.demo.principal(admin))))
				.andExpect(status().isForbidden());
		}
	}

}
