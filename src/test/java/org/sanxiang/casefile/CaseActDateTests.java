package org.sanxiang.casefile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The violation's date given at 立案 is kept on the case ({@code act_on}, V58) — from the
 * page and from the API's optional fields —, survives the case's later saves, is shown on
 * the case page and is the date the decision's 从旧兼从轻 reads.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CaseActDateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	DemoAccounts demo;

	@Autowired
	BusinessTime time;

	@Autowired
	DecisionBasisReader basis;

	@Autowired
	PenaltyCaseRepository repository;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theDateGivenOnTheFilingPageIsKeptShownAndReadByTheDecision() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		LocalDate actOn = this.time.today().minusDays(40);
		LocalDate endedOn = this.time.today().minusDays(12);
		String location = this.mvc
			.perform(post("/cases").param("title", "某公司持续超标排放案")
				.param("partyName", "牡丹江某纸业有限公司")
				.param("actOn", actOn.toString())
				.param("continuing", "true")
				.param("actEndedOn", endedOn.toString())
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		PenaltyCase filed = this.cases.caseOf(Long.parseLong(location.substring("/cases/".length())), officer);
		// a later save of the case leaves the date alone
		this.repository.save(this.repository.findById(filed.id()).orElseThrow());
		assertThat(this.basis.actDate(filed)).isEqualTo(endedOn);
		String page = this.mvc.perform(get(location).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"case-act-on\"", "违法行为发生日期", actOn.toString(), "终了日期", endedOn.toString());
	}

	@Test
	void theApisFilingTakesTheDateOptionallyAndChecksTheLimitation() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		LocalDate actOn = this.time.today().minusDays(30);
		Map<String, Object> body = new HashMap<>(
				Map.of("title", "某公司废水超标排放案", "partyName", "牡丹江某热电有限公司", "actOn", actOn.toString()));
		JsonNode filed = api(body, officer, status().isCreated());
		PenaltyCase kase = this.cases.caseOf(filed.get("id").asLong(), officer);
		assertThat(this.basis.actDate(kase)).isEqualTo(actOn);

		body.put("actOn", this.time.today().minusYears(3).toString());
		JsonNode refused = api(body, officer, status().is4xxClientError());
		assertThat(refused.get("code").asString()).isEqualTo("CASE_GATE_LIMITATION");

		// without a date the filing date stands in, as before
		JsonNode plain = api(Map.of("title", "某公司噪声超标案", "partyName", "牡丹江某热电有限公司"), officer, status().isCreated());
		PenaltyCase without = this.cases.caseOf(plain.get("id").asLong(), officer);
		assertThat(this.basis.actDate(without)).isEqualTo(without.filedOn());
		this.mvc.perform(get("/cases/" + without.id()).with(user(officer)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("case-act-on"))));
	}

	private JsonNode api(Object body, SanxiangPrincipal who, ResultMatcher expected) throws Exception {
		String response = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/cases")
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

}
