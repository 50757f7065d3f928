package org.sanxiang.casefile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceFilesAccess;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.storage.BlobStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service modes and the acts after the decision through the API and the service on H2:
 * each endpoint, its refusals as problem details, what is persisted, the events audited,
 * the 案卷 stored at the archive with its digest, and the periods on the official calendar.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CaseExecutionApiTests {

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

	@Autowired
	OfficialCalendar calendar;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode post(String path, Object body, SanxiangPrincipal who, ResultMatcher expected) throws Exception {
		String response = this.mvc
			.perform(MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content((body instanceof String text) ? text : this.json.writeValueAsString(body))
				.with(user(who))
				.with(csrf()))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	/** A case notified 罚款 50,000 元 today, without a hearing offered. */
	private long notified(String title) {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = this.cases.file(title, "牡丹江某化工有限公司", List.of(), "立案审批表", officer).id();
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), this.time.today())
			.stream()
			.map(Officer::id)
			.toList();
		this.cases.recordInvestigation(id, false, this.time.today(), two, List.of(), List.of(), "现场检查笔录", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意告知", this.demo.principal("demo-head"));
		this.cases.notify(id, CaseFixtures.fine(50_000), false, List.of(), officer);
		return id;
	}

	/** Notice served, defence waived, 罚款 50,000 元 decided by the head today. */
	private long decided(String title) {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = notified(title);
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		this.cases.waiveStatement(id, List.of(), officer);
		PenaltyCase kase = this.cases.caseOf(id, officer);
		this.cases.decide(id, CaseFixtures.decision(kase, 50_000, false, this.time.today()), List.of(),
				this.demo.principal("demo-head"));
		return id;
	}

	private List<String> audited(long id) {
		return this.jdbc.sql("select action from audit_record where object_type = 'PenaltyCase' and object_id = ?")
			.param(Long.toString(id))
			.query(String.class)
			.list();
	}

	@Test
	void eachActAfterTheDecisionHasItsEndpointAndRefusalsAreProblemDetails() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = notified("某公司废水超标排放案（送达与执行）");
		String cases = "/api/v1/cases/" + id;

		JsonNode left = post(cases + "/notice-service", Map.of("service", Map.of("mode", "LEFT")), officer,
				status().isUnprocessableContent());
		assertThat(left.get("code").asString()).isEqualTo("CASE_SERVICE_LEFT");
		assertThat(left.get("detail").asString()).contains("留置送达", "录像");
		post(cases + "/notice-service", "{\"service\":{\"mode\":\"FAX\"}}", officer, status().isBadRequest());
		JsonNode served = post(cases + "/notice-service",
				Map.of("service", Map.of("mode", "ELECTRONIC", "receiptDocumentId", 9001, "consentDocumentId", 9002)),
				officer, status().isOk());
		assertThat(served.get("noticeServiceMode").asString()).isEqualTo("ELECTRONIC");

		this.cases.waiveStatement(id, List.of(), officer);
		PenaltyCase kase = this.cases.caseOf(id, officer);
		this.cases.decide(id, CaseFixtures.decision(kase, 50_000, false, this.time.today()), List.of(), head);
		JsonNode decision = post(cases + "/decision-service",
				Map.of("service", Map.of("mode", "POST", "receiptDocumentId", 9003)), officer, status().isOk());
		assertThat(decision.get("decisionServiceMode").asString()).isEqualTo("POST");
		LocalDate due = LocalDate.parse(decision.get("paymentDueOn").asString());
		assertThat(due).isAfterOrEqualTo(this.time.today().plusDays(15));

		LocalDate today = this.time.today();
		List<Map<String, Object>> plan = List.of(Map.of("dueOn", today.plusDays(30).toString(), "amount", "25000"),
				Map.of("dueOn", today.plusDays(60).toString(), "amount", "25000"));
		JsonNode notHead = post(cases + "/payment-plan", Map.of("plan", plan, "documentIds", List.of(9004, 9005)),
				officer, status().isUnprocessableContent());
		assertThat(notHead.get("code").asString()).isEqualTo("CASE_GATE_AGENCY_HEAD");
		JsonNode granted = post(cases + "/payment-plan", Map.of("plan", plan, "documentIds", List.of(9004, 9005)), head,
				status().isOk());
		assertThat(granted.get("paymentPlan")).hasSize(2);

		JsonNode paid = post(cases + "/payment", Map.of("amount", "100", "handedInOn", today.toString()), officer,
				status().isOk());
		assertThat(paid.get("lateHandIn").asBoolean()).isFalse();

		JsonNode applied = post(cases + "/remedy", Map.of("remedy", "REVIEW", "documentId", 9006), officer,
				status().isOk());
		assertThat(applied.get("remedies").get(0).get("kind").asString()).isEqualTo("REVIEW");
		JsonNode noDocument = post(cases + "/remedy-outcome", Map.of("outcome", "UPHELD"), officer,
				status().isUnprocessableContent());
		assertThat(noDocument.get("detail").asString()).contains("复议决定书");
		JsonNode changed = post(
				cases + "/remedy-outcome", Map.of("outcome", "CHANGED", "penalty",
						Map.of("actions", List.of("FINE"), "fine", "30000"), "note", "违法情节较轻", "documentId", 9007),
				officer, status().isOk());
		assertThat(changed.get("decided").asString()).isEqualTo("罚款 30000 元");

		JsonNode execution = this.json.readTree(this.mvc.perform(get(cases + "/execution").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(execution.get("principal").decimalValue()).isEqualByComparingTo("30000");
		assertThat(execution.get("owed").decimalValue()).isEqualByComparingTo("29900");
		assertThat(execution.get("surcharge").decimalValue()).isEqualByComparingTo("0");

		JsonNode reminded = post(cases + "/reminder", Map.of("documentIds", List.of(9008)), officer, status().isOk());
		assertThat(reminded.get("remindedOn").asString()).isEqualTo(today.toString());
		JsonNode notHeadCourt = post(cases + "/court-application", Map.of("documentIds", List.of(9009)), officer,
				status().isUnprocessableContent());
		assertThat(notHeadCourt.get("code").asString()).isEqualTo("CASE_GATE_AGENCY_HEAD");
		assertThat(notHeadCourt.get("detail").asString()).contains("行政强制法》第五十五条");
		JsonNode early = post(cases + "/court-application", Map.of("documentIds", List.of(9009)), head,
				status().isUnprocessableContent());
		assertThat(early.get("code").asString()).isEqualTo("CASE_GATE_COURT_APPLICATION");
		assertThat(early.get("detail").asString()).contains("催告书送达十日后", "行政强制法");
		JsonNode noRuling = post(cases + "/court-ruling", Map.of("granted", true, "documentId", 9010), officer,
				status().isConflict());
		assertThat(noRuling.get("code").asString()).isEqualTo("CASE_COURT_NOT_APPLIED");

		PenaltyCase read = this.cases.caseOf(id, head);
		assertThat(read.noticeServiceMode()).isEqualTo(ServiceMode.ELECTRONIC);
		assertThat(read.decisionServiceMode()).isEqualTo(ServiceMode.POST);
		assertThat(read.remedies()).singleElement()
			.satisfies((remedy) -> assertThat(remedy.outcome()).isEqualTo(Remedy.Outcome.CHANGED));
		assertThat(read.paymentPlan()).isEmpty();
		assertThat(read.decided()).isEqualTo(CaseFixtures.fine(30_000));
		assertThat(read.paid()).isEqualTo(Money.yuan(100));
		assertThat(read.entries().stream().map(CaseEntry::act)).contains(CaseAct.GRANT_PAYMENT_PLAN,
				CaseAct.APPLY_FOR_REMEDY, CaseAct.RECORD_REMEDY_OUTCOME, CaseAct.REMIND);
		assertThat(audited(id)).contains("CASE_DECISION_CHANGED", "CASE_DECISION_SERVED", "CASE_NOTICE_SERVED");
		String page = this.mvc.perform(get("/cases/" + id).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("缴款期限", "加处罚款（截至今日）0", "尚欠 29,900");
	}

	@Test
	void aRevokedDecisionClosesAndTheArchiveStoresTheCaseFileWithItsDigest() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = decided("某公司危险废物非法转移案（撤销）");
		this.cases.serve(id, this.time.today(), new ServiceRecord(ServiceMode.DIRECT, null, null, null, null),
				List.of(), officer);
		long evidence = upload(id, officer);
		this.cases.applyForRemedy(id, this.time.today(), Remedy.Kind.LITIGATION, 9099L, officer);
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.cases.close(id, List.of(), officer))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("CASE_REMEDY_PENDING"));
		this.cases.recordRemedyOutcome(id, this.time.today(), Remedy.Outcome.REVOKED, null, "主要事实不清", 9100L, officer);
		this.cases.close(id, List.of(), officer);
		PenaltyCase archived = this.cases.archive(id, List.of(), this.demo.principal("demo-head"));

		assertThat(archived.revokedOn()).isEqualTo(this.time.today());
		String sha256 = archived.caseFileSha256();
		assertThat(sha256).matches("[0-9a-f]{64}");
		assertThat(this.cases.caseOf(id, officer).caseFileSha256()).isEqualTo(sha256);
		byte[] zip = this.blobs.read(sha256).orElseThrow();
		assertThat(names(zip)).contains("manifest.json").anyMatch((name) -> name.contains("证据"));
		assertThat(audited(id)).contains("CASE_DECISION_REVOKED", "CASE_CLOSED", "CASE_ARCHIVED");
		assertThat(evidence).isPositive();
	}

	@Test
	void thePeriodsRunOnTheOfficialCalendarAcrossNationalDay() {
		// the application's working days; a review that needs nothing below 200,000 yuan
		CaseRules rules = CaseRules.all(this.cases.rules().days(), new CaseFixtures.FakeReview());
		PenaltyCase kase = CaseFixtures.filed(1, LocalDate.of(2026, 3, 2));
		Acting officer = CaseFixtures.on(LocalDate.of(2026, 3, 2), CaseFixtures.OFFICER);
		Acting unitHead = CaseFixtures.on(LocalDate.of(2026, 3, 2), CaseFixtures.UNIT_HEAD);
		kase.recordInspection(officer, List.of(CaseFixtures.WANG, CaseFixtures.LI), List.of(), List.of(), null, rules);
		kase.endInvestigation(officer, List.of(), null, rules);
		kase.examine(unitHead, false, null, rules);
		kase.notify(officer, CaseFixtures.fine(50_000), false, List.of(), rules);
		kase.recordNoticeService(officer, List.of(), rules);
		kase.waiveStatement(officer, List.of(), rules);
		kase.decide(CaseFixtures.on(LocalDate.of(2026, 3, 3), CaseFixtures.HEAD),
				CaseFixtures.decision(kase, 50_000, false, LocalDate.of(2026, 3, 3)), List.of(), rules);
		// served Monday 16 March: due on the fifteenth day, Tuesday 31 March
		kase.serve(CaseFixtures.on(LocalDate.of(2026, 3, 16), CaseFixtures.OFFICER), List.of(), rules);
		assertThat(kase.paymentDueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
		PenaltyCase autumn = CaseFixtures.filed(2, LocalDate.of(2026, 3, 2));
		autumn.recordInspection(officer, List.of(CaseFixtures.WANG, CaseFixtures.LI), List.of(), List.of(), null,
				rules);
		autumn.endInvestigation(officer, List.of(), null, rules);
		autumn.examine(unitHead, false, null, rules);
		autumn.notify(officer, CaseFixtures.fine(50_000), false, List.of(), rules);
		autumn.recordNoticeService(officer, List.of(), rules);
		autumn.waiveStatement(officer, List.of(), rules);
		autumn.decide(CaseFixtures.on(LocalDate.of(2026, 3, 3), CaseFixtures.HEAD),
				CaseFixtures.decision(autumn, 50_000, false, LocalDate.of(2026, 3, 3)), List.of(), rules);
		// served Wednesday 16 September: the fifteenth day, 1 October, is a holiday; due
		// on 8
		// October, the next working day
		autumn.serve(CaseFixtures.on(LocalDate.of(2026, 9, 16), CaseFixtures.OFFICER), List.of(), rules);
		assertThat(autumn.paymentDueOn()).isEqualTo(LocalDate.of(2026, 10, 8));

		// served 10 April: the time to sue ends 10 October. 催告 on Thursday 24 September:
		// ten working days over 中秋 (25 September) and National Day (1-7 October, Saturday
		// 10 October worked) end on 15 October; a Monday-to-Friday count would end on 8
		// October
		PenaltyCase court = CaseFixtures.filed(3, LocalDate.of(2026, 3, 2));
		court.recordInspection(officer, List.of(CaseFixtures.WANG, CaseFixtures.LI), List.of(), List.of(), null, rules);
		court.endInvestigation(officer, List.of(), null, rules);
		court.examine(unitHead, false, null, rules);
		court.notify(officer, CaseFixtures.fine(50_000), false, List.of(), rules);
		court.recordNoticeService(officer, List.of(), rules);
		court.waiveStatement(officer, List.of(), rules);
		court.decide(CaseFixtures.on(LocalDate.of(2026, 3, 3), CaseFixtures.HEAD),
				CaseFixtures.decision(court, 50_000, false, LocalDate.of(2026, 3, 3)), List.of(), rules);
		court.serve(CaseFixtures.on(LocalDate.of(2026, 4, 10), CaseFixtures.OFFICER), List.of(), rules);
		court.remind(CaseFixtures.on(LocalDate.of(2026, 9, 24), CaseFixtures.OFFICER), List.of(1L), rules);
		assertThat(CaseFixtures.WEEKDAYS.addWorkingDays(LocalDate.of(2026, 9, 24), 10))
			.isEqualTo(LocalDate.of(2026, 10, 8));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> court.applyToCourt(CaseFixtures.on(LocalDate.of(2026, 10, 15), CaseFixtures.HEAD),
					List.of(2L), rules))
			.satisfies((refusal) -> assertThat(refusal.getMessage()).contains("2026-10-15之后"));
		court.applyToCourt(CaseFixtures.on(LocalDate.of(2026, 10, 16), CaseFixtures.HEAD), List.of(2L), rules);
		assertThat(court.courtAppliedOn()).isEqualTo(LocalDate.of(2026, 10, 16));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
	}

	private long upload(long caseId, SanxiangPrincipal officer) throws Exception {
		String certificate = this.officers.within(Set.of(officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(this.time.today().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
		LocalDate yesterday = this.time.today().minusDays(1);
		String body = this.mvc
			.perform(multipart("/api/v1/evidence")
				.file(new MockMultipartFile("file", "现场照片.jpg", "image/jpeg", EvidenceFilesAccess.jpeg()))
				.param("ownerKind", "CASE")
				.param("ownerId", Long.toString(caseId))
				.param("ownerStage", "INVESTIGATION")
				.param("kind", "PHYSICAL")
				.param("description", "排污口现场")
				.param("officerCertificate", certificate)
				.param("captureStart", yesterday + "T09:30")
				.param("captureEnd", yesterday + "T09:40")
				.param("place", "牡丹江市某厂")
				.with(csrf())
				.with(user(officer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	private static List<String> names(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
