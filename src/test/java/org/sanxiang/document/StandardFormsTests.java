package org.sanxiang.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.Band;
import org.sanxiang.legalbasis.DiscretionCalculator;
import org.sanxiang.legalbasis.DiscretionRequest;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.PartyType;
import tools.jackson.databind.json.JsonMapper;

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
 * The standard forms added after the legal review (Mo5) and its minor findings on the
 * shipped forms (m11, m12, m13, m20): each new form is refused at issue without what the
 * law makes it state, with a Chinese 422; 不予行政处罚决定书 records its 第三十三条 ground and the
 * education given and is the agency head's to sign; the samples that name a fine agree
 * with the product's benchmark.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-api")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class StandardFormsTests {

	static final List<String> NEW_TYPES = List.of("EVIDENCE_PRESERVATION_RELEASE", "INVESTIGATION_REPORT",
			"HEARING_REPORT", "NO_PENALTY_DECISION", "FINE_INSTALMENT_NOTICE", "CASE_TRANSFER_DETENTION",
			"CASE_TRANSFER_JUDICIAL", "ENFORCEMENT_APPLICATION", "FILING_REVOCATION_APPROVAL", "SAMPLING_RECORD",
			"INVESTIGATION_SUSPENSION_APPROVAL");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	DiscretionCalculator calculator;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	Set<Long> scope() {
		return officer().dataScope().agencyIds();
	}

	Document draft(String type, Map<String, Object> values) {
		DocumentFontsFixture.fonts();
		return this.documents.draft(type, values, null, officer(), scope());
	}

	Map<String, Object> sample(String type) {
		return new HashMap<>(Samples.of(this.types.get(type)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "EVIDENCE_PRESERVATION_RELEASE", "INVESTIGATION_REPORT", "HEARING_REPORT",
			"NO_PENALTY_DECISION", "FINE_INSTALMENT_NOTICE", "CASE_TRANSFER_DETENTION", "CASE_TRANSFER_JUDICIAL",
			"ENFORCEMENT_APPLICATION", "FILING_REVOCATION_APPROVAL", "SAMPLING_RECORD",
			"INVESTIGATION_SUSPENSION_APPROVAL" })
	void eachNewFormIsRefusedAtIssueWithoutARequiredFieldAndIssuedWithIt(String code) throws Exception {
		DocumentType type = this.types.get(code);
		assertThat(type.basis()).startsWith("《");
		for (DocumentField field : type.requiredFields()) {
			Map<String, Object> values = sample(code);
			values.remove(field.name());
			assertThatThrownBy(() -> DocumentContent.of(type, values, true)).as("%s.%s", code, field.name())
				.isInstanceOf(ContentRefused.class)
				.hasMessage("缺少必填项：" + field.label());
		}
		DocumentField first = type.requiredFields().get(0);
		Map<String, Object> values = sample(code);
		values.remove(first.name());
		Document incomplete = draft(code, values);
		SanxiangPrincipal signer = Signatories.HEAD_ONLY.contains(code) ? head() : officer();
		this.mvc
			.perform(post("/api/v1/documents/" + incomplete.id() + "/issue").with(csrf())
				.with(user(signer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + incomplete.version() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_FIELD_REQUIRED"))
			.andExpect(jsonPath("$.detail").value("缺少必填项：" + first.label()))
			.andExpect(jsonPath("$.fields[0].field").value(first.name()));
		Document complete = draft(code, sample(code));
		Document issued = this.documents.issue(complete.id(), complete.version(), signer, scope());
		assertThat(issued.status()).isEqualTo(Document.Status.ISSUED);
		assertThat(issued.number() != null).isEqualTo(type.numbered());
	}

	@Test
	void theNewFormsAreTheOnesTheReviewListedAsMissing() {
		assertThat(NEW_TYPES).allSatisfy((code) -> assertThat(this.types.get(code)).isNotNull());
		assertThat(this.types.get("NO_PENALTY_DECISION").basis()).contains("第三十三条").contains("第五十七条第一款第（二）项、第（三）项");
		assertThat(this.types.get("EVIDENCE_PRESERVATION_RELEASE").basis()).isEqualTo("《中华人民共和国行政处罚法》第五十六条");
		assertThat(this.types.get("FINE_INSTALMENT_NOTICE").basis()).contains("第六十六条");
		assertThat(this.types.get("ENFORCEMENT_APPLICATION").basis()).contains("第五十三条", "第五十四条", "第五十五条");
		// 移送公安机关行政拘留 is not 行政处罚法 第二十七条 (transfer of suspected crimes)
		assertThat(this.types.get("CASE_TRANSFER_DETENTION").basis())
			.contains("《中华人民共和国环境保护法》第六十三条", "《中华人民共和国固体废物污染环境防治法》第一百二十条", "《排污许可管理条例》第四十四条", "公治〔2014〕853号")
			.doesNotContain("行政处罚法");
		assertThat(this.types.get("CASE_TRANSFER_JUDICIAL").basis()).contains("第二十七条", "第五十七条第一款第（四）项");
	}

	// 不予行政处罚决定书 -----------------------------------------------------------------

	@Test
	void aNoPenaltyDecisionIsTheAgencyHeadsToSign() throws Exception {
		Document draft = draft("NO_PENALTY_DECISION", sample("NO_PENALTY_DECISION"));
		this.mvc
			.perform(post("/api/v1/documents/" + draft.id() + "/issue").with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.version() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("SIGNATORY_REFUSED"))
			.andExpect(jsonPath("$.detail").value("只有机关负责人可以签发不予行政处罚决定书，请提交机关负责人签发"));
		assertThat(this.documents.get(draft.id(), scope()).draft()).isTrue();
		Document issued = this.documents.issue(draft.id(), draft.version(), head(), scope());
		assertThat(issued.number()).matches("牡环不罚〔\\d{4}〕[1-9]\\d*号");
	}

	@Test
	void aNoPenaltyDecisionNamesOneOfTheFourGroundsOfTheLaw() {
		DocumentType type = this.types.get("NO_PENALTY_DECISION");
		assertThat(type.field("ground").orElseThrow().choices()).containsExactly("违法行为轻微并及时改正，没有造成危害后果（应当不予行政处罚）",
				"初次违法且危害后果轻微并及时改正（可以不予行政处罚）", "当事人有证据足以证明没有主观过错（不予行政处罚）", "违法事实不能成立（不予行政处罚）");
		Map<String, Object> values = sample("NO_PENALTY_DECISION");
		values.put("ground", "情节轻微");
		assertThatThrownBy(() -> DocumentContent.of(type, values, false)).isInstanceOf(ContentRefused.class)
			.hasMessage("以下各项不符合要求：不予行政处罚的情形")
			.satisfies((e) -> assertThat(((ContentRefused) e).fields().get(0).get("reason"))
				.startsWith("应为以下之一：违法行为轻微并及时改正"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "违法行为轻微并及时改正，没有造成危害后果（应当不予行政处罚）", "初次违法且危害后果轻微并及时改正（可以不予行政处罚）", "当事人有证据足以证明没有主观过错（不予行政处罚）" })
	void everyNoPenaltyForAnOffenceRecordsTheEducationGiven(String ground) {
		// 行政处罚法 第三十三条第三款: 对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育
		DocumentType type = this.types.get("NO_PENALTY_DECISION");
		Map<String, Object> values = sample("NO_PENALTY_DECISION");
		values.put("ground", ground);
		DocumentContent.of(type, values, true);
		values.remove("education");
		assertThatThrownBy(() -> DocumentContent.of(type, values, true)).isInstanceOf(ContentRefused.class)
			.hasMessage("缺少必填项：对当事人进行教育的情况");
		assertThat(DocumentContent.of(type, values, false).text("education")).isNull();
	}

	@Test
	void whereTheFactsDoNotStandThereIsNoOffenceToEducateAbout() {
		DocumentType type = this.types.get("NO_PENALTY_DECISION");
		Map<String, Object> values = sample("NO_PENALTY_DECISION");
		values.put("ground", "违法事实不能成立（不予行政处罚）");
		values.remove("education");
		assertThat(DocumentContent.of(type, values, true).text("ground")).isEqualTo("违法事实不能成立（不予行政处罚）");
	}

	@Test
	void theDraftingPageOffersTheGroundsAsAChoice() throws Exception {
		String page = this.mvc.perform(get("/documents/new").param("type", "NO_PENALTY_DECISION").with(user(officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<select", "id=\"f-ground\"", "请选择", "初次违法且危害后果轻微并及时改正（可以不予行政处罚）");
	}

	// 强制执行申请书: 由行政机关负责人签名 (行政强制法 第五十五条) ------------------------------------

	@Test
	void anEnforcementApplicationIsSignedByTheHead() {
		Document draft = draft("ENFORCEMENT_APPLICATION", sample("ENFORCEMENT_APPLICATION"));
		assertThatThrownBy(() -> this.documents.issue(draft.id(), draft.version(), officer(), scope()))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("只有机关负责人可以签发强制执行申请书，请提交机关负责人签发");
		assertThat(this.types.get("ENFORCEMENT_APPLICATION").field("headSignature").orElseThrow().required()).isTrue();
	}

	// 中止（恢复）调查 --------------------------------------------------------------------

	@Test
	void aResumptionNamesTheDayTheInvestigationResumes() {
		DocumentType type = this.types.get("INVESTIGATION_SUSPENSION_APPROVAL");
		Map<String, Object> values = sample("INVESTIGATION_SUSPENSION_APPROVAL");
		values.put("action", "恢复调查");
		assertThatThrownBy(() -> DocumentContent.of(type, values, true)).isInstanceOf(ContentRefused.class)
			.hasMessage("缺少必填项：恢复调查日期");
		values.put("resumptionDate", "2026-06-02");
		assertThat(DocumentContent.of(type, values, true).text("resumptionDate")).isEqualTo("2026-06-02");
	}

	// samples agree with the product's own benchmark --------------------------------

	@Test
	void theInvestigationReportProposesTheFineTheBenchmarkGivesTheCase() {
		DiscretionResult benchmark = this.calculator.calculate(
				DiscretionRequest.of("WATER-EVASION", Map.of("EVASION_MANNER", "HIDDEN_PIPE", "DURATION", "GE_30",
						"SENSITIVE_AREA", "NO", "FIRST_OFFENCE", "FIRST"), PartyType.UNIT, LocalDate.of(2026, 3, 27)));
		assertThat(benchmark.band()).isEqualTo(Band.SEVERE);
		Money proposed = Money.of(sample("INVESTIGATION_REPORT").get("proposedFineAmount").toString());
		assertThat(proposed.compareTo(benchmark.min())).isGreaterThanOrEqualTo(0);
		assertThat(proposed.compareTo(benchmark.max())).isLessThanOrEqualTo(0);
		assertThat(proposed.compareTo(Money.of(sample("PENALTY_DECISION").get("fineAmount").toString()))).isZero();
		assertThat(sample("HEARING_REPORT").get("presidingOpinion").toString()).contains("陆拾伍万元", "六十四万元以上一百万元以下");
	}

	@Test
	void theInstalmentsAddUpToAFineTheBenchmarkGivesItsFacts() {
		// 二氧化硫超标0.6倍、持续3日、不在敏感区、初次违法 (the facts the enforcement application states)
		DiscretionResult benchmark = this.calculator.calculate(
				DiscretionRequest.of("AIR-EXCEED",
						Map.of("EXCEED_RATIO", "HALF_TO_ONE", "DURATION", "D1_7", "SENSITIVE_AREA", "NO",
								"FIRST_OFFENCE", "FIRST", "MITIGATION", "NO"),
						PartyType.UNIT, LocalDate.of(2026, 2, 10)));
		assertThat(benchmark.band()).isEqualTo(Band.GENERAL);
		Map<String, Object> notice = sample("FINE_INSTALMENT_NOTICE");
		Money fine = Money.of(notice.get("fineAmount").toString());
		assertThat(fine.compareTo(benchmark.min())).isGreaterThanOrEqualTo(0);
		assertThat(fine.compareTo(benchmark.max())).isLessThanOrEqualTo(0);
		@SuppressWarnings("unchecked")
		List<Map<String, String>> schedule = (List<Map<String, String>>) notice.get("schedule");
		Money total = schedule.stream().map((r) -> Money.of(r.get("amount"))).reduce(Money.yuan(0), Money::plus);
		assertThat(total.compareTo(fine)).isZero();
		Map<String, Object> application = sample("ENFORCEMENT_APPLICATION");
		assertThat(application.get("decisionNumber")).isEqualTo(notice.get("decisionNumber"));
		assertThat(application.get("factsReasonsBasis").toString()).contains("0.6倍", "持续3日", "贰拾万元");
		Money principal = Money.of(application.get("principalAmount").toString());
		Money surcharge = Money.of(application.get("surchargeAmount").toString());
		// 加处罚款的数额不得超出罚款的数额 (行政处罚法 第七十二条)
		assertThat(surcharge.isGreaterThan(fine)).isFalse();
		assertThat(Money.of(application.get("totalAmount").toString()).compareTo(principal.plus(surcharge))).isZero();
	}

	// minor findings of the review ---------------------------------------------------

	@Test
	void noSampleNumberCarriesALeadingZero() {
		// m11, GB/T 9704-2012: 发文字号 不编虚位 (牡环立〔2026〕18号, not 018号)
		Pattern padded = Pattern.compile("〔\\d{4}〕0\\d*号");
		for (DocumentType type : this.types.all()) {
			String samples = JsonMapper.builder().build().writeValueAsString(Samples.of(type));
			assertThat(padded.matcher(samples).find()).as(type.code()).isFalse();
		}
		assertThat(sample("FILING_APPROVAL").get("caseNumber")).isEqualTo("牡环立〔2026〕18号");
	}

	@Test
	void theClosingApprovalDoesNotCiteTheArticleOnRecordingTheProcess() {
		// m12: 行政处罚法 第四十七条 is 全过程记录, not 结案
		DocumentType closing = this.types.get("CASE_CLOSING_APPROVAL");
		assertThat(closing.name()).isEqualTo("行政处罚案件结案审批表");
		assertThat(closing.basis()).doesNotContain("第四十七条").contains("结案");
	}

	@Test
	void aRestrictionOrderStatesHowThePartyWasToldAndHeardAsASuspensionOrderDoes() {
		// m13, 限制生产、停产整治办法 第十一条
		for (String code : new String[] { "PRODUCTION_RESTRICTION_ORDER", "PRODUCTION_SUSPENSION_ORDER" }) {
			DocumentType type = this.types.get(code);
			assertThat(type.basis()).as(code).contains("第十一条");
			Map<String, Object> values = sample(code);
			values.remove("noticeAndHearing");
			assertThatThrownBy(() -> DocumentContent.of(type, values, true)).as(code)
				.isInstanceOf(ContentRefused.class)
				.hasMessage("缺少必填项：告知及听证情况");
		}
	}

	@Test
	void aHearingRecordCarriesThePartysSignatureOrThePresidingOfficersNoteOfTheRefusal() throws Exception {
		// m20, 行政处罚法 第六十四条第（八）项
		DocumentType type = this.types.get("HEARING_RECORD");
		Map<String, Object> values = sample("HEARING_RECORD");
		values.remove("partySignature");
		Document unsigned = draft("HEARING_RECORD", values);
		this.mvc
			.perform(post("/api/v1/documents/" + unsigned.id() + "/issue").with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + unsigned.version() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DOCUMENT_FIELD_REQUIRED"))
			.andExpect(jsonPath("$.detail").value("缺少必填项：当事人（代理人）签名或者当事人或者其代理人拒绝签字或者盖章的情况（由听证主持人注明）"))
			.andExpect(jsonPath("$.fields[0].field").value("partySignature"));
		values.put("signatureRefusal", "当事人委托代理人何某某对笔录第3页质证内容有异议，拒绝签字。  主持人：周某某");
		assertThat(DocumentContent.of(type, values, true).text("signatureRefusal")).contains("拒绝签字");
	}

}
