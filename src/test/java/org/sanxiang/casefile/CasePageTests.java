package org.sanxiang.casefile;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case pages: the list in the reader's scope filtered by stage, one case with its
 * whole-process timeline, the 立案 form with a refusal explained in Chinese in place, and
 * the administrators kept out.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CasePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BusinessTime time;

	private List<Officer> twoQualifiedOfficers(long agencyId) {
		return CaseFixtures.twoQualifiedOfficers(this.officers, agencyId, this.time.today());
	}

	@Test
	void theListShowsTheCasesOfAStageWithTheirChineseStage() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String suffix = "" + System.nanoTime();
		PenaltyCase ended = this.cases.file("废水超标排放案" + suffix, "甲公司" + suffix, List.of(), null, officer);
		this.cases.endInvestigation(ended.id(), List.of(), "调查报告", officer);
		this.cases.file("噪声扰民案" + suffix, "乙公司" + suffix, List.of(), null, officer);

		this.mvc.perform(get("/cases").param("size", "100").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("废水超标排放案" + suffix)))
			.andExpect(content().string(containsString("噪声扰民案" + suffix)))
			.andExpect(content().string(containsString(">调查终结</option>")))
			.andExpect(content().string(containsString("href=\"/cases/new\"")));
		this.mvc.perform(get("/cases").with(user(this.demo.principal("demo-reviewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/cases/new\""))));
		this.mvc.perform(get("/cases").param("stage", "INVESTIGATION_ENDED").param("size", "100").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("废水超标排放案" + suffix)))
			.andExpect(content().string(containsString("甲公司" + suffix)))
			.andExpect(content().string(containsString("<td data-label=\"阶段\">调查终结</td>")))
			.andExpect(content().string(not(containsString("噪声扰民案" + suffix))))
			.andExpect(content().string(not(containsString("INVESTIGATION_ENDED</td>"))));
	}

	@Test
	void theCaseShowsItsWholeProcessRecord() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase filed = this.cases.file("某化工公司超标排放案", "牡丹江某化工有限公司", List.of(11L), "立案审批表", officer);
		List<Officer> two = twoQualifiedOfficers(officer.agencyId());
		this.cases.recordInvestigation(filed.id(), true, this.time.today(), two.stream().map(Officer::id).toList(),
				List.of(12L), List.of(21L, 22L), "询问笔录", officer);
		this.cases.endInvestigation(filed.id(), List.of(13L), "调查报告", officer);

		this.mvc.perform(get("/cases/{id}", filed.id()).with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("牡丹江某化工有限公司")))
			.andExpect(content().string(containsString("全过程记录")))
			.andExpect(content().string(containsString("<dd class=\"col-sm-9\" id=\"case-stage\">调查终结</dd>")))
			.andExpect(content().string(containsString(">立案</td>")))
			.andExpect(content().string(containsString(">调查询问</td>")))
			.andExpect(content().string(containsString(">调查终结</td>")))
			.andExpect(content().string(containsString(this.time.today().toString())))
			.andExpect(content().string(containsString(officer.displayName())))
			.andExpect(content().string(containsString("执法证号 " + two.get(0).certificateNumber())))
			.andExpect(content().string(containsString("执法证号 " + two.get(1).certificateNumber())))
			.andExpect(content().string(containsString("href=\"/documents/12\"")))
			.andExpect(content().string(containsString("href=\"/evidence/21\"")))
			.andExpect(content().string(containsString("href=\"/evidence/22\"")))
			.andExpect(content().string(containsString("询问笔录")))
			.andExpect(content().string(not(containsString("RECORD_INQUIRY"))));
	}

	@Test
	void theFilingFormFilesAndExplainsARefusalInPlace() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		this.mvc.perform(get("/cases/new").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"partyName\"")));

		this.mvc
			.perform(post("/cases").param("title", "某公司废气超标排放案")
				.param("partyName", " ")
				.param("documentIds", "")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写当事人（不超过200字）")))
			.andExpect(content().string(containsString("data-code=\"CASE_PARTY\"")))
			.andExpect(content().string(containsString("value=\"某公司废气超标排放案\"")))
			.andExpect(content().string(not(containsString(">CASE_PARTY<"))));
		this.mvc
			.perform(post("/cases").param("title", "某公司废气超标排放案")
				.param("partyName", "牡丹江某热电有限公司")
				.param("documentIds", "十一")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文书编号须为数字，多个编号用逗号分隔")));

		String location = this.mvc
			.perform(post("/cases").param("title", "某公司废气超标排放案")
				.param("partyName", "牡丹江某热电有限公司")
				.param("documentIds", "31，32")
				.param("note", "立案审批表")
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andExpect(flash().attribute("success", containsString("已立案")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/cases/".length()));
		PenaltyCase filed = this.cases.caseOf(id, officer);
		assertThat(filed.partyName()).isEqualTo("牡丹江某热电有限公司");
		assertThat(filed.stage()).isEqualTo(Stage.INVESTIGATION);
		assertThat(filed.entries().get(0).documentIds()).containsExactly(31L, 32L);
		this.mvc.perform(get(location).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/documents/31\"")));
	}

	@Test
	void theAdministratorsNeitherSeeNorOpenTheCases() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase filed = this.cases.file("某化工公司超标排放案", "牡丹江某化工有限公司", List.of(), null, officer);
		for (String admin : List.of("demo-sysadmin", "demo-secadmin", "demo-auditor")) {
			SanxiangPrincipal who = this.demo.principal(admin);
			this.mvc.perform(get("/cases").with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(get("/cases/{id}", filed.id()).with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(post("/cases").param("title", "案").param("partyName", "某公司").with(user(who)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/workspace").with(user(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("href=\"/cases\""))));
		}
		this.mvc.perform(get("/workspace").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cases\"")));
	}

	@Test
	void theFilingFormPicksThePartyFromTheRegisterAndChecksTheLimitation() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String form = this.mvc.perform(get("/cases/new").param("party", "王建军").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"[^>]*>王建军（自然人")
			.matcher(form);
		assertThat(option.find()).as(form).isTrue();
		String partyId = option.group(1);

		java.time.LocalDate today = this.time.today();
		this.mvc
			.perform(post("/cases").param("title", "王某某焚烧垃圾案")
				.param("partyId", partyId)
				.param("actOn", today.minusYears(3).toString())
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第三十六条")))
			.andExpect(content().string(containsString("data-code=\"CASE_GATE_LIMITATION\"")));

		String location = this.mvc
			.perform(post("/cases").param("title", "王某某焚烧垃圾案")
				.param("partyId", partyId)
				.param("actOn", today.minusDays(10).toString())
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		PenaltyCase filed = this.cases.caseOf(Long.parseLong(location.substring("/cases/".length())), officer);
		assertThat(filed.partyId()).isEqualTo(Long.parseLong(partyId));
		assertThat(filed.partyKind()).isEqualTo(org.sanxiang.subject.PartyKind.PERSON);
		assertThat(filed.entries().get(0).note()).contains("违法行为发生日期 " + today.minusDays(10));
	}

}
