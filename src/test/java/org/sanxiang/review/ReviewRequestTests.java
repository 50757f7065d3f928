package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review requests over HTTP: materials checked before submission, the reviewer rules
 * (unit, qualification, not the case's own officer, recusal), return and point-by-point
 * resubmission with the diff, the time limit on the official calendar, and the gate that
 * opens only for exactly the snapshot that passed.
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewRequestTests {

	static LocalDate today() {
		return ReviewProposals.today();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	OfficialCalendar calendar;

	final JsonMapper json = JsonMapper.builder().build();

	Map<String, Object> proposal(String subject, String fine, List<String> officerCertificates, boolean complete) {
		return ReviewProposals.body(this.demo.principal("demo-officer").agencyId(), subject, "UNIT", fine, false,
				officerCertificates, complete);
	}

	JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, ResultMatcher expected)
			throws Exception {
		String body = this.mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
		return body.isEmpty() ? null : this.json.readTree(body);
	}

	JsonNode post(String path, Object body, SanxiangPrincipal who, ResultMatcher expected) throws Exception {
		return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with(user(who))
			.with(csrf()), expected);
	}

	boolean gate(String digest) throws Exception {
		return call(get("/api/v1/review/gate").param("digest", digest).with(user(this.demo.principal("demo-officer"))),
				status().isOk())
			.get("allowed")
			.asBoolean();
	}

	String certificateOf(String username) {
		return this.officers.certificatesOfAccount(this.demo.principal(username).accountId()).iterator().next();
	}

	@Test
	void aReturnedRequestIsFixedResubmittedAndPassedAndTheGateFollowsTheDigest() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		String subject = "R" + System.nanoTime();
		JsonNode incomplete = post("/api/v1/review/requests", proposal(subject, "300000", List.of(), false), officer,
				status().isUnprocessableContent());
		assertThat(incomplete.get("code").asString()).isEqualTo("REVIEW_MATERIALS_MISSING");
		assertThat(incomplete.get("detail").asString()).contains("案件调查报告", "告知书送达回证");

		JsonNode submitted = post("/api/v1/review/requests", proposal(subject, "300000", List.of(), true), officer,
				status().isCreated());
		long id = submitted.get("id").asLong();
		assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("reviewRequired").asBoolean()).isTrue();
		assertThat(LocalDate.parse(submitted.get("due").asString()))
			.isEqualTo(this.calendar.addWorkingDays(today(), 5));
		String first = submitted.at("/rounds/0/digest").asString();
		post("/api/v1/review/requests", proposal(subject, "300000", List.of(), true), officer, status().isConflict());

		post("/api/v1/review/requests/" + id + "/take", Map.of(), officer, status().isForbidden());
		post("/api/v1/review/requests/" + id + "/take", Map.of(), reviewer, status().isOk());
		JsonNode passWithProblem = post("/api/v1/review/requests/" + id + "/pass",
				Map.of("findings", ReviewProposals.findings("EVIDENCE")), reviewer, status().isUnprocessableContent());
		assertThat(passWithProblem.get("code").asString()).isEqualTo("REVIEW_PASS_WITH_PROBLEM");
		JsonNode returned = post("/api/v1/review/requests/" + id + "/return",
				Map.of("findings", ReviewProposals.findings("EVIDENCE"), "problems",
						List.of(Map.of("type", "FACTS_OR_EVIDENCE", "advice", "补充加盖印章的监测报告，并核实超标倍数"))),
				reviewer, status().isOk());
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
		long returnOpinion = returned.at("/rounds/0/opinionDocumentId").asLong();
		JsonNode opinion = call(get("/api/v1/documents/{id}", returnOpinion).with(user(reviewer)), status().isOk());
		assertThat(opinion.get("status").asString()).isEqualTo("ISSUED");
		assertThat(opinion.toString()).contains("退回", "补充加盖印章的监测报告", "证据使用：存在问题");
		assertThat(gate(first)).isFalse();

		Map<String, Object> fixed = proposal(subject, "250000", List.of(), true);
		post("/api/v1/review/requests/" + id + "/resubmit", Map.of("decision", fixed, "answers", List.of(" ")), officer,
				status().isUnprocessableContent());
		JsonNode resubmitted = post("/api/v1/review/requests/" + id + "/resubmit",
				Map.of("decision", fixed, "answers", List.of("已补充加盖印章的监测报告，超标倍数经复核为1.5倍")), officer, status().isOk());
		assertThat(resubmitted.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(resubmitted.get("changes").toString()).contains("罚款", "300000.00", "250000.00");
		String second = resubmitted.at("/rounds/1/digest").asString();

		JsonNode passed = post("/api/v1/review/requests/" + id + "/pass",
				Map.of("findings", ReviewProposals.findings(null)), reviewer, status().isOk());
		assertThat(passed.get("status").asString()).isEqualTo("PASSED");
		assertThat(passed.at("/rounds/1/outcome").asString()).isEqualTo("PASSED");
		JsonNode passOpinion = call(
				get("/api/v1/documents/{id}", passed.at("/rounds/1/opinionDocumentId").asLong()).with(user(reviewer)),
				status().isOk());
		assertThat(passOpinion.get("status").asString()).isEqualTo("ISSUED");
		assertThat(passOpinion.get("number").asString()).isNotBlank();
		assertThat(passOpinion.toString()).contains("通过", "刘洋（法律职业资格证书编号：A20192301000123）", "250,000.00");
		assertThat(passed.at("/rounds/0/problems/0/advice").asString()).contains("监测报告");
		assertThat(gate(second)).isTrue();
		assertThat(gate(first)).isFalse();

		Map<String, Object> changed = proposal(subject, "240000", List.of(), true);
		String third = post("/api/v1/review/classify", changed, officer, status().isOk()).at("/classification/digest")
			.asString();
		assertThat(third).isNotIn(first, second);
		assertThat(gate(third)).isFalse();
		long again = post("/api/v1/review/requests", changed, officer, status().isCreated()).get("id").asLong();
		post("/api/v1/review/requests/" + again + "/take", Map.of(), reviewer, status().isOk());
		post("/api/v1/review/requests/" + again + "/pass", Map.of("findings", ReviewProposals.findings(null)), reviewer,
				status().isOk());
		assertThat(gate(third)).isTrue();
		this.mvc.perform(get("/api/v1/review/gate").param("digest", "xyz").with(user(officer)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/review/requests").param("status", "NONSENSE").with(user(officer)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/review/requests").param("status", "PASSED").with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
	}

	@Test
	void theCasesOwnOfficerAnUnqualifiedAndARecusedReviewerAreRefused() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long own = post("/api/v1/review/requests",
				proposal("O" + System.nanoTime(), "300000", List.of(certificateOf("demo-reviewer")), true), officer,
				status().isCreated())
			.get("id")
			.asLong();
		assertThat(
				post("/api/v1/review/requests/" + own + "/take", Map.of(), reviewer, status().isForbidden()).get("code")
					.asString())
			.isEqualTo("REVIEWER_HANDLED_CASE");

		SanxiangPrincipal other = this.demo.principal("demo-officer2");
		SanxiangPrincipal unqualified = new SanxiangPrincipal(other.accountId(), "demo-officer2", other.displayName(),
				reviewer.agencyId(), reviewer.agencyName(), reviewer.agencyPath(), reviewer.departmentId(),
				reviewer.roles(), reviewer.dataScope(), true, null, false, null);
		long plain = post("/api/v1/review/requests", proposal("U" + System.nanoTime(), "300000", List.of(), true),
				officer, status().isCreated())
			.get("id")
			.asLong();
		assertThat(post("/api/v1/review/requests/" + plain + "/take", Map.of(), unqualified, status().isForbidden())
			.get("code")
			.asString()).isEqualTo("REVIEWER_NOT_QUALIFIED");

		post("/api/v1/review/requests/" + plain + "/recuse", Map.of("reason", " "), reviewer,
				status().isUnprocessableContent());
		post("/api/v1/review/requests/" + plain + "/recuse", Map.of("reason", "当事人法定代表人系本人近亲属"), reviewer,
				status().isOk());
		assertThat(post("/api/v1/review/requests/" + plain + "/take", Map.of(), reviewer, status().isForbidden())
			.get("code")
			.asString()).isEqualTo("REVIEWER_RECUSED");
		post("/api/v1/review/requests/" + plain + "/extend", Map.of(), officer, status().isForbidden());
		JsonNode extended = post("/api/v1/review/requests/" + plain + "/extend", Map.of(),
				this.demo.principal("demo-head"), status().isOk());
		assertThat(LocalDate.parse(extended.get("due").asString())).isEqualTo(this.calendar.addWorkingDays(today(), 8));
		post("/api/v1/review/requests/" + plain + "/extend", Map.of(), this.demo.principal("demo-head"),
				status().isConflict());
		this.mvc.perform(get("/api/v1/review/requests/" + plain).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
	}

	@Autowired
	ReviewTodos todos;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	List<org.sanxiang.core.TodoItem> todosOf(String username) {
		SanxiangPrincipal who = this.demo.principal(username);
		return this.todos.todosFor(who,
				who.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
				who.dataScope().agencyIds());
	}

	@Test
	void reviewersHeadsAndOfficersFindTheirReviewsOnTheirToDoLists() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		String subject = "T" + System.nanoTime();
		long id = post("/api/v1/review/requests", proposal(subject, "300000", List.of(), true), officer,
				status().isCreated())
			.get("id")
			.asLong();
		assertThat(todosOf("demo-reviewer")).anySatisfy((todo) -> {
			assertThat(todo.title()).startsWith("待承接法制审核：");
			assertThat(todo.link()).isEqualTo("/review/" + id);
		});
		assertThat(todosOf("demo-head")).noneMatch((todo) -> todo.link().equals("/review/" + id));
		this.jdbc.sql("update review_round set submitted_on = :d where request_id = :id")
			.param("d", java.sql.Date.valueOf(today().minusDays(20)))
			.param("id", id)
			.update();
		assertThat(todosOf("demo-head")).anySatisfy((todo) -> {
			assertThat(todo.link()).isEqualTo("/review/" + id);
			assertThat(todo.urgency()).isEqualTo(org.sanxiang.core.TodoItem.Urgency.OVERDUE);
			assertThat(todo.detail()).contains("已超期");
		});
		post("/api/v1/review/requests/" + id + "/take", Map.of(), reviewer, status().isOk());
		post("/api/v1/review/requests/" + id + "/return", Map.of("findings", ReviewProposals.findings("FACTS"),
				"problems", List.of(Map.of("type", "FACTS_OR_EVIDENCE", "advice", "补充监测报告"))), reviewer,
				status().isOk());
		assertThat(todosOf("demo-officer")).anySatisfy((todo) -> {
			assertThat(todo.title()).startsWith("法制审核被退回");
			assertThat(todo.link()).isEqualTo("/review/" + id);
		});
		assertThat(todosOf("demo-officer2")).noneMatch((todo) -> todo.link().equals("/review/" + id));
		assertThat(todosOf("demo-sysadmin")).isEmpty();
	}

	@Test
	void halfAMillionNeedsTheHeadsCollectiveDiscussionBeforeTheGateOpens() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		JsonNode submitted = post("/api/v1/review/requests",
				proposal("D" + System.nanoTime(), "600000", List.of(), true), officer, status().isCreated());
		long id = submitted.get("id").asLong();
		assertThat(submitted.get("discussionRequired").asBoolean()).isTrue();
		String digest = submitted.at("/rounds/0/digest").asString();
		post("/api/v1/review/requests/" + id + "/take", Map.of(), reviewer, status().isOk());
		post("/api/v1/review/requests/" + id + "/pass", Map.of("findings", ReviewProposals.findings(null)), reviewer,
				status().isOk());
		JsonNode waiting = call(get("/api/v1/review/gate").param("digest", digest).with(user(officer)),
				status().isOk());
		assertThat(waiting.get("allowed").asBoolean()).isFalse();
		assertThat(waiting.get("reason").asString()).contains("集体讨论尚未作出结论");

		Map<String, Object> held = new HashMap<>();
		held.put("date", today().toString());
		held.put("place", "局三楼会议室");
		held.put("presider", "陈静");
		held.put("recorder", "王强");
		held.put("attendees", List.of("陈静", "赵刚"));
		held.put("opinions", List.of(Map.of("name", "陈静", "opinion", "同意")));
		held.put("conclusion", "按审核通过的内容作出处罚决定");
		held.put("agreed", true);
		JsonNode incomplete = post("/api/v1/review/requests/" + id + "/discussion", held, head,
				status().isUnprocessableContent());
		assertThat(incomplete.get("detail").asString()).contains("尚缺：赵刚");
		held.put("opinions",
				List.of(Map.of("name", "陈静", "opinion", "同意"), Map.of("name", "赵刚", "opinion", "同意，罚款数额适当")));
		post("/api/v1/review/requests/" + id + "/discussion", held, officer, status().isForbidden());
		post("/api/v1/review/requests/" + id + "/discussion", held, head, status().isOk());
		JsonNode open = call(get("/api/v1/review/gate").param("digest", digest).with(user(officer)), status().isOk());
		assertThat(open.get("allowed").asBoolean()).isTrue();
		assertThat(open.get("reason").asString()).contains("集体讨论同意");
		post("/api/v1/review/requests/" + id + "/discussion", held, head, status().isConflict());
	}

	@Test
	void ofEightConcurrentTakesOneWins() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long id = post("/api/v1/review/requests", proposal("C" + System.nanoTime(), "300000", List.of(), true), officer,
				status().isCreated())
			.get("id")
			.asLong();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> {
					try {
						this.reviews.take(id, reviewer);
						return 200;
					}
					catch (RuleViolation ex) {
						return ex.status().value();
					}
					catch (org.springframework.dao.OptimisticLockingFailureException ex) {
						return 409;
					}
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 409).filteredOn((s) -> s == 200).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
