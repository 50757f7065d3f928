package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases saved and read through the service: the timeline persisted with its officers,
 * documents and evidence, the acts audited, who may act and read, and a lost race as a
 * 409.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CasesTests {

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode post(String path, Object body, SanxiangPrincipal who, ResultMatcher expected) throws Exception {
		String response = this.mvc
			.perform(MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body))
				.with(user(who))
				.with(csrf()))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	@Test
	void theApiFilesListsByStageAndExplainsARefusal() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		JsonNode filed = post("/api/v1/cases", Map.of("title", "某公司废气超标排放案", "partyName", "牡丹江某热电有限公司"), officer,
				status().isCreated());
		long id = filed.get("id").asLong();
		assertThat(filed.get("stageName").asString()).isEqualTo("调查取证");
		assertThat(filed.get("timeline").get(0).get("actName").asString()).isEqualTo("立案");

		List<Long> one = twoQualifiedOfficers(officer.agencyId()).subList(0, 1);
		JsonNode refused = post("/api/v1/cases/" + id + "/inquiry", Map.of("officerIds", one), officer,
				status().isUnprocessableContent());
		assertThat(refused.get("code").asString()).isEqualTo("CASE_GATE_QUALIFIED_OFFICERS");
		assertThat(refused.get("detail").asString()).contains("不得少于两人", "第四十二条");

		JsonNode illegal = post("/api/v1/cases/" + id + "/decision-service", Map.of(), officer, status().isConflict());
		assertThat(illegal.get("code").asString()).isEqualTo("CASE_ILLEGAL_TRANSITION");

		post("/api/v1/cases/" + id + "/end-investigation", Map.of("note", "调查报告"), officer, status().isOk());
		String list = this.mvc
			.perform(
					get("/api/v1/cases").param("stage", "INVESTIGATION_ENDED").param("size", "100").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode page = this.json.readTree(list);
		assertThat(page.get("items").findValuesAsString("stage")).containsOnly("INVESTIGATION_ENDED");
		assertThat(page.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);

		this.mvc.perform(get("/api/v1/cases/" + id).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		// 案件审查 is the unit head's (the officer is refused by the gate)
		post("/api/v1/cases/" + id + "/examination", Map.of("note", "事实清楚"), officer, status().is(422));
		post("/api/v1/cases/" + id + "/examination", Map.of("note", "事实清楚"), this.demo.principal("demo-unithead"),
				status().isOk());
		JsonNode notified = post("/api/v1/cases/" + id + "/notice",
				Map.of("penalty", Map.of("actions", List.of("FINE"), "fine", "50000"), "offerHearing", false), officer,
				status().isOk());
		assertThat(notified.get("stageName").asString()).isEqualTo("已告知待送达");
		assertThat(notified.get("notified").asString()).isEqualTo("罚款 50000 元");
	}

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

	private List<Long> twoQualifiedOfficers(long agencyId) {
		return CaseFixtures.twoQualifiedOfficers(this.officers, agencyId, this.time.today())
			.stream()
			.map(Officer::id)
			.toList();
	}

	@Test
	void aFiledCaseKeepsItsTimelineAndEveryActIsAudited() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		PenaltyCase filed = this.cases.file("某化工公司超标排放案", "牡丹江某化工有限公司", List.of(11L), "立案审批表", officer);
		long id = filed.id();
		this.cases.recordInvestigation(id, true, this.time.today(), twoQualifiedOfficers(officer.agencyId()),
				List.of(12L), List.of(21L, 22L), "询问笔录", officer);
		this.cases.endInvestigation(id, List.of(13L), "调查报告", officer);

		PenaltyCase read = this.cases.caseOf(id, this.demo.principal("demo-head"));
		assertThat(read.stage()).isEqualTo(Stage.INVESTIGATION_ENDED);
		assertThat(read.entries()).extracting(CaseEntry::act)
			.containsExactly(CaseAct.FILE, CaseAct.RECORD_INQUIRY, CaseAct.END_INVESTIGATION);
		CaseEntry inquiry = read.entries().get(1);
		assertThat(inquiry.officers()).hasSize(2)
			.allSatisfy((on) -> assertThat(on.validOn(this.time.today())).isTrue());
		assertThat(inquiry.evidenceIds()).containsExactly(21L, 22L);
		assertThat(inquiry.documentIds()).containsExactly(12L);
		assertThat(inquiry.actor()).isEqualTo("demo-officer");
		assertThat(this.jdbc.sql("select action from audit_record where object_type = 'PenaltyCase' and object_id = ?")
			.param(Long.toString(id))
			.query(String.class)
			.list()).contains("CASE_FILED", "CASE_ACT_RECORDED");
	}

	@Test
	void aGateRefusesThroughTheServiceAndNothingIsSaved() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = this.cases.file("某公司未批先建案", "牡丹江某建材有限公司", List.of(), null, officer).id();
		List<Long> one = twoQualifiedOfficers(officer.agencyId()).subList(0, 1);
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.recordInvestigation(id, false, this.time.today(), one, List.of(), List.of(),
					null, officer))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("CASE_GATE_QUALIFIED_OFFICERS"));
		assertThat(this.cases.caseOf(id, officer).entries()).hasSize(1);
	}

	@Test
	void administratorsNeverReadCasesAndOtherAgenciesDoNotSeeThem() {
		long id = this.cases.file("某公司噪声超标案", "牡丹江某机械有限公司", List.of(), null, this.demo.principal("demo-officer")).id();
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.caseOf(id, this.demo.principal("demo-sysadmin")))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("CASE_CONTENT_REFUSED");
				assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
			});
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.caseOf(id, this.demo.principal("demo-hrb-officer")))
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.endInvestigation(id, List.of(), null, this.demo.principal("demo-reviewer")))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("CASE_ACTOR_REFUSED"));
	}

	@Test
	void ofTwoApprovalsAtOnceOneWinsAndTheOtherIsAConflict() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal unitHead = this.demo.principal("demo-unithead");
		long id = this.cases.file("某公司危废贮存不规范案", "牡丹江某化工有限公司", List.of(), null, officer).id();
		this.cases.endInvestigation(id, List.of(), null, officer);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (SanxiangPrincipal approver : List.of(unitHead, this.demo.principal("demo-head"))) {
				Callable<Integer> approve = () -> {
					start.await();
					try {
						this.cases.examine(id, false, "同意", approver);
						return 200;
					}
					catch (RuleViolation ex) {
						return ex.status().value();
					}
					catch (OptimisticLockingFailureException ex) {
						return 409;
					}
				};
				results.add(pool.submit(approve));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.cases.caseOf(id, officer).entries()).extracting(CaseEntry::act)
			.containsOnlyOnce(CaseAct.EXAMINE);
	}

	private List<Long> listed(SanxiangPrincipal who, String... params) throws Exception {
		var request = get("/api/v1/cases").param("size", "100").with(user(who));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("items").findValues("id").stream().map(JsonNode::asLong).toList();
	}

	@Test
	void theListFiltersByStageOfficerPartyDeadlineStatusAndFilingDate() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String tag = "筛选" + System.nanoTime() % 1_000_000;
		long a = this.cases.file("筛选甲案", tag + "甲_100%有限公司", List.of(), null, officer).id();
		long b = this.cases.file("筛选乙案", tag + "乙有限公司", List.of(), null, officer).id();
		long c = this.cases.file("筛选丙案", tag + "丙有限公司", List.of(), null, officer).id();
		List<Long> two = twoQualifiedOfficers(officer.agencyId());
		this.cases.recordInvestigation(b, true, this.time.today(), two, List.of(), List.of(), "询问笔录", officer);
		this.cases.endInvestigation(c, List.of(), "调查报告", officer);
		// the due dates as the keeper would have kept them, placed around today
		java.time.LocalDate today = this.time.today();
		setDue(a, today.minusDays(1));
		setDue(b, today);
		setDue(c, today.plusDays(60));
		this.jdbc.sql("update penalty_case set filed_on = :on where id = :id")
			.param("on", java.time.LocalDate.of(2025, 3, 1))
			.param("id", c)
			.update();

		assertThat(listed(officer, "party", tag)).containsExactlyInAnyOrder(a, b, c);
		assertThat(listed(officer, "party", tag, "stage", "INVESTIGATION_ENDED")).containsExactly(c);
		assertThat(listed(officer, "party", tag, "officer", two.get(0).toString())).containsExactly(b);
		assertThat(listed(officer, "party", "_100%")).containsExactly(a);
		assertThat(listed(officer, "party", "%")).contains(a).doesNotContain(b, c);
		assertThat(listed(officer, "party", tag, "deadline", "OVERDUE")).containsExactly(a);
		assertThat(listed(officer, "party", tag, "deadline", "DUE_SOON")).containsExactly(b);
		assertThat(listed(officer, "party", tag, "deadline", "NORMAL")).containsExactly(c);
		assertThat(listed(officer, "party", tag, "filedFrom", "2025-01-01", "filedTo", "2025-12-31"))
			.containsExactly(c);
		assertThat(listed(officer, "party", tag, "filedFrom", today.toString())).containsExactlyInAnyOrder(a, b);
		assertThat(listed(this.demo.principal("demo-hrb-officer"), "party", tag)).isEmpty();
	}

	private void setDue(long id, java.time.LocalDate due) {
		this.jdbc.sql("update penalty_case set due_on = :due, due_kind = 'CASE_HANDLING' where id = :id")
			.param("due", due)
			.param("id", id)
			.update();
	}

	@Test
	void aBadListParameterIsA400ProblemAndThePageSaysSoInChinese() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Map<String, String> bad = new java.util.LinkedHashMap<>();
		bad.put("stage", "FINISHED");
		bad.put("officer", "abc");
		bad.put("deadline", "LATE");
		bad.put("filedFrom", "2026-13-01");
		bad.put("filedTo", "1900-01-01");
		bad.put("party", "长".repeat(101));
		for (Map.Entry<String, String> param : bad.entrySet()) {
			String body = this.mvc
				.perform(get("/api/v1/cases").param(param.getKey(), param.getValue()).with(user(officer)))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(this.json.readTree(body).get("code").asString()).as(param.getKey()).startsWith("CASE_FILTER_");
			String page = this.mvc.perform(get("/cases").param(param.getKey(), param.getValue()).with(user(officer)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(param.getKey()).contains("alert-danger").doesNotContain("CASE_FILTER_");
		}
		this.mvc
			.perform(get("/api/v1/cases").param("filedFrom", "2026-10-02")
				.param("filedTo", "2026-10-01")
				.with(user(officer)))
			.andExpect(status().isBadRequest());
	}

}
