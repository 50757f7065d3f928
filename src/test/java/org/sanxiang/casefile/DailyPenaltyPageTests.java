package org.sanxiang.casefile;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 按日连续处罚 page and the 公告/鉴定 periods on the case page: shown to whom may do them, the
 * confirmation first, a refusal in place with the code only as {@code data-code}, bad
 * input re-shown with a Chinese message.
 */
// the context (and its clock on Tuesday 29 September 2026) is CaseActPageTests'
@SpringBootTest(properties = { "sanxiang.test.context=casefile-act-pages", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseActPageTests.Clocks.class })
class DailyPenaltyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CoerciveMeasures measures;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BusinessTime time;

	@Autowired
	EvidenceItems evidence;

	@Autowired
	MovableClock clock;

	private CaseStages stages() {
		return new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence);
	}

	private String page(String path, SanxiangPrincipal who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String submit(String path, SanxiangPrincipal who, String... fields) throws Exception {
		var request = post(path).with(user(who)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aDailyPenaltyIsStartedFromTheCasePageReinspectedAndDecidedOnItsPage() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long id = stages().decisionServed("牡丹江某化工有限公司");
		long order = stages().issued(id, "RECTIFICATION_ORDER");
		long decision = stages().issued(id, "DAILY_PENALTY_DECISION");

		assertThat(page("/cases/" + id, officer)).contains("id=\"daily-start\"", "违法倾倒危险废物");
		assertThat(page("/cases/" + id, reviewer)).doesNotContain("id=\"daily-start\"");

		// no conduct chosen: said on the case page in Chinese
		this.mvc
			.perform(post("/cases/{id}/daily-penalties", id).with(user(officer))
				.with(csrf())
				.param("documentId", Long.toString(order))
				.param("on", "2026-09-29"))
			.andExpect(redirectedUrl("/cases/" + id + "#case-daily"))
			.andExpect(flash().attribute("dailyErrorCode", "DAILY_CONDUCT"));

		this.mvc
			.perform(post("/cases/{id}/daily-penalties", id).with(user(officer))
				.with(csrf())
				.param("conduct", "EXCEEDS_STANDARD")
				.param("documentId", Long.toString(order))
				.param("on", "2026-09-29"))
			.andExpect(status().is3xxRedirection());
		List<DailyPenalty> listed = this.measures.dailyPenaltiesOf(id, officer);
		assertThat(listed).hasSize(1);
		String path = "/cases/" + id + "/daily-penalties/" + listed.get(0).id();
		assertThat(page("/cases/" + id, officer)).contains("href=\"" + path + "\"", "待复查");

		this.clock.set("2026-10-09");
		try {
			String page = page(path, officer);
			assertThat(page).contains("id=\"daily-reinspection\"", "2026-10-29", "50000.00 元/日")
				.doesNotContain("id=\"daily-decision\"");
			assertThat(page(path, reviewer)).doesNotContain("id=\"daily-reinspection\"", "id=\"daily-decision\"");

			// bad input re-shown on the page
			assertThat(submit(path + "/reinspection", officer, "stillDischarging", "拒不改正", "on", "2026-13-45"))
				.contains("id=\"daily-error\"", "data-code=\"CASE_FORM_DATE\"", "日期须为")
				.doesNotContain(">CASE_FORM_DATE<");
			// asked first, nothing recorded yet
			assertThat(submit(path + "/reinspection", officer, "stillDischarging", "拒不改正", "on", "2026-10-09"))
				.contains("id=\"daily-confirm\"", "拒不改正", "确认后不能撤回");
			assertThat(this.measures.dailyPenaltiesOf(id, officer).get(0).reinspectedOn()).isNull();
			// the 复查 on the day of service: refused in place
			assertThat(submit(path + "/reinspection", officer, "stillDischarging", "拒不改正", "on", "2026-09-29",
					"confirmed", "true"))
				.contains("data-code=\"DAILY_REINSPECTION_DATE\"", "三十日内")
				.doesNotContain(">DAILY_REINSPECTION_DATE<");
			this.mvc
				.perform(post(path + "/reinspection").with(user(officer))
					.with(csrf())
					.param("stillDischarging", "拒不改正")
					.param("on", "2026-10-09")
					.param("confirmed", "true"))
				.andExpect(redirectedUrl(path));
			DailyPenalty reinspected = this.measures.dailyPenaltiesOf(id, officer).get(0);
			assertThat(reinspected.days()).isEqualTo(10);

			// the decision: the head's form, the officer is told who decides and refused
			assertThat(page(path, officer)).contains("id=\"daily-decision-by-head\"", "共 500000.00 元")
				.doesNotContain("id=\"daily-decision\"", "id=\"daily-reinspection\"");
			assertThat(submit(path + "/decision", officer, "documentId", Long.toString(decision), "on", "2026-10-09",
					"confirmed", "true"))
				.contains("data-code=\"DAILY_HEAD\"", "机关负责人");
			assertThat(page(path, head)).contains("id=\"daily-decision\"");
			assertThat(
					submit(path + "/decision", head, "documentId", "999999", "on", "2026-10-09", "confirmed", "true"))
				.contains("data-code=\"DAILY_DOCUMENT_NOT_OF_CASE\"");
			assertThat(submit(path + "/decision", head, "documentId", Long.toString(decision), "on", "2026-10-09"))
				.contains("id=\"daily-confirm\"");
			this.mvc
				.perform(post(path + "/decision").with(user(head))
					.with(csrf())
					.param("documentId", Long.toString(decision))
					.param("on", "2026-10-09")
					.param("confirmed", "true"))
				.andExpect(redirectedUrl(path));
			assertThat(this.measures.dailyPenaltiesOf(id, head).get(0).decisionDocumentId()).isEqualTo(decision);
			assertThat(page(path, head)).contains("已作出按日连续处罚决定").doesNotContain("id=\"daily-decision\"");
		}
		finally {
			this.clock.set("2026-09-29");
		}
	}

	@Test
	void anAppraisalPeriodIsStartedAndEndedFromTheCasePage() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = this.cases.file("某公司废水超标排放案" + System.nanoTime(), "牡丹江某化工有限公司", List.of(), null, officer).id();

		assertThat(page("/cases/" + id, officer)).contains("id=\"act-form-START_EXCLUDED_PERIOD\"", "监测（检测）")
			.doesNotContain("id=\"act-form-END_EXCLUDED_PERIOD\"");
		assertThat(page("/cases/" + id, this.demo.principal("demo-reviewer")))
			.doesNotContain("act-form-START_EXCLUDED_PERIOD");

		// bad input and a refusal, in place in Chinese
		assertThat(
				submit("/cases/" + id + "/acts/START_EXCLUDED_PERIOD", officer, "periodKind", "", "on", "2026-09-29"))
			.contains("data-code=\"CASE_EXCLUDED_PERIOD_KIND\"", "请选择期间的种类");
		assertThat(submit("/cases/" + id + "/acts/START_EXCLUDED_PERIOD", officer, "periodKind", "APPRAISAL", "on",
				"2026-10-01"))
			.contains("data-code=\"CASE_ACT_IN_FUTURE\"", "不能晚于今天");
		assertThat(this.cases.caseOf(id, officer).openExcludedPeriod()).isNull();

		this.mvc
			.perform(post("/cases/{id}/acts/START_EXCLUDED_PERIOD", id).with(user(officer))
				.with(csrf())
				.param("periodKind", "APPRAISAL")
				.param("on", "2026-09-29")
				.param("note", "委托鉴定"))
			.andExpect(redirectedUrl("/cases/" + id));
		assertThat(this.cases.caseOf(id, officer).openExcludedPeriod()).isEqualTo(ExcludedPeriod.APPRAISAL);
		assertThat(page("/cases/" + id, officer)).contains("id=\"act-form-END_EXCLUDED_PERIOD\"", "鉴定期间尚未结束")
			.doesNotContain("id=\"act-form-START_EXCLUDED_PERIOD\"");

		this.mvc
			.perform(post("/cases/{id}/acts/END_EXCLUDED_PERIOD", id).with(user(officer))
				.with(csrf())
				.param("on", "2026-09-29"))
			.andExpect(redirectedUrl("/cases/" + id));
		assertThat(this.cases.caseOf(id, officer).openExcludedPeriod()).isNull();
	}

}
