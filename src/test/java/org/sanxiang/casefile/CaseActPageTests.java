package org.sanxiang.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acts as forms on the case page (shown to whom, a refusal in place with the gate's
 * article, the confirmation of an act that cannot be undone), the documents drafted from
 * the case and recorded by its acts, and the 案号.
 */
// cases are filed on Tuesday 29 September 2026: the 90-day handling period ends in the
// calendar year loaded (2027's holidays are not yet announced)
@SpringBootTest(properties = { "sanxiang.test.context=casefile-act-pages", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseActPageTests.Clocks.class })
class CaseActPageTests {

	@org.springframework.boot.test.context.TestConfiguration
	static class Clocks {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		org.sanxiang.MovableClock movableClock() {
			return new org.sanxiang.MovableClock(java.time.Instant.parse("2026-09-29T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CaseNumbers numbers;

	@Autowired
	Documents documents;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BusinessTime time;

	private PenaltyCase filed(SanxiangPrincipal officer) {
		return this.cases.file("某化工公司超标排放案" + System.nanoTime(), "牡丹江某化工有限公司", List.of(), null, officer);
	}

	private String page(long id, SanxiangPrincipal who) throws Exception {
		return this.mvc.perform(get("/cases/{id}", id).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theFormsAreTheActsOfTheStageThatThePersonMayDo() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal unitHead = this.demo.principal("demo-unithead");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		PenaltyCase kase = filed(officer);

		String investigating = page(kase.id(), officer);
		assertThat(investigating).contains("id=\"act-form-RECORD_INQUIRY\"", "id=\"act-form-RECORD_INSPECTION\"",
				"id=\"act-form-END_INVESTIGATION\"", "id=\"act-form-REVOKE_FILING\"", "name=\"officerIds\"",
				"type=\"date\"");
		assertThat(investigating).doesNotContain("id=\"act-form-EXAMINE\"", "id=\"act-form-NOTIFY\"",
				"id=\"act-form-RECORD_RECUSAL\"", "<script>", "onclick");
		assertThat(page(kase.id(), head)).contains("id=\"act-form-RECORD_RECUSAL\"");

		this.cases.endInvestigation(kase.id(), List.of(), "调查报告", officer);
		assertThat(page(kase.id(), officer)).doesNotContain("id=\"act-form-EXAMINE\"", "id=\"act-form-NOT_PUNISH\"")
			.contains("id=\"act-form-TRANSFER\"", "其他环节由负责人办理：案件审查、退回补充调查");
		assertThat(page(kase.id(), unitHead)).contains("id=\"act-form-EXAMINE\"", "id=\"act-form-SEND_BACK\"")
			.doesNotContain("id=\"act-form-NOT_PUNISH\"");
		assertThat(page(kase.id(), head)).contains("id=\"act-form-EXAMINE\"", "id=\"act-form-NOT_PUNISH\"");
		assertThat(page(kase.id(), this.demo.principal("demo-reviewer"))).doesNotContain("id=\"case-acts\"",
				"act-form-");
	}

	@Test
	void anInquiryIsRecordedFromItsFormAndARefusalIsShownInPlace() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);
		List<Officer> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), this.time.today());

		this.mvc
			.perform(post("/cases/{id}/acts/RECORD_INQUIRY", kase.id()).param("on", this.time.today().toString())
				.param("officerIds", two.get(0).id().toString())
				.param("note", "询问笔录")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"act-error\"")))
			.andExpect(content().string(containsString("data-code=\"CASE_GATE_QUALIFIED_OFFICERS\"")))
			.andExpect(content().string(containsString("调查取证的执法人员不得少于两人")))
			.andExpect(content().string(containsString("第四十二条")))
			.andExpect(content().string(containsString(
					"<details class=\"case-act border rounded px-2 py-1 mb-2\" id=\"act-RECORD_INQUIRY\" open")))
			.andExpect(
					content().string(containsString("id=\"officer-RECORD_INQUIRY-" + two.get(0).id() + "\" checked")))
			.andExpect(content().string(containsString(">询问笔录</textarea>")))
			.andExpect(content().string(not(containsString(">CASE_GATE_QUALIFIED_OFFICERS<"))));
		assertThat(this.cases.caseOf(kase.id(), officer).entries()).hasSize(1);

		this.mvc
			.perform(post("/cases/{id}/acts/RECORD_INQUIRY", kase.id()).param("on", this.time.today().toString())
				.param("officerIds", two.get(0).id().toString(), two.get(1).id().toString())
				.param("note", "询问笔录")
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + kase.id()));
		CaseEntry inquiry = this.cases.caseOf(kase.id(), officer).entries().get(1);
		assertThat(inquiry.act()).isEqualTo(CaseAct.RECORD_INQUIRY);
		assertThat(inquiry.officers()).extracting(ActingOfficer::officerId)
			.containsExactly(two.get(0).id(), two.get(1).id());
		assertThat(inquiry.actedOn()).isEqualTo(this.time.today());

		// a date in a form that is not a date: said in Chinese
		this.mvc
			.perform(post("/cases/{id}/acts/RECORD_INSPECTION", kase.id()).param("on", "明天")
				.param("officerIds", two.get(0).id().toString(), two.get(1).id().toString())
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_DATE\"")))
			.andExpect(content().string(containsString("日期格式应为 年-月-日")));
	}

	@Test
	void anOfficerMayNotExamineTheCaseTheUnitHeadMay() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);
		this.cases.endInvestigation(kase.id(), List.of(), "调查报告", officer);

		this.mvc
			.perform(post("/cases/{id}/acts/EXAMINE", kase.id()).param("note", "同意").with(user(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_ACT_NOT_YOURS\"")))
			.andExpect(content().string(containsString("案件审查只能由承办机构负责人或者机关负责人作出")))
			.andExpect(content().string(containsString("《生态环境行政处罚办法》")));
		// the API, which has no form to hide, is refused by the gate itself
		this.mvc
			.perform(post("/api/v1/cases/{id}/examination", kase.id()).contentType("application/json")
				.content("{\"note\":\"同意\"}")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("CASE_GATE_UNIT_HEAD_APPROVAL")));

		this.mvc
			.perform(post("/cases/{id}/acts/EXAMINE", kase.id()).param("note", "事实清楚，同意告知")
				.with(user(this.demo.principal("demo-unithead")))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + kase.id()));
		assertThat(this.cases.caseOf(kase.id(), officer).stage()).isEqualTo(Stage.EXAMINED);
	}

	@Test
	void anActThatCannotBeUndoneIsConfirmedFirst() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);

		this.mvc
			.perform(post("/cases/{id}/acts/REVOKE_FILING", kase.id()).param("note", "违法事实不能成立")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-confirm\"")))
			.andExpect(content().string(containsString("确认撤销立案")))
			.andExpect(content().string(containsString("name=\"note\" value=\"违法事实不能成立\"")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(this.cases.caseOf(kase.id(), officer).stage()).isEqualTo(Stage.INVESTIGATION);

		// without a reason the refusal comes after the confirmation, in place
		this.mvc
			.perform(post("/cases/{id}/acts/REVOKE_FILING", kase.id()).param("confirmed", "true")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_REASON\"")))
			.andExpect(content().string(containsString("请写明撤销立案的理由")));

		this.mvc
			.perform(post("/cases/{id}/acts/REVOKE_FILING", kase.id()).param("note", "违法事实不能成立")
				.param("confirmed", "true")
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + kase.id()));
		assertThat(this.cases.caseOf(kase.id(), officer).stage()).isEqualTo(Stage.FILING_REVOKED);
	}

	@Test
	void eachCaseHasItsNumberOnItsPageAndInTheList() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase first = filed(officer);
		PenaltyCase second = filed(officer);
		String one = this.numbers.numberOf(first.id()).orElseThrow();
		String two = this.numbers.numberOf(second.id()).orElseThrow();
		int year = first.filedOn().getYear();
		Pattern form = Pattern.compile(".+罚立〔" + year + "〕(\\d+)号");
		Matcher a = form.matcher(one);
		Matcher b = form.matcher(two);
		assertThat(a.matches()).as(one).isTrue();
		assertThat(b.matches()).as(two).isTrue();
		assertThat(Integer.parseInt(b.group(1))).isEqualTo(Integer.parseInt(a.group(1)) + 1);

		assertThat(page(second.id(), officer)).contains("<span id=\"case-number\">" + two + "</span>")
			.doesNotContain("案件 " + second.id() + "<");
		this.mvc.perform(get("/cases").param("size", "100").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + two + "</a>")));
	}

	@Test
	void theCasePageShowsTheHandlingPeriodWithItsBadge() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);
		assertThat(page(kase.id(), officer)).contains("id=\"case-deadlines\"", "data-kind=\"CASE_HANDLING\"", "办案期限",
				"case-deadline-badge");
	}

	@Test
	void aDocumentDraftedFromTheCaseCarriesWhatTheCaseKnows() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);
		List<Officer> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), this.time.today());
		this.cases.recordInvestigation(kase.id(), false, this.time.today(), two.stream().map(Officer::id).toList(),
				List.of(), List.of(), "现场检查", officer);
		assertThat(page(kase.id(), officer))
			.contains("id=\"draft-FILING_APPROVAL\"", "id=\"draft-INVESTIGATION_REPORT\"")
			.doesNotContain("id=\"draft-PENALTY_DECISION\"");

		Document approval = drafted(kase.id(), "FILING_APPROVAL", officer);
		assertThat(approval.owner()).isEqualTo(new Document.Owner("CASE", kase.id().toString()));
		assertThat(approval.values()).containsEntry("caseName", kase.title())
			.containsEntry("partyName", "牡丹江某化工有限公司")
			.containsEntry("filingDate", kase.filedOn().toString())
			.containsEntry("caseNumber", this.numbers.numberOf(kase.id()).orElseThrow());
		assertThat((String) approval.values().get("proposedHandlers")).contains(two.get(0).name(),
				two.get(0).certificateNumber(), two.get(1).name());
		Document report = drafted(kase.id(), "INVESTIGATION_REPORT", officer);
		assertThat((String) report.values().get("investigationProcess")).contains("现场检查", two.get(1).name());
		assertThat(page(kase.id(), officer)).contains("href=\"/documents/" + approval.id() + "\"");

		// a document the stage does not call for is refused in place
		this.mvc
			.perform(post("/cases/{id}/documents", kase.id()).param("type", "PENALTY_DECISION")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_DOCUMENT_NOT_OFFERED\"")));
	}

	@Test
	void theNoticeIsDraftedIssuedAndRecordedWithItsAmount() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase kase = filed(officer);
		this.cases.endInvestigation(kase.id(), List.of(), "调查报告", officer);
		this.cases.examine(kase.id(), false, "同意", this.demo.principal("demo-unithead"));

		Document notice = drafted(kase.id(), "PENALTY_NOTICE", officer);
		assertThat(notice.values()).containsEntry("partyName", "牡丹江某化工有限公司");
		Map<String, Object> values = new LinkedHashMap<>(notice.values());
		values.putAll(noticeText());
		Document saved = this.documents.save(notice.id(), values, notice.version(), officer,
				officer.dataScope().agencyIds());
		Document issued = this.documents.issue(saved.id(), saved.version(), officer, officer.dataScope().agencyIds());
		assertThat(page(kase.id(), officer)).contains("id=\"doc-NOTIFY-" + issued.id() + "\"");

		// a document of another case is not this case's
		PenaltyCase other = filed(officer);
		Document foreign = drafted(other.id(), "FILING_APPROVAL", officer);
		this.mvc
			.perform(post("/cases/{id}/acts/NOTIFY", kase.id()).param("documentIds", Long.toString(foreign.id()))
				.param("amount", "1000")
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"CASE_DOCUMENT_NOT_OF_CASE\"")));

		this.mvc
			.perform(post("/cases/{id}/acts/NOTIFY", kase.id()).param("documentIds", Long.toString(issued.id()))
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + kase.id()));
		PenaltyCase notified = this.cases.caseOf(kase.id(), officer);
		assertThat(notified.stage()).isEqualTo(Stage.NOTIFIED);
		assertThat(notified.notified().fine().amount()).isEqualByComparingTo("120000");
		assertThat(notified.entries().get(notified.entries().size() - 1).documentIds()).containsExactly(issued.id());
		// the timeline names the recorded document by its type and 文号, not by a bare id
		assertThat(page(kase.id(), officer)).contains("行政处罚事先（听证）告知书 " + issued.number() + "</a>")
			.doesNotContain(">文书 " + issued.id() + "<");

		Document receipt = drafted(kase.id(), "SERVICE_RECEIPT", officer);
		assertThat(receipt.values()).containsEntry("recipientName", "牡丹江某化工有限公司");
		assertThat(receipt.values().get("servedDocuments").toString()).contains(issued.number());
	}

	private Document drafted(long caseId, String type, SanxiangPrincipal who) throws Exception {
		String location = this.mvc
			.perform(post("/cases/{id}/documents", caseId).param("type", type).with(user(who)).with(csrf()))
			.andExpect(redirectedUrlPattern("/documents/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.documents.get(Long.parseLong(location.substring("/documents/".length())),
				who.dataScope().agencyIds());
	}

	/** What the officer writes on the notice's page. */
	static Map<String, Object> noticeText() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("partyIdentifier", "91231000MA1B2C3D4E");
		values.put("partyAddress", "黑龙江省牡丹江市阳明区某工业园区88号");
		values.put("facts", "现场检查发现废气排放超过国家规定的排放标准。");
		values.put("evidence", "现场检查笔录、监测报告");
		values.put("violatedProvisions", "《中华人民共和国大气污染防治法》第十八条");
		values.put("penaltyBasis", "《中华人民共和国大气污染防治法》第九十九条第二项");
		values.put("discretionReason", "首次违法，属一般情节");
		values.put("proposedPenalty", "罚款人民币壹拾贰万元整");
		values.put("proposedFineAmount", "120000");
		values.put("statementRights", "你（单位）可在收到本告知书之日起五个工作日内提出陈述、申辩。");
		values.put("contactInfo", "执法支队 0453-1234567");
		return values;
	}

}
