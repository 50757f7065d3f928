package org.sanxiang.casefile;

import java.util.List;

import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms of the acts after the notice (举行听证, 提交法制审核, 集体讨论, 延长办案期限) and after the
 * decision (分期, 复议诉讼 and their outcome, 催告, 申请强制执行, 人民法院裁定): shown in their stage to the
 * role the law names, a refusal in place, the confirmation first, bad input re-shown with
 * a Chinese message.
 */
// the context (and its clock on Tuesday 29 September 2026) is CaseActPageTests'
@SpringBootTest(properties = { "sanxiang.test.context=casefile-act-pages", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseActPageTests.Clocks.class })
class CaseLaterActPageTests {

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
	JdbcClient jdbc;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	@Autowired
	EvidenceItems evidence;

	CaseStages stages() {
		return new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence);
	}

	private long served(boolean offerHearing) {
		return stages().served("牡丹江某化工有限公司", offerHearing);
	}

	private long decisionServed() {
		return stages().decisionServed("牡丹江某化工有限公司");
	}

	private long issued(long caseId, String type) {
		return stages().issued(caseId, type);
	}

	private String page(long id, SanxiangPrincipal who) throws Exception {
		return this.mvc.perform(get("/cases/{id}", id).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder act(long id, String act, SanxiangPrincipal who) {
		return post("/cases/{id}/acts/{act}", id, act).with(user(who)).with(csrf());
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void recorded(long id, MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString();
		int error = body.indexOf("id=\"act-error\"");
		assertThat(response.getRedirectedUrl()).as((error < 0) ? "" : body.substring(error, error + 300))
			.isEqualTo("/cases/" + id);
	}

	private CaseEntry last(long id) {
		List<CaseEntry> entries = this.cases.caseOf(id, officer()).entries();
		return entries.get(entries.size() - 1);
	}

	@Test
	void theFormsAfterTheDecisionAreShownInItsStageToTheRoleTheLawNames() throws Exception {
		long id = served(false);
		this.cases.waiveStatement(id, List.of(), officer());
		this.cases.decide(id, CaseFixtures.decision(this.cases.caseOf(id, officer()), 50_000, false, this.time.today()),
				List.of(), head());
		assertThat(page(id, head())).doesNotContain("act-form-GRANT_PAYMENT_PLAN", "act-form-APPLY_FOR_REMEDY",
				"act-form-REMIND", "act-form-APPLY_TO_COURT");
		this.cases.serve(id, this.time.today(), List.of(), officer());

		String officers = page(id, officer());
		assertThat(officers)
			.contains("id=\"act-form-APPLY_FOR_REMEDY\"", "id=\"act-form-REMIND\"", "id=\"act-form-RECORD_PAYMENT\"",
					"批准延期（分期）缴纳", "申请人民法院强制执行")
			.doesNotContain("id=\"act-form-GRANT_PAYMENT_PLAN\"", "id=\"act-form-APPLY_TO_COURT\"",
					"id=\"act-form-RECORD_REMEDY_OUTCOME\"", "id=\"act-form-RECORD_COURT_RULING\"");
		assertThat(page(id, head())).contains("id=\"act-form-GRANT_PAYMENT_PLAN\"", "id=\"act-form-APPLY_TO_COURT\"",
				"name=\"planDueOn\"", "name=\"planAmount\"");
		assertThat(page(id, this.demo.principal("demo-reviewer"))).doesNotContain("act-form-");

		// an officer posting the head's act is told who may, with the article
		assertThat(refused(
				act(id, "GRANT_PAYMENT_PLAN", officer()).param("planDueOn", "2026-10-30").param("planAmount", "50000")))
			.contains("data-code=\"CASE_ACT_NOT_YOURS\"", "第四十三条第三款");
	}

	@Test
	void thePaymentPlanIsGrantedFromItsFormAndBadRowsAreSaidInChinese() throws Exception {
		long id = decisionServed();
		long approval = issued(id, "FINE_INSTALMENT_NOTICE");

		assertThat(refused(act(id, "GRANT_PAYMENT_PLAN", head()).param("planDueOn", "2026-10-30", "2026-11-30")
			.param("planAmount", "二万", "30000")
			.param("documentIds", Long.toString(approval)))).contains("data-code=\"CASE_AMOUNT\"", "金额应为大于0")
			.contains("id=\"act-GRANT_PAYMENT_PLAN\" open", "value=\"二万\"");
		assertThat(refused(act(id, "GRANT_PAYMENT_PLAN", head()).param("planDueOn", "2026-10-30", "")
			.param("planAmount", "20000", "30000")
			.param("documentIds", Long.toString(approval)))).contains("data-code=\"CASE_PLAN\"", "第2期须同时填写缴纳期限和金额");
		assertThat(refused(act(id, "GRANT_PAYMENT_PLAN", head()).param("planDueOn", "0000-13-01")
			.param("planAmount", "50000")
			.param("documentIds", Long.toString(approval)))).contains("data-code=\"CASE_FORM_DATE\"");
		assertThat(refused(act(id, "GRANT_PAYMENT_PLAN", head()).param("planDueOn", "2026-10-30", "2026-11-30")
			.param("planAmount", "20000", "20000")
			.param("documentIds", Long.toString(approval)))).contains("data-code=\"CASE_PLAN_TOTAL\"", "应等于尚未缴纳的罚没款");

		recorded(id,
				act(id, "GRANT_PAYMENT_PLAN", head()).param("planDueOn", "2026-10-30", "2026-11-30", "", "")
					.param("planAmount", "20000", "30000", "", "")
					.param("documentIds", Long.toString(approval)));
		assertThat(this.cases.caseOf(id, officer()).paymentPlan()).extracting(Instalment::amount)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("20000"), new java.math.BigDecimal("30000"));
		assertThat(last(id).documentIds()).containsExactly(approval);
	}

	@Test
	void aRemedyAndItsOutcomeAreRecordedFromTheirForms() throws Exception {
		long id = decisionServed();
		long application = issued(id, "SERVICE_RECEIPT");
		long ruling = issued(id, "SERVICE_RECEIPT");

		assertThat(refused(act(id, "APPLY_FOR_REMEDY", officer()).param("remedy", "REVIEW")))
			.contains("data-code=\"CASE_REMEDY_DOCUMENT\"", "请附复议申请书");
		assertThat(refused(act(id, "APPLY_FOR_REMEDY", officer()).param("remedy", "APPEAL")
			.param("documentIds", Long.toString(application)))).contains("data-code=\"CASE_REMEDY_KIND\"");
		recorded(id,
				act(id, "APPLY_FOR_REMEDY", officer()).param("on", this.time.today().toString())
					.param("remedy", "REVIEW")
					.param("documentIds", Long.toString(application)));
		assertThat(this.cases.caseOf(id, officer()).remedies()).singleElement()
			.satisfies((r) -> assertThat(r.pending()).isTrue());
		assertThat(page(id, officer())).contains("id=\"act-form-RECORD_REMEDY_OUTCOME\"")
			.doesNotContain("id=\"act-form-APPLY_FOR_REMEDY\"");

		assertThat(refused(act(id, "RECORD_REMEDY_OUTCOME", officer()).param("outcome", "CHANGED")
			.param("amount", "60000")
			.param("documentIds", Long.toString(ruling)))).contains("data-code=\"CASE_REMEDY_HEAVIER\"", "行政复议法");
		recorded(id,
				act(id, "RECORD_REMEDY_OUTCOME", officer()).param("outcome", "CHANGED")
					.param("amount", "30000")
					.param("note", "裁量过重")
					.param("documentIds", Long.toString(ruling)));
		PenaltyCase changed = this.cases.caseOf(id, officer());
		assertThat(changed.decided().fine().amount()).isEqualByComparingTo("30000");
		assertThat(changed.remedies().get(0).outcome()).isEqualTo(Remedy.Outcome.CHANGED);
	}

	@Test
	void theReminderIsRecordedAndTheCourtApplicationIsConfirmedFirstThenRefusedInPlace() throws Exception {
		long id = decisionServed();
		long reminder = issued(id, "DEMAND_NOTICE");
		long application = issued(id, "ENFORCEMENT_APPLICATION");

		assertThat(refused(act(id, "REMIND", officer()))).contains("data-code=\"CASE_REMINDER_DOCUMENT\"");
		recorded(id, act(id, "REMIND", officer()).param("on", this.time.today().toString())
			.param("documentIds", Long.toString(reminder)));
		assertThat(this.cases.caseOf(id, officer()).remindedOn()).isEqualTo(this.time.today());

		assertThat(refused(act(id, "APPLY_TO_COURT", head()).param("documentIds", Long.toString(application))))
			.contains("id=\"case-confirm\"", "确认申请人民法院强制执行", "由人民法院裁定是否准予强制执行",
					"name=\"documentIds\" value=\"" + application + "\"");
		assertThat(this.cases.caseOf(id, officer()).courtAppliedOn()).isNull();
		// the party's time to sue has not run out: the gate refuses, in place, with its
		// article
		assertThat(refused(act(id, "APPLY_TO_COURT", head()).param("documentIds", Long.toString(application))
			.param("confirmed", "true")))
			.contains("data-code=\"CASE_GATE_COURT_APPLICATION\"", "行政强制法", "id=\"act-APPLY_TO_COURT\" open");
		assertThat(page(id, officer())).doesNotContain("id=\"act-form-RECORD_COURT_RULING\"");
		assertThat(refused(act(id, "RECORD_COURT_RULING", officer()).param("granted", "true")
			.param("documentIds", Long.toString(application)))).contains("data-code=\"CASE_COURT_NOT_APPLIED\"");
	}

	@Test
	void theHeadExtendsTheHandlingPeriodWithAReason() throws Exception {
		long id = this.cases.file("某公司噪声超标案" + System.nanoTime(), "牡丹江某机械厂", List.of(), null, officer()).id();
		long approval = issued(id, "SERVICE_RECEIPT");
		assertThat(page(id, officer())).doesNotContain("id=\"act-form-EXTEND_PERIOD\"");
		String heads = page(id, head());
		assertThat(heads).contains("id=\"act-form-EXTEND_PERIOD\"", "id=\"case-acts-side\"");
		assertThat(heads.indexOf("id=\"act-form-RECORD_INQUIRY\"")).isLessThan(heads.indexOf("id=\"case-acts-side\""))
			.isLessThan(heads.indexOf("id=\"act-form-EXTEND_PERIOD\""));

		assertThat(refused(act(id, "EXTEND_PERIOD", head()).param("documentIds", Long.toString(approval))))
			.contains("data-code=\"CASE_REASON\"", "请写明延长办案期限的理由");
		recorded(id, act(id, "EXTEND_PERIOD", head()).param("note", "案情复杂，需委托监测")
			.param("documentIds", Long.toString(approval)));
		assertThat(last(id).act()).isEqualTo(CaseAct.EXTEND_PERIOD);
		assertThat(last(id).note()).contains("案情复杂");
	}

	@Test
	void aRequestedHearingIsHeldFromItsForm() throws Exception {
		long id = served(true);
		assertThat(page(id, officer())).doesNotContain("id=\"act-form-HOLD_HEARING\"");
		this.cases.requestHearing(id, this.time.today(), List.of(), officer());
		long record = issued(id, "HEARING_RECORD");
		long report = issued(id, "HEARING_REPORT");
		assertThat(page(id, officer())).contains("id=\"act-form-HOLD_HEARING\"", "name=\"presider\"",
				"name=\"recordDocumentId\"", "<option value=\"" + record + "\"");

		assertThat(refused(act(id, "HOLD_HEARING", officer()).param("hearingNoticeOn", "昨天").param("presider", "刘主持")))
			.contains("data-code=\"CASE_FORM_DATE\"", "日期须为1990年以后的有效日期");
		assertThat(refused(act(id, "HOLD_HEARING", officer()).param("hearingNoticeOn", "2026-09-10")
			.param("recordDocumentId", Long.toString(record))
			.param("reportDocumentId", Long.toString(report))))
			.contains("data-code=\"CASE_HEARING_PRESIDER\"", "请填写听证主持人");
		// notified today: the hearing may be held seven working days later at the
		// earliest
		assertThat(refused(act(id, "HOLD_HEARING", officer()).param("on", this.time.today().toString())
			.param("hearingNoticeOn", this.time.today().toString())
			.param("presider", "刘主持")
			.param("recordDocumentId", Long.toString(record))
			.param("reportDocumentId", Long.toString(report))))
			.contains("data-code=\"CASE_GATE_HEARING_NOTICE_PERIOD\"", "七个工作日前送达", "第六十四条",
					"id=\"act-HOLD_HEARING\" open", "value=\"刘主持\"");

		recorded(id,
				act(id, "HOLD_HEARING", officer()).param("on", this.time.today().toString())
					.param("hearingNoticeOn", "2026-09-10")
					.param("presider", "刘主持")
					.param("recordDocumentId", Long.toString(record))
					.param("reportDocumentId", Long.toString(report)));
		PenaltyCase held = this.cases.caseOf(id, officer());
		assertThat(held.hearingHeldOn()).isEqualTo(this.time.today());
		assertThat(last(id).documentIds()).containsExactly(record, report);
		assertThat(page(id, officer())).doesNotContain("id=\"act-form-HOLD_HEARING\"");
	}

	@Test
	void theLegalReviewIsSubmittedFromTheCaseAndTheHeadsRecordTheirDiscussion() throws Exception {
		long id = served(false);
		this.cases.waiveStatement(id, List.of(), officer());
		stages().readyForReview(id);
		this.mvc.perform(
				post("/cases/{id}/documents", id).param("type", "PENALTY_DECISION").with(user(officer())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(id, officer()))
			.contains("id=\"act-form-SUBMIT_FOR_LEGAL_REVIEW\"", "name=\"facts\"", "value=\"50000.00\"")
			.doesNotContain("id=\"act-form-RECORD_DISCUSSION\"");

		assertThat(refused(act(id, "SUBMIT_FOR_LEGAL_REVIEW", officer()).param("partyAddress", "牡丹江市某工业园区88号")
			.param("violated", "《中华人民共和国水污染防治法》第十条")
			.param("basis", "《中华人民共和国水污染防治法》第八十三条第二项")
			.param("band", "一般")
			.param("note", "首次违法"))).contains("data-code=\"REVIEW_SNAPSHOT_INVALID\"", "请填写认定的违法事实")
			.contains("id=\"act-SUBMIT_FOR_LEGAL_REVIEW\" open", "value=\"牡丹江市某工业园区88号\"");
		assertThat(this.cases.caseOf(id, officer()).reviewDigest()).isNull();

		recorded(id,
				act(id, "SUBMIT_FOR_LEGAL_REVIEW", officer()).param("partyAddress", "牡丹江市某工业园区88号")
					.param("facts", "废水总排口化学需氧量超标1.5倍。")
					.param("violated", "《中华人民共和国水污染防治法》第十条")
					.param("basis", "《中华人民共和国水污染防治法》第八十三条第二项")
					.param("band", "一般")
					.param("amount", "50000")
					.param("note", "首次违法"));
		PenaltyCase submitted = this.cases.caseOf(id, officer());
		assertThat(submitted.reviewDigest()).matches("[0-9a-f]{64}");
		assertThat(this.jdbc.sql("select count(*) from review_request where subject_kind = 'CASE' and subject_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(last(id).note()).contains("法制审核申请第", submitted.reviewDigest());

		assertThat(page(id, officer())).doesNotContain("id=\"act-form-RECORD_DISCUSSION\"");
		assertThat(page(id, head())).contains("id=\"act-form-RECORD_DISCUSSION\"",
				submitted.reviewDigest().substring(0, 12));
		long minutes = issued(id, "SERVICE_RECEIPT");
		assertThat(refused(act(id, "RECORD_DISCUSSION", head()).param("documentIds", Long.toString(minutes))))
			.contains("data-code=\"CASE_DISCUSSION_OUTCOME\"", "请选择集体讨论的结论");
		recorded(id,
				act(id, "RECORD_DISCUSSION", head()).param("agreed", "true")
					.param("note", "同意按审核内容作出决定")
					.param("documentIds", Long.toString(minutes)));
		assertThat(this.cases.caseOf(id, officer()).discussedDigest()).isEqualTo(submitted.reviewDigest());
	}

}
