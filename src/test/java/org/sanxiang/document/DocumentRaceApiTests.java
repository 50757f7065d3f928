package org.sanxiang.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The document's acts over HTTP when people collide: of eight simultaneous voidings (or
 * issues) of one document exactly one is done — one ledger entry, one audit line — and
 * the others are answered 409 with a problem detail in Chinese, on a page the refusal is
 * explained in place; and every filter of the list refuses a value it does not know with
 * a 400 problem detail naming it, never a 500.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-race")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class DocumentRaceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer() {
		// the agency head: the race is on a 行政处罚决定书, which only the head signs
		return this.demo.principal("demo-head");
	}

	Set<Long> scope() {
		return officer().dataScope().agencyIds();
	}

	Document draft(String type) {
		DocumentFontsFixture.fonts();
		return this.documents.draft(type, new HashMap<>(Samples.of(this.types.get(type))), null, officer(), scope());
	}

	@Test
	void eightSimultaneousVoidingsOfOneDocumentVoidItOnceAndAnswerTheOthers409() throws Exception {
		Document draft = draft("PENALTY_DECISION");
		Document issued = this.documents.issue(draft.id(), draft.version(), officer(), scope());
		List<MockHttpServletResponse> answers = race(8,
				() -> post("/api/v1/documents/" + issued.id() + "/void").with(csrf())
					.with(user(officer()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"当事人名称有误，重新制作\"}"));
		assertThat(answers).filteredOn((a) -> a.getStatus() == 200).hasSize(1);
		assertConflicts(answers);
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_VOIDED' and subject_id = :n")
			.param("n", issued.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_VOIDED"))
			.filteredOn((r) -> String.valueOf(issued.id()).equals(r.get("object_id")))
			.hasSize(1);
	}

	@Test
	void eightSimultaneousIssuesOfOneDraftIssueItOnceAndAnswerTheOthers409() throws Exception {
		Document draft = draft("PENALTY_DECISION");
		List<MockHttpServletResponse> answers = race(8,
				() -> post("/api/v1/documents/" + draft.id() + "/issue").with(csrf())
					.with(user(officer()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + draft.version() + "}"));
		assertThat(answers).filteredOn((a) -> a.getStatus() == 200).hasSize(1);
		assertConflicts(answers);
		Document issued = this.documents.get(draft.id(), scope());
		assertThat(this.jdbc
			.sql("select count(*) from ledger_entry where entry_type = 'DOCUMENT_ISSUED' and subject_id = :n")
			.param("n", issued.number())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from document_number where document_id = :id")
			.param("id", issued.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(new AuditTrail(this.jdbc).entries("DOCUMENT_ISSUED"))
			.filteredOn((r) -> String.valueOf(issued.id()).equals(r.get("object_id")))
			.hasSize(1);
	}

	@Test
	void aSecondVoidingOnThePageIsExplainedInPlaceInChinese() throws Exception {
		Document draft = draft("PENALTY_NOTICE");
		Document issued = this.documents.issue(draft.id(), draft.version(), officer(), scope());
		this.documents.voidDocument(issued.id(), "送达地址错误", officer(), scope());
		String page = this.mvc
			.perform(post("/documents/" + issued.id() + "/void").param("reason", "送达地址错误")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("该文书已作废").doesNotContain("DOCUMENT_NOT_ISSUED");
	}

	@Test
	void everyFilterOfTheListRefusesAnUnknownValueWithA400NamingIt() throws Exception {
		Map<String, String> bad = Map.of("status", "FOO", "sort", "FOO", "dir", "FOO", "page", "abc", "size", "abc",
				"type", "FOO", "q", "字".repeat(101));
		for (Map.Entry<String, String> parameter : bad.entrySet()) {
			MockHttpServletResponse answer = this.mvc
				.perform(get("/api/v1/documents").param(parameter.getKey(), parameter.getValue()).with(user(officer())))
				.andReturn()
				.getResponse();
			assertThat(answer.getStatus()).as(parameter.getKey()).isEqualTo(400);
			assertThat(answer.getContentType()).as(parameter.getKey()).isEqualTo("application/problem+json");
			JsonNode problem = this.json.readTree(answer.getContentAsString());
			assertThat(problem.path("detail").asString()).as(parameter.getKey()).contains(parameter.getKey());
		}
		for (String parameter : List.of("status", "type", "sort", "dir")) {
			assertThat(this.mvc.perform(get("/documents").param(parameter, "FOO").with(user(officer())))
				.andReturn()
				.getResponse()
				.getStatus()).as(parameter).isEqualTo(400);
		}
	}

	private void assertConflicts(List<MockHttpServletResponse> answers) throws Exception {
		for (MockHttpServletResponse answer : answers) {
			if (answer.getStatus() != 200) {
				assertThat(answer.getStatus()).isEqualTo(409);
				assertThat(answer.getContentType()).isEqualTo("application/problem+json");
				JsonNode problem = this.json.readTree(answer.getContentAsString());
				assertThat(problem.path("code").asString()).isIn("CONCURRENT_MODIFICATION", "DOCUMENT_NOT_ISSUED",
						"DOCUMENT_FROZEN");
				assertThat(problem.path("detail").asString()).containsPattern("\\p{IsHan}");
			}
		}
	}

	private List<MockHttpServletResponse> race(int n, java.util.function.Supplier<RequestBuilder> request)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			RequestBuilder built = request.get();
			futures.add(pool.submit(() -> {
				start.await();
				return this.mvc.perform(built).andReturn().getResponse();
			}));
		}
		start.countDown();
		List<MockHttpServletResponse> answers = new ArrayList<>();
		for (Future<MockHttpServletResponse> future : futures) {
			answers.add(future.get(5, TimeUnit.MINUTES));
		}
		pool.shutdown();
		return answers;
	}

}
