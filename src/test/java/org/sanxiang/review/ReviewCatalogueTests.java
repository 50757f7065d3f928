package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Actor;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review catalogues over HTTP: the demo catalogue on the portal, classification of a
 * proposed decision against the version in force (with its refusals in Chinese),
 * publishing a version (the agency head only, never retroactively, one winner of a race).
 */
@SpringBootTest(properties = "sanxiang.test.context=review")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class ReviewCatalogueTests {

	static LocalDate today() {
		return ReviewProposals.today();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ReviewCatalogues catalogues;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	Map<String, Object> proposal(long agencyId, String party, String fine, boolean hearing) {
		return ReviewProposals.body(agencyId, "42", party, fine, hearing, List.of(), false);
	}

	JsonNode classify(SanxiangPrincipal who, Map<String, Object> body) throws Exception {
		return this.json.readTree(
				this.mvc
					.perform(post("/api/v1/review/classify").contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(body))
						.with(user(who))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	@Test
	void theDemoCatalogueIsPublishedOnThePortal() throws Exception {
		this.mvc.perform(get("/portal/review-catalogue"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("拟实施按日连续处罚的")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("单位超过 200,000.00 元（不含本数）")));
		long agency = this.demo.principal("demo-officer").agencyId();
		JsonNode versions = this.json.readTree(this.mvc.perform(get("/api/v1/public/review/catalogues/{id}", agency))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode first = versions.get(versions.size() - 1);
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.at("/entries/0/thresholds/UNIT/amount").asString()).isEqualTo("200000.00");
		assertThat(first.at("/entries/0/thresholds/UNIT/inclusive").asBoolean(true)).isFalse();
	}

	@Test
	void aProposedDecisionIsClassifiedAgainstTheCatalogueInForce() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		JsonNode at = classify(officer, proposal(officer.agencyId(), "UNIT", "200000", false));
		assertThat(at.get("reviewRequired").asBoolean()).isFalse();
		JsonNode over = classify(officer, proposal(officer.agencyId(), "UNIT", "200000.01", false));
		assertThat(over.get("reviewRequired").asBoolean()).isTrue();
		assertThat(over.at("/classification/reviewGrounds/0/source").asString())
			.isEqualTo("法制审核目录清单（第1版，2026-01-01施行）第1项");
		assertThat(over.get("missing").toString()).contains("案件调查报告");
		JsonNode hearing = classify(officer, proposal(officer.agencyId(), "UNIT", "1000", true));
		assertThat(hearing.at("/classification/reviewGrounds/0/source").asString())
			.isEqualTo("《中华人民共和国行政处罚法》第五十八条第一款第二项");
		JsonNode person = classify(officer, proposal(officer.agencyId(), "INDIVIDUAL", "20000.01", false));
		assertThat(person.get("reviewRequired").asBoolean()).isTrue();
	}

	@Test
	void aBadProposalIsRefusedInChineseAndAnotherAgencysIsRefused() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Map<String, Object> blank = proposal(officer.agencyId(), "UNIT", "1000", false);
		blank.put("facts", " ");
		this.mvc
			.perform(post("/api/v1/review/classify").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(blank))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("REVIEW_SNAPSHOT_INVALID"))
			.andExpect(jsonPath("$.detail").value("请填写认定的违法事实"));
		Map<String, Object> amount = proposal(officer.agencyId(), "UNIT", "十万", false);
		this.mvc
			.perform(post("/api/v1/review/classify").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(amount))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("INVALID_AMOUNT"));
		long other = this.agencies.all()
			.stream()
			.map(Agency::id)
			.filter((id) -> !officer.dataScope().includes(id))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/api/v1/review/classify").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(proposal(other, "UNIT", "1000", false)))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheAgencyHeadPublishesAndNeverRetroactively() throws Exception {
		SanxiangPrincipal head = this.demo.principal("demo-head");
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		String entries = this.json.writeValueAsString(Map.of("effectiveFrom", today().plusDays(10).toString(),
				"entries", List.of(Map.of("code", "1", "title", "拟吊销许可证件的", "actions", List.of("REVOKE_PERMIT"),
						"hearingHeld", false, "collectiveDiscussion", false))));
		this.mvc
			.perform(post("/api/v1/review/catalogues/{id}", officer.agencyId()).contentType(MediaType.APPLICATION_JSON)
				.content(entries)
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		String yesterday = this.json.writeValueAsString(Map.of("effectiveFrom", today().minusDays(1).toString(),
				"entries", List.of(Map.of("code", "1", "title", "拟吊销许可证件的", "actions", List.of("REVOKE_PERMIT"),
						"hearingHeld", false, "collectiveDiscussion", false))));
		this.mvc
			.perform(post("/api/v1/review/catalogues/{id}", head.agencyId()).contentType(MediaType.APPLICATION_JSON)
				.content(yesterday)
				.with(user(head))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("REVIEW_CATALOGUE_RETROACTIVE"));
		this.mvc
			.perform(post("/api/v1/review/catalogues/{id}", head.agencyId()).contentType(MediaType.APPLICATION_JSON)
				.content(entries)
				.with(user(head))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		assertThat(this.catalogues.inForce(head.agencyId(), today()).orElseThrow().version()).isEqualTo(1);
		assertThat(this.catalogues.inForce(head.agencyId(), today().plusDays(10)).orElseThrow().version()).isEqualTo(2);
		assertThat(this.catalogues.inForce(head.agencyId(), today().plusDays(9)).orElseThrow().effectiveTo())
			.isEqualTo(today().plusDays(9));
		this.mvc
			.perform(post("/api/v1/review/catalogues/{id}", head.agencyId()).contentType(MediaType.APPLICATION_JSON)
				.content(entries)
				.with(user(head))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REVIEW_CATALOGUE_ORDER"));
		assertThat(this.jdbc.sql("select count(*) from audit_record where action = 'REVIEW_CATALOGUE_PUBLISHED'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void ofEightConcurrentPublicationsOneWins() throws Exception {
		Agency agency = this.agencies.all()
			.stream()
			.filter((a) -> a.id() != this.demo.principal("demo-head").agencyId())
			.reduce((first, second) -> second)
			.orElseThrow();
		Actor actor = new DemoReviewCatalogue.DemoActor("race", agency.id(), agency.path());
		LocalDate from = today().plusDays(30);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				Callable<Integer> publish = () -> {
					try {
						this.catalogues.publish(agency.id(), from, DemoReviewCatalogue.typical(), actor);
						return 200;
					}
					catch (RuleViolation ex) {
						return ex.status().value();
					}
				};
				results.add(pool.submit(publish));
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
		assertThat(this.catalogues.versions(agency.id())).extracting(ReviewCatalogue::version).containsExactly(2, 1);
	}

}
