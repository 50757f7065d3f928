package org.sanxiang.document;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may sign what: a 行政处罚决定书 (and 责令停产整治/限制生产决定书) is issued by the agency head (机关负责人,
 * 行政处罚法 第五十七条), an officer is refused with a 403 problem detail and not offered 签发 on the
 * page; a 法制审核意见书 only by a legal reviewer whose qualification is on record; other types
 * keep the case workers' rule.
 */
@SpringBootTest(properties = "sanxiang.test.context=signatories")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class SignatoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	Set<Long> scope() {
		return officer().dataScope().agencyIds();
	}

	Document draft(String type) {
		DocumentFontsFixture.fonts();
		return this.documents.draft(type, new HashMap<>(Samples.of(this.types.get(type))), null, officer(), scope());
	}

	@Test
	void anOfficerIsRefusedIssuingAPenaltyDecisionWith403InChinese() throws Exception {
		Document draft = draft("PENALTY_DECISION");
		this.mvc
			.perform(post("/api/v1/documents/" + draft.id() + "/issue").with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.version() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("SIGNATORY_REFUSED"))
			.andExpect(jsonPath("$.detail").value("只有机关负责人可以签发行政处罚决定书，请提交机关负责人签发"));
		assertThat(this.documents.get(draft.id(), scope()).draft()).isTrue();
	}

	@Test
	void theAgencyHeadIssuesThePenaltyDecision() throws Exception {
		Document draft = draft("PENALTY_DECISION");
		this.mvc
			.perform(post("/api/v1/documents/" + draft.id() + "/issue").with(csrf())
				.with(user(this.demo.principal("demo-head")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.version() + "}"))
			.andExpect(status().isOk());
		assertThat(this.documents.get(draft.id(), scope()).status()).isEqualTo(Document.Status.ISSUED);
	}

	@Test
	void productionSuspensionAndRestrictionAreTheHeadsToo() {
		for (String type : new String[] { "PRODUCTION_SUSPENSION_ORDER", "PRODUCTION_RESTRICTION_ORDER" }) {
			Document draft = draft(type);
			assertThatThrownBy(() -> this.documents.issue(draft.id(), draft.version(), officer(), scope()))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("只有机关负责人可以签发");
			assertThat(this.documents.issue(draft.id(), draft.version(), this.demo.principal("demo-head"), scope())
				.status()).isEqualTo(Document.Status.ISSUED);
		}
	}

	@Test
	void otherTypesKeepTodaysRuleAnOfficerIssuesAPenaltyNotice() {
		Document draft = draft("PENALTY_NOTICE");
		assertThat(this.documents.issue(draft.id(), draft.version(), officer(), scope()).status())
			.isEqualTo(Document.Status.ISSUED);
	}

	@Test
	void thePageOffersSignOnlyToTheHeadAndExplainsWhyToOthers() throws Exception {
		Document draft = draft("PENALTY_DECISION");
		String asOfficer = this.mvc.perform(get("/documents/" + draft.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asOfficer).doesNotContain("id=\"issue-form\"")
			.contains("id=\"issue-refused\"", "只有机关负责人可以签发行政处罚决定书");
		String asHead = this.mvc.perform(get("/documents/" + draft.id()).with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asHead).contains("id=\"issue-form\"").doesNotContain("id=\"issue-refused\"");
		String confirm = this.mvc.perform(get("/documents/" + draft.id() + "/issue").with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(confirm).contains("只有机关负责人可以签发").doesNotContain("id=\"confirm-issue\"");
	}

	@Test
	void aLegalReviewOpinionIsSignedOnlyByAReviewerWhoseQualificationIsOnRecord() {
		Document draft = draft("LEGAL_REVIEW_OPINION");
		assertThatThrownBy(() -> this.documents.issue(draft.id(), draft.version(), officer(), scope()))
			.hasMessageContaining("已登记资格的法制审核人员");
		SanxiangPrincipal unrecorded = TestPrincipals.holding(Role.LEGAL_REVIEWER, officer().agencyId(),
				officer().agencyPath(), scope());
		assertThatThrownBy(() -> this.documents.issue(draft.id(), draft.version(), unrecorded, scope()))
			.hasMessageContaining("已登记资格的法制审核人员");
		assertThat(this.documents.issue(draft.id(), draft.version(), this.demo.principal("demo-reviewer"), scope())
			.status()).isEqualTo(Document.Status.ISSUED);
	}

}
