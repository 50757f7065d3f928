package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.Reviews;

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
 * 提交法制审核 cites provisions picked from the legal basis, never typed with their versions:
 * the form starts from what the draft 决定书 cites (chosen there from the legal basis), a
 * violation type adds its provisions, each is resolved to the version in force on the
 * act's date and the review's proposal carries those versions; a provision the legal
 * basis does not know is refused in place in Chinese, the code only as {@code data-code}.
 */
// the context (and its clock on Tuesday 29 September 2026) is CaseActPageTests'
@SpringBootTest(properties = { "sanxiang.test.context=casefile-act-pages", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseActPageTests.Clocks.class })
class CaseReviewProvisionsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

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
	Reviews reviews;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	CaseStages stages() {
		return new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence);
	}

	private String page(long id) throws Exception {
		return this.mvc.perform(get("/cases/{id}", id).with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder review(long id) {
		return post("/cases/{id}/acts/SUBMIT_FOR_LEGAL_REVIEW", id).with(user(officer()))
			.with(csrf())
			.param("partyAddress", "牡丹江市某工业园区88号")
			.param("facts", "废水总排口化学需氧量超标1.5倍。")
			.param("band", "一般")
			.param("amount", "50000")
			.param("note", "首次违法");
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/**
	 * A case in 陈述申辩 ready for review, with its draft 决定书 citing 水污染防治法 第十条 from the
	 * legal basis.
	 */
	private long readyWithDraftCiting() throws Exception {
		long id = stages().served("牡丹江某化工有限公司", false);
		this.cases.waiveStatement(id, List.of(), officer());
		stages().readyForReview(id);
		String location = this.mvc.perform(
				post("/cases/{id}/documents", id).param("type", "PENALTY_DECISION").with(user(officer())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long draft = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Document document = this.documents.get(draft, officer().dataScope().agencyIds());
		this.mvc
			.perform(post("/documents/{id}/cite", draft).with(user(officer()))
				.with(csrf())
				.param("version", Integer.toString(document.version()))
				.param("field", "violatedProvisions")
				.param("law", "WATER")
				.param("article", "10"))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	@Test
	void theReviewCitesTheProvisionsPickedFromTheLegalBasisInTheVersionsInForceOnTheActsDate() throws Exception {
		long id = readyWithDraftCiting();
		String form = page(id);
		assertThat(form).contains("name=\"violation\"", "<option value=\"WATER-EXCEED\"", "《水污染防治法》第十条")
			.doesNotContain("name=\"violatedVersion\"", "name=\"basisVersion\"");

		recorded(id,
				review(id).param("violated", "《水污染防治法》第十条")
					.param("violation", "WATER-EXCEED")
					.param("basis", "《中华人民共和国环境保护法》第五十九条第一款"));

		ProposedDecision proposal = this.reviews.latestFor("CASE", Long.toString(id), officer())
			.orElseThrow()
			.current()
			.snapshot();
		LocalDate waterLaw2017 = LocalDate.parse("2018-01-01");
		assertThat(proposal.violated()).containsExactly(new ProposedDecision.Provision("《水污染防治法》第十条", waterLaw2017));
		assertThat(proposal.penaltyBasis()).extracting(ProposedDecision.Provision::citation)
			.containsExactly("《水污染防治法》第八十三条第（二）项", "《环境保护法》第五十九条第一款");
		assertThat(proposal.penaltyBasis().get(0).version()).isEqualTo(waterLaw2017);
		assertThat(proposal.penaltyBasis().get(1).version()).isEqualTo(LocalDate.parse("2015-01-01"));
	}

	@Test
	void aProvisionTheLegalBasisDoesNotKnowIsRefusedInPlaceInChinese() throws Exception {
		long id = readyWithDraftCiting();
		assertThat(refused(review(id).param("violated", "《水污染防治法》第十条、暗管排污")))
			.contains("data-code=\"CASE_REVIEW_PROVISION\"", "无法识别的法律条款「暗管排污」", "value=\"牡丹江市某工业园区88号\"")
			.doesNotContain(">CASE_REVIEW_PROVISION");
		assertThat(refused(review(id).param("violated", "《大气污染防治法》第九百九十九条"))).contains("data-code=\"UNKNOWN_ARTICLE\"",
				"未收录");
		assertThat(refused(review(id).param("violated", "《某某条例》第一条"))).contains("data-code=\"UNKNOWN_LAW\"", "未收录法律法规");
		assertThat(refused(review(id).param("violation", "NO-SUCH-TYPE")))
			.contains("data-code=\"CASE_REVIEW_VIOLATION\"", "请从列表中选择违法行为类型");
		assertThat(refused(review(id).param("violated", "").param("basis", "")))
			.contains("data-code=\"REVIEW_SNAPSHOT_INVALID\"", "请填写违反的法律条款");
		assertThat(this.cases.caseOf(id, officer()).reviewDigest()).isNull();
	}

	private void recorded(long id, MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString();
		int error = body.indexOf("id=\"act-error\"");
		assertThat(response.getRedirectedUrl()).as((error < 0) ? "" : body.substring(error, error + 300))
			.isEqualTo("/cases/" + id);
	}

}
