package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.Money;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Legal reviewers add a violation type with the first revision of its benchmark: the
 * calculator and the portal use it from its date; refusals name their field and write
 * nothing.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalViolationTypeEditingTests {

	@Autowired
	ViolationCatalogue catalogue;

	@Autowired
	DiscretionCalculator calculator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MultiValueMap<String, String> odour() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "AIR-ODOUR");
		form.add("name", "排放恶臭气体（测试）");
		form.add("field", "大气");
		form.add("violated", "AIR 45");
		form.add("penalty", "《大气污染防治法》第一百零八条第（一）项");
		form.put("penaltyTypes", List.of("ORDER_CORRECTION", "FINE"));
		form.add("lower.UNIT", "20000");
		form.add("upper.UNIT", "200000");
		form.put("factors", List.of("FIRST_OFFENCE", "HARM", "CORRECTED"));
		form.add("waiver", "1");
		form.add("effectiveFrom", "2026-01-01");
		return form;
	}

	ResultActions add(SanxiangPrincipal who, Consumer<MultiValueMap<String, String>> edit) throws Exception {
		MultiValueMap<String, String> form = odour();
		edit.accept(form);
		MockHttpServletRequestBuilder request = post("/legal/violation-types").with(user(who)).with(csrf());
		form.forEach((k, values) -> values.forEach((v) -> request.param(k, v)));
		return this.mvc.perform(request);
	}

	void refused(Consumer<MultiValueMap<String, String>> edit, String code, String message) throws Exception {
		int before = this.catalogue.all().size();
		add(LegalEditingTests.reviewer(), (form) -> {
			form.set("code", "AIR-REFUSED");
			edit.accept(form);
		}).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("add-type-form")));
		assertThat(this.catalogue.all()).hasSize(before);
	}

	@Test
	void anAddedTypeIsCalculatedFromItsDateAndPublished() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		add(LegalEditingTests.reviewer(), (form) -> {
		}).andExpect(status().is3xxRedirection());
		ViolationType type = this.catalogue.type("AIR-ODOUR");
		assertThat(type.penaltyProvisions()).extracting(Citation::toString).containsExactly("AIR 108(1)");
		DiscretionResult general = this.calculator.calculate(DiscretionRequest.of("AIR-ODOUR",
				Map.of("FIRST_OFFENCE", "FIRST", "HARM", "POLLUTION", "CORRECTED", "YES"), PartyType.UNIT,
				LocalDate.of(2026, 6, 1)));
		assertThat(general.band()).isEqualTo(Band.GENERAL);
		assertThat(general.min()).isEqualTo(Money.yuan(38_000));
		assertThat(general.max()).isEqualTo(Money.yuan(74_000));
		assertThat(this.calculator.calculate(
				DiscretionRequest.of("AIR-ODOUR", Map.of("FIRST_OFFENCE", "FIRST", "HARM", "NONE", "CORRECTED", "YES"),
						PartyType.UNIT, LocalDate.of(2026, 6, 1)))
			.band()).isEqualTo(Band.NO_PENALTY);
		this.mvc.perform(get("/portal/discretion")).andExpect(content().string(containsString("排放恶臭气体（测试）")));
		this.mvc.perform(get("/api/v1/public/legal/benchmarks"))
			.andExpect(content().string(containsString("AIR-ODOUR")));
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_VIOLATION_TYPE_ADDED"));
	}

	@Test
	void aTypeAlreadyRecordedOrAMalformedCodeIsRefused() throws Exception {
		refused((form) -> form.set("code", "AIR-EXCEED"), "VIOLATION_TYPE_ALREADY_RECORDED", "已使用");
		refused((form) -> form.set("code", "air odour"), "INVALID_VIOLATION_CODE", "编码须为");
	}

	@Test
	void provisionsMustResolveOnTheEffectiveDate() throws Exception {
		refused((form) -> form.set("penalty", "AIR 998"), "UNKNOWN_ARTICLE", "未收录");
		refused((form) -> form.set("violated", ""), "MISSING_BASIS", "请填写至少一条法律依据");
	}

	@Test
	void theStatutoryRangeIsRequiredAndOrdered() throws Exception {
		refused((form) -> {
			form.set("lower.UNIT", "");
			form.set("upper.UNIT", "");
		}, "MISSING_STATUTORY_RANGE", "请至少为一类当事人填写法定罚款幅度");
		refused((form) -> form.set("lower.UNIT", "300000"), "INVALID_STATUTORY_RANGE", "单位的法定罚款幅度须为");
		refused((form) -> form.set("upper.UNIT", "abc"), "INVALID_STATUTORY_RANGE", "法定罚款幅度须为");
	}

	@Test
	void factorsPenaltyTypesAndTheWaiverAreChecked() throws Exception {
		refused((form) -> {
			form.remove("factors");
			form.remove("waiver");
		}, "MISSING_FACTORS", "请至少选择一个裁量因素");
		refused((form) -> {
			form.put("factors", List.of("HARM", "NO_SUCH_FACTOR"));
			form.remove("waiver");
		}, "UNKNOWN_FACTOR", "未收录裁量因素");
		refused((form) -> form.put("factors", List.of("SENSITIVE_AREA")), "WAIVER_CONDITION_UNAVAILABLE", "首违不罚须能判断");
		refused((form) -> form.remove("penaltyTypes"), "UNKNOWN_PENALTY_TYPE", "请选择处罚种类");
		refused((form) -> {
			form.set("penalty", "AIR 98");
			form.put("penaltyTypes", List.of("ORDER_CORRECTION", "FINE", "SUSPEND_FOR_RECTIFICATION"));
		}, "MEASURE_WITHOUT_STATUTORY_CONDITION", "未规定「责令停产整治」");
		refused((form) -> form.remove("effectiveFrom"), "MISSING_DATE", "请填写裁量基准的施行日期");
	}

	@Test
	void aMeasureIsTakenWithTheConditionItsStatuteSetsNeverIntoABand() throws Exception {
		add(LegalEditingTests.reviewer(), (form) -> {
			form.set("code", "AIR-ODOUR-2");
			form.put("penaltyTypes", List.of("ORDER_CORRECTION", "FINE", "SUSPEND_FOR_RECTIFICATION"));
		}).andExpect(status().is3xxRedirection());
		ViolationType added = this.catalogue.type("AIR-ODOUR-2");
		assertThat(added.measures()).singleElement()
			.satisfies((m) -> assertThat(m.condition()).isEqualTo(MeasureCondition.AFTER_REFUSAL));
		assertThat(this.catalogue.history("AIR-ODOUR-2").get(0).bands())
			.allSatisfy((b) -> assertThat(b.penalties()).doesNotContain(PenaltyType.SUSPEND_FOR_RECTIFICATION));
	}

	@Test
	void anOfficerMayNotAddAType() throws Exception {
		add(LegalEditingTests.officer(), (form) -> form.set("code", "AIR-OFFICER")).andExpect(status().isForbidden());
		assertThat(this.catalogue.all()).noneMatch((t) -> t.code().equals("AIR-OFFICER"));
		this.mvc.perform(get("/legal/violation-types").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(not(containsString("add-type-form"))));
		this.mvc.perform(get("/legal/violation-types").with(user(LegalEditingTests.reviewer())))
			.andExpect(content().string(containsString("add-type-form")));
	}

}
