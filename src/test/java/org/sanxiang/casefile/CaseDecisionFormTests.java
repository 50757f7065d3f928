package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewProposals;
import org.sanxiang.review.Reviews;
import tools.jackson.databind.json.JsonMapper;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 作出处罚决定 on the case page: only the agency head sees the form; its content is the case's
 * reviewed decision (never typed), shown with the law version and the discretion; the
 * decision is asked first, needs an issued 决定书 of the case, and a refusal is shown in
 * place in Chinese with its article.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=casefile-decision-form", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseDecisionFormTests.Clocks.class })
class CaseDecisionFormTests {

	@org.springframework.boot.test.context.TestConfiguration
	static class Clocks {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		MovableClock movableClock() {
			// Tuesday 29 September 2026, 10:00 in Beijing
			return new MovableClock(java.time.Instant.parse("2026-09-29T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	Reviews reviews;

	@Autowired
	Documents documents;

	@Autowired
	DemoAccounts demo;

	@Autowired
	BusinessTime time;

	@Autowired
	MovableClock clock;

	@Autowired
	JsonMapper json;

	@Test
	void theHeadDecidesTheReviewedContentFromTheCasePage() throws Exception {
		this.clock.set("2026-09-29");
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = this.cases.file("某化工公司超标排放案" + System.nanoTime(), "牡丹江某化工有限公司", List.of(), null, officer).id();
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意", this.demo.principal("demo-unithead"));
		this.cases.notify(id, CaseFixtures.fine(50_000), false, List.of(), officer);
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		this.cases.waiveStatement(id, List.of(), officer);
		Document decisionDocument = issuedDecision(id, officer, head);
		String doc = Long.toString(decisionDocument.id());

		// before any review: the form says there is no content, and deciding is refused
		String before = page(id, head);
		assertThat(before).contains("id=\"act-form-DECIDE\"", "id=\"decision-none\"");
		assertThat(decide(id, head, doc)).contains("data-code=\"CASE_DECISION_NOT_REVIEWED\"", "请先将拟作决定提交法制审核");

		// the content submitted for review, to be decided on Wednesday 30 September
		LocalDate decisionDay = LocalDate.of(2026, 9, 30);
		ProposedDecision proposal = ReviewProposals.forCase(this.json, officer.agencyId(), id, "50000",
				LocalDate.of(2026, 9, 14), decisionDay, List.of());
		long request = this.reviews.submit(proposal, officer).id();
		this.cases.submitForLegalReview(id, proposal, request, officer);

		// a 决定书 drafted now takes the reviewed content, with the discretion and the law
		// version applied
		Document drafted = drafted(id, officer);
		assertThat(drafted.values()).containsEntry("penaltyContent", "罚款 50000 元")
			.containsEntry("fineAmount", "50000.00");
		assertThat(drafted.values().get("benchmarkApplication").toString()).startsWith("裁量阶次：").contains("适用的法律版本：");
		assertThat(drafted.values().get("penaltyBasis").toString()).contains("施行）");

		// an officer has no decision form; the head sees the content, prefilled
		assertThat(page(id, officer)).doesNotContain("id=\"act-form-DECIDE\"").contains("作出处罚决定");
		String form = page(id, head);
		assertThat(form).contains("id=\"act-form-DECIDE\"", "id=\"decision-penalty\">罚款 50000 元<",
				"id=\"decision-date\">2026-09-30<", "id=\"decision-law\"", "id=\"decision-discretion\">裁量阶次：",
				"id=\"doc-DECIDE-" + doc + "\"", "法制审核申请第" + request + "号第1轮");
		assertThat(form).doesNotContain("name=\"amount\" inputmode=\"decimal\" value=\"\" id=\"amount-DECIDE\"");

		// asked first, with the content shown
		String confirm = this.mvc
			.perform(post("/cases/{id}/acts/DECIDE", id).param("documentIds", doc).with(user(head)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("id=\"case-confirm\"", "id=\"decision-penalty\">罚款 50000 元<",
				"name=\"documentIds\" value=\"" + doc + "\"", "name=\"confirmed\" value=\"true\"");

		// no 决定书 chosen; then a day before the date the reviewed content assumed
		assertThat(decide(id, head, null)).contains("data-code=\"CASE_DECISION_DOCUMENT\"", "行政处罚决定书");
		assertThat(decide(id, head, doc)).contains("data-code=\"CASE_GATE_AS_REVIEWED\"", "2026-09-30", "第五十八条",
				"id=\"act-DECIDE\" open");
		assertThat(this.cases.caseOf(id, head).stage()).isEqualTo(Stage.DEFENCE);

		// on the day: decided, with the law version and the discretion kept and shown
		this.clock.set("2026-09-30");
		this.mvc
			.perform(post("/cases/{id}/acts/DECIDE", id).param("documentIds", doc)
				.param("confirmed", "true")
				.with(user(head))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + id));
		PenaltyCase decided = this.cases.caseOf(id, head);
		assertThat(decided.stage()).isEqualTo(Stage.DECIDED);
		assertThat(decided.decidedDigest()).isEqualTo(proposal.digest());
		assertThat(decided.decidedOn()).isEqualTo(decisionDay);
		assertThat(decided.decidedLaw()).contains("《中华人民共和国");
		assertThat(decided.decidedDiscretion()).startsWith("裁量阶次：");
		assertThat(decided.entries().get(decided.entries().size() - 1).documentIds())
			.containsExactly(decisionDocument.id());
		assertThat(page(id, head)).contains("id=\"case-decided-law\"", "id=\"case-decided-discretion\"");
		this.mvc.perform(get("/api/v1/cases/{id}", id).with(user(head)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedLaw")
				.value(decided.decidedLaw()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedDiscretion")
				.value(decided.decidedDiscretion()));
	}

	private String decide(long id, SanxiangPrincipal head, String document) throws Exception {
		var request = post("/cases/{id}/acts/DECIDE", id).param("confirmed", "true").with(user(head)).with(csrf());
		if (document != null) {
			request = request.param("documentIds", document);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String page(long id, SanxiangPrincipal who) throws Exception {
		return this.mvc.perform(get("/cases/{id}", id).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Document issuedDecision(long caseId, SanxiangPrincipal who, SanxiangPrincipal head) throws Exception {
		Document draft = drafted(caseId, who);
		Map<String, Object> values = new LinkedHashMap<>(draft.values());
		values.put("partyIdentifier", "91231000MA1B2C3D4E");
		values.put("partyAddress", "黑龙江省牡丹江市阳明区某工业园区88号");
		values.put("facts", "废水总排口化学需氧量超标。");
		values.put("evidence", "现场检查笔录、监测报告");
		values.put("defenseAdoption", "当事人放弃陈述、申辩。");
		values.put("violatedProvisions", "《中华人民共和国水污染防治法》第十条");
		values.put("penaltyBasis", "《中华人民共和国水污染防治法》第八十三条第二项");
		values.put("benchmarkApplication", "一般情节");
		values.put("performance", "自收到本决定书之日起十五日内缴纳。");
		values.put("remedies", "可在六十日内申请行政复议或者六个月内提起行政诉讼。");
		Document saved = this.documents.save(draft.id(), values, draft.version(), who, who.dataScope().agencyIds());
		return this.documents.issue(saved.id(), saved.version(), head, head.dataScope().agencyIds());
	}

	private Document drafted(long caseId, SanxiangPrincipal who) throws Exception {
		String location = this.mvc.perform(
				post("/cases/{id}/documents", caseId).param("type", "PENALTY_DECISION").with(user(who)).with(csrf()))
			.andExpect(redirectedUrlPattern("/documents/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.documents.get(Long.parseLong(location.substring("/documents/".length())),
				who.dataScope().agencyIds());
	}

}
