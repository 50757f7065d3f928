package org.sanxiang.legalbasis;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API, the calculator page and the public portal pages, with good and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class LegalWebTests {

	@Autowired
	MockMvc mvc;

	static final String EXCEED = """
			{"violationType": "AIR-EXCEED", "partyType": "UNIT", "actDate": "2026-03-02", "decisionDate": "2026-06-01",
			 "answers": {"EXCEED_RATIO": "ONE_TO_THREE", "DURATION": "LT_1D", "SENSITIVE_AREA": "NO",
			             "FIRST_OFFENCE": "FIRST", "MITIGATION": "NO"}}""";

	@Test
	@WithMockUser(roles = "OFFICER")
	void anOfficerCalculatesABandWithItsCitations() throws Exception {
		this.mvc.perform(
				post("/api/v1/legal/discretion").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(EXCEED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.band").value("SERIOUS"))
			.andExpect(jsonPath("$.bandName").value("较重"))
			.andExpect(jsonPath("$.min").value("370000.00"))
			.andExpect(jsonPath("$.max").value("640000.00"))
			.andExpect(jsonPath("$.penaltyProvisions[0].label").value("《大气污染防治法》第九十九条第（二）项"))
			.andExpect(jsonPath("$.penaltyProvisions[0].text").value(containsString("十万元以上一百万元以下")))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("超标1倍（含）至3倍 → 较重"))));
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void badCalculatorInputIsA4xxWithAChineseReasonAndAStableCode() throws Exception {
		expectProblem(EXCEED.replace("AIR-EXCEED", "AIR-NOPE"), 404, "UNKNOWN_VIOLATION_TYPE", "未收录违法行为");
		expectProblem(EXCEED.replace("\"MITIGATION\": \"NO\"", "\"MITIGATION\": \"NO\", \"COLOUR\": \"RED\""), 400,
				"UNKNOWN_FACTOR", "裁量因素");
		expectProblem(EXCEED.replace("ONE_TO_THREE", "TWENTY"), 400, "UNKNOWN_ANSWER", "没有选项");
		expectProblem(EXCEED.replace("\"UNIT\"", "\"COMPANY\""), 400, "INVALID_PARTY_TYPE", "当事人类型");
		String daily = """
				{"violationType": "DAILY-CONTINUING", "partyType": "UNIT", "actDate": "2026-05-10",
				 "decisionDate": "2026-06-01", "originalViolation": "AIR-EXCEED", "originalDecisionDate": "2026-05-01",
				 "answers": {"REFUSAL": "CONTINUING"}, "quantities": {"ORIGINAL_FINE": 200000},
				 "correctionOrderServedOn": "2026-05-20", "reinspectedOn": "2026-05-10"}""";
		expectProblem(daily, 400, "INVALID_DAYS", "复查日期须晚于");
		expectProblem(daily.replace("200000", "-5").replace("05-10", "05-30"), 400, "NEGATIVE_AMOUNT", "不能为负数");
		expectProblem(daily.replace("200000", "5e20").replace("05-10", "05-30"), 400, "ABSURD_AMOUNT", "1万亿元");
		expectProblem(daily.replace("ORIGINAL_FINE", "BRIBES").replace("05-10", "05-30"), 400, "UNKNOWN_QUANTITY",
				"计算基数");
		expectProblem("{not json", 400, "MALFORMED_REQUEST", "请求格式不正确");
	}

	void expectProblem(String body, int status, String code, String detail) throws Exception {
		this.mvc
			.perform(
					post("/api/v1/legal/discretion").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
	}

	@Test
	@WithMockUser(roles = "UNIT_HEAD")
	void theResolveApiAnswersWithTheTextOfTheDate() throws Exception {
		this.mvc
			.perform(get("/api/v1/legal/articles/resolve").param("law", "大气污染防治法")
				.param("article", "第九十九条")
				.param("date", "2017-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value(containsString("环境保护主管部门")))
			.andExpect(jsonPath("$.status").value("已修订"))
			.andExpect(jsonPath("$.effectiveTo").value("2018-10-25"));
		this.mvc.perform(get("/api/v1/legal/articles/resolve").param("law", "AIR").param("article", "九十九条"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_ARTICLE_NUMBER"));
		this.mvc
			.perform(get("/api/v1/legal/articles/resolve").param("law", "'; drop table legal_text; --")
				.param("article", "1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_LAW"));
		this.mvc.perform(get("/api/v1/legal/laws").param("q", "%_'\"<>"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	@WithMockUser(roles = "PUBLISHER")
	void violationTypesAndMattersAreListed() throws Exception {
		this.mvc.perform(get("/api/v1/legal/violation-types/HW-UNLICENSED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statutoryRange.UNIT").value("1000000元以上5000000元以下"))
			.andExpect(jsonPath("$.statutoryRange.INDIVIDUAL").value("1000000元以上5000000元以下"))
			.andExpect(jsonPath("$.responsiblePersons.range").value("100000元以上1000000元以下"))
			.andExpect(jsonPath("$.measures[0].condition").value("法律规定与罚款一并适用"))
			.andExpect(jsonPath("$.benchmark.bands.length()").value(4));
		this.mvc.perform(get("/api/v1/legal/matters").param("q", "现场检查"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].randomInspection").value(true))
			.andExpect(jsonPath("$[0].basis[0].label").value("《环境保护法》第二十四条"));
	}

	static SanxiangPrincipal officer() {
		return TestPrincipals.holding(Role.OFFICER, 1L, "/1/", Set.of(1L));
	}

	@Test
	void theCalculatorPageShowsTheResult() throws Exception {
		this.mvc
			.perform(get("/legal/calculator").with(user(officer()))
				.param("type", "AIR-BURN-TOXIC")
				.param("calculate", "1")
				.param("party", "INDIVIDUAL")
				.param("act", "2026-05-20")
				.param("date", "2026-06-01")
				.param("a.FIRST_OFFENCE", "REPEAT")
				.param("a.HARM", "NONE")
				.param("a.CORRECTED", "YES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("950.00 ~ 1400.00 元")));
	}

	@Test
	void theCalculatorPageShowsTheMeasuresTheResponsiblePersonsAndTheLawApplied() throws Exception {
		this.mvc
			.perform(get("/legal/calculator").with(user(officer()))
				.param("type", "AIR-VOC")
				.param("calculate", "1")
				.param("party", "UNIT")
				.param("act", "2026-03-02")
				.param("date", "2026-06-01")
				.param("a.DURATION", "GE_30")
				.param("a.SENSITIVE_AREA", "YES")
				.param("a.FIRST_OFFENCE", "REPEAT")
				.param("a.HARM", "SERIOUS")
				.param("a.CORRECTED", "NO")
				.param("c.REFUSED_TO_CORRECT", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提出责令停产整治")))
			.andExpect(content().string(containsString("适用 2026-03-02 施行的规定")))
			.andExpect(content().string(containsString("所适用规定的文本")));
		this.mvc
			.perform(get("/legal/calculator").with(user(officer()))
				.param("type", "SOLID-OBSTRUCT")
				.param("calculate", "1")
				.param("party", "UNIT")
				.param("act", "2026-03-02")
				.param("date", "2026-06-01")
				.param("a.OBSTRUCTION", "REFUSE")
				.param("a.FIRST_OFFENCE", "FIRST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("直接负责的主管人员和其他直接责任人员")))
			.andExpect(content().string(containsString("28000.00 ~ 44000.00 元")))
			.andExpect(content().string(containsString("所适用规定的文本")));
	}

	@Test
	void theCalculatorPageShowsARefusalWithItsStatus() throws Exception {
		this.mvc
			.perform(get("/legal/calculator").with(user(officer()))
				.param("type", "PERMIT-LEDGER")
				.param("calculate", "1")
				.param("party", "UNIT")
				.param("act", "2026-05-20")
				.param("a.FIRST_OFFENCE", "FIRST")
				.param("a.HARM", "NONE")
				.param("a.CORRECTED", "NO")
				.param("q.OCCURRENCES", "-3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("违法次数不能为负数")))
			.andExpect(content().string(containsString("data-code=\"NEGATIVE_AMOUNT\"")));
	}

	@Test
	void thePortalPagesArePublic() throws Exception {
		this.mvc.perform(get("/portal/powers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("对排放污染物的企业事业单位和其他生产经营者的现场检查")))
			.andExpect(content().string(containsString("《环境保护法》第二十四条")))
			.andExpect(content().string(not(containsString("对应违法行为"))));
		this.mvc.perform(get("/portal/discretion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("中华人民共和国固体废物污染环境防治法")))
			.andExpect(content().string(containsString("所需处置费用的3倍以上3.2倍以下（所需处置费用不足200000元的，按200000元计算）")));
		this.mvc.perform(get("/api/v1/public/legal/matters"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(40));
		this.mvc.perform(get("/")).andExpect(content().string(containsString("/portal/powers")));
	}

	@Test
	void staffPagesNeedALogin() throws Exception {
		this.mvc.perform(get("/legal/calculator")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/api/v1/legal/laws")).andExpect(status().is4xxClientError());
	}

}
