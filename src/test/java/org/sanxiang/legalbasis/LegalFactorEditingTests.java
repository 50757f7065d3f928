package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Legal reviewers edit factor options and the 首违不罚 waiver by publishing a benchmark
 * revision: the calculator applies the revision in force on the decision date, the
 * previous one stays readable, each refusal names its field and writes nothing.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalFactorEditingTests {

	@Autowired
	ViolationCatalogue catalogue;

	@Autowired
	DiscretionCalculator calculator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final Map<String, String> FIRST_SLIGHT_CORRECTED = Map.of("FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT",
			"CORRECTED", "YES");

	Benchmark latest(String code) {
		List<Benchmark> history = this.catalogue.history(code);
		return history.get(history.size() - 1);
	}

	/**
	 * The form as the page fills it for the latest revision, plus a blank new row per
	 * factor.
	 */
	Map<String, String> formOf(String code) {
		Benchmark latest = latest(code);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("basedOn", String.valueOf(latest.revision()));
		if (latest.waiver() != null) {
			form.put("waiver", "1");
		}
		for (int i = 0; i < latest.factors().size(); i++) {
			Factor factor = latest.factors().get(i);
			form.put("factors[" + i + "].code", factor.code());
			int j = 0;
			for (Factor.Option o : factor.options()) {
				String at = "factors[" + i + "].options[" + j++ + "]";
				form.put(at + ".code", o.code());
				form.put(at + ".existing", "1");
				form.put(at + ".label", o.label());
				form.put(at + ".effect", o.mitigating() ? "MITIGATE" : o.band().name());
			}
			String added = "factors[" + i + "].options[" + j + "]";
			form.put(added + ".code", "");
			form.put(added + ".label", "");
			form.put(added + ".effect", "MINOR");
		}
		form.put("effectiveFrom", "2027-03-01");
		form.put("note", "按省级基准调整裁量因素");
		return form;
	}

	ResultActions submit(String code, SanxiangPrincipal who, Consumer<Map<String, String>> edit) throws Exception {
		Map<String, String> form = formOf(code);
		edit.accept(form);
		MockHttpServletRequestBuilder request = post("/legal/violation-types/" + code + "/factors").with(user(who))
			.with(csrf());
		form.forEach(request::param);
		return this.mvc.perform(request);
	}

	ResultActions refused(String code, Consumer<Map<String, String>> edit, String errorCode, String message)
			throws Exception {
		int before = this.catalogue.history(code).size();
		ResultActions result = submit(code, LegalEditingTests.reviewer(), edit)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(errorCode)))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("factor-form")));
		assertThat(this.catalogue.history(code)).hasSize(before)
			.last()
			.satisfies((b) -> assertThat(b.effectiveTo()).isNull());
		return result;
	}

	DiscretionResult calculate(String code, Map<String, String> answers, LocalDate on) {
		return this.calculator.calculate(DiscretionRequest.of(code, answers, PartyType.UNIT, on));
	}

	@Test
	void editedOptionsApplyFromTheirDateAndThePreviousRevisionStaysReadable() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		submit("EIA-REGISTRATION", LegalEditingTests.reviewer(), (form) -> {
			// HARM: SLIGHT relabelled and now 一般; POLLUTION removed; a new option added
			form.put("factors[1].options[1].label", "危害后果轻微（已修订）");
			form.put("factors[1].options[1].effect", "GENERAL");
			form.put("factors[1].options[2].removed", "1");
			form.put("factors[1].options[4].code", "CONTAINED");
			form.put("factors[1].options[4].label", "危害后果已主动消除");
			form.put("factors[1].options[4].effect", "MITIGATE");
		}).andExpect(status().is3xxRedirection());

		List<Benchmark> history = this.catalogue.history("EIA-REGISTRATION");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).effectiveTo()).isEqualTo(LocalDate.of(2027, 2, 28));
		Factor harmBefore = history.get(0).factor("HARM").orElseThrow();
		Factor harmAfter = history.get(1).factor("HARM").orElseThrow();
		assertThat(harmBefore.options()).extracting(Factor.Option::code)
			.containsExactly("NONE", "SLIGHT", "POLLUTION", "SERIOUS");
		assertThat(harmAfter.options()).extracting(Factor.Option::code)
			.containsExactly("NONE", "SLIGHT", "SERIOUS", "CONTAINED");
		assertThat(harmAfter.option("SLIGHT").orElseThrow().label()).isEqualTo("危害后果轻微（已修订）");
		assertThat(harmAfter.option("CONTAINED").orElseThrow().mitigating()).isTrue();
		assertThat(history.get(1).waiver().when()).containsEntry("HARM", java.util.Set.of("NONE", "SLIGHT"));

		Map<String, String> slightNotCorrected = Map.of("FIRST_OFFENCE", "FIRST", "HARM", "SLIGHT", "CORRECTED", "NO");
		assertThat(calculate("EIA-REGISTRATION", slightNotCorrected, LocalDate.of(2027, 2, 28)).reasons())
			.contains("危害后果：危害后果轻微 → 轻微");
		assertThat(calculate("EIA-REGISTRATION", slightNotCorrected, LocalDate.of(2027, 3, 1)).reasons())
			.contains("危害后果：危害后果轻微（已修订） → 一般");
		Map<String, String> pollution = Map.of("FIRST_OFFENCE", "FIRST", "HARM", "POLLUTION", "CORRECTED", "YES");
		assertThat(calculate("EIA-REGISTRATION", pollution, LocalDate.of(2027, 2, 28)).band()).isEqualTo(Band.GENERAL);
		assertThatThrownBy(() -> calculate("EIA-REGISTRATION", pollution, LocalDate.of(2027, 3, 1))).extracting("code")
			.isEqualTo("UNKNOWN_ANSWER");
		Map<String, String> contained = Map.of("FIRST_OFFENCE", "REPEAT", "HARM", "CONTAINED", "CORRECTED", "YES");
		assertThat(calculate("EIA-REGISTRATION", contained, LocalDate.of(2027, 3, 1)).band()).isEqualTo(Band.GENERAL);
		assertThat(new AuditTrail(this.jdbc).since(auditMark)).anySatisfy((row) -> {
			assertThat(row.get("action")).isEqualTo("LEGALBASIS_FACTORS_REVISED");
			assertThat(row.get("username")).isEqualTo(LegalEditingTests.reviewer().username());
		});
		this.mvc.perform(get("/legal/violation-types/EIA-REGISTRATION").with(user(LegalEditingTests.reviewer())))
			.andExpect(content().string(containsString("基于第2版")))
			.andExpect(content().string(containsString("按省级基准调整裁量因素")));
	}

	DiscretionResult ledger(LocalDate on) {
		return this.calculator
			.calculate(DiscretionRequest.of("PERMIT-LEDGER", FIRST_SLIGHT_CORRECTED, PartyType.UNIT, on)
				.with(Quantity.OCCURRENCES, java.math.BigDecimal.ONE));
	}

	@Test
	void theWaiverCanBeSwitchedOffAndOnAgainFromADate() throws Exception {
		submit("PERMIT-LEDGER", LegalEditingTests.reviewer(), (form) -> form.remove("waiver"))
			.andExpect(status().is3xxRedirection());
		submit("PERMIT-LEDGER", LegalEditingTests.reviewer(), (form) -> {
			form.put("waiver", "1");
			form.put("effectiveFrom", "2028-01-01");
			form.put("note", "恢复首违不罚");
		}).andExpect(status().is3xxRedirection());
		// 第三十三条第一款 offers 可以不予处罚 by law; the benchmark's 首违不罚 list only says the
		// bureau has listed the conduct — it never decides for the decision-maker
		assertThat(ledger(LocalDate.of(2027, 2, 1)).noPenaltyOption()).contains("列入首违不罚情形");
		assertThat(ledger(LocalDate.of(2027, 6, 1)).noPenaltyOption()).contains("可以不予行政处罚").doesNotContain("列入首违不罚情形");
		assertThat(ledger(LocalDate.of(2028, 1, 1)).noPenaltyOption()).contains("列入首违不罚情形");
		assertThat(ledger(LocalDate.of(2028, 1, 1)).band()).isEqualTo(Band.MINOR);
		assertThat(this.catalogue.history("PERMIT-LEDGER")).extracting((b) -> b.waiver() != null)
			.containsExactly(true, false, true);
	}

	@Test
	void anEmptyLabelIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> form.put("factors[0].options[0].label", "  "), "EMPTY_OPTION_LABEL", "请填写选项名称");
	}

	@Test
	void aDuplicateOptionCodeIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> {
			form.put("factors[0].options[4].code", form.get("factors[0].options[0].code"));
			form.put("factors[0].options[4].label", "重复");
		}, "DUPLICATE_OPTION_CODE", "已有选项编码");
	}

	@Test
	void aMalformedOptionCodeIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> {
			form.put("factors[0].options[4].code", "lt-1<t>");
			form.put("factors[0].options[4].label", "新选项");
		}, "INVALID_OPTION_CODE", "选项编码须为大写字母开头");
	}

	@Test
	void aFactorLeftWithoutOptionsIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> {
			for (int j = 0; form.containsKey("factors[1].options[" + j + "].existing"); j++) {
				form.put("factors[1].options[" + j + "].removed", "1");
			}
		}, "FACTOR_WITHOUT_OPTIONS", "至少须保留一个选项");
	}

	@Test
	void anUnknownBandIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> form.put("factors[0].options[0].effect", "NO_PENALTY"), "UNKNOWN_BAND",
				"请选择该选项对应的裁量档次");
		refused("AIR-VOC", (form) -> form.put("factors[0].options[0].effect", "EXTREME"), "UNKNOWN_BAND",
				"请选择该选项对应的裁量档次");
	}

	@Test
	void markupInALabelIsRefused() throws Exception {
		refused("AIR-VOC", (form) -> form.put("factors[0].options[0].label", "<script>x</script>"),
				"INVALID_OPTION_LABEL", "不含控制字符或尖括号");
	}

	@Test
	void theWaiverNeedsItsFactors() throws Exception {
		refused("WATER-OBSTRUCT", (form) -> form.put("waiver", "1"), "WAIVER_CONDITION_UNAVAILABLE", "首违不罚须能判断");
		refused("AIR-BURN-TOXIC", (form) -> {
			form.put("factors[1].options[0].removed", "1");
			form.put("factors[1].options[1].removed", "1");
		}, "WAIVER_CONDITION_UNAVAILABLE", "HARM");
	}

	@Test
	void dateAndNoteAreRequiredAndTheDateMustFollowTheCurrentRevision() throws Exception {
		refused("AIR-VOC", (form) -> {
			form.put("effectiveFrom", "");
			form.put("note", "");
			form.put("factors[0].options[0].label", "改名");
		}, "INVALID_LEGAL_INPUT", "请填写新版本的施行日期").andExpect(content().string(containsString("请填写修订说明")));
		refused("AIR-VOC", (form) -> {
			form.put("effectiveFrom", "2020-01-01");
			form.put("factors[0].options[0].label", "改名");
		}, "EFFECTIVE_DATE_NOT_AFTER_CURRENT", "须晚于现行版本");
		refused("AIR-VOC", (form) -> form.put("effectiveFrom", "2027-02-30"), "INVALID_DATE", "日期格式应为");
	}

	@Test
	void anUnchangedFormPublishesNothing() throws Exception {
		refused("AIR-VOC", (form) -> {
		}, "NO_CHANGE", "未作任何修改");
	}

	@Test
	void anEditOfAnOutdatedRevisionIsAConflict() throws Exception {
		int before = this.catalogue.history("WATER-AUTO-MONITOR").size();
		submit("WATER-AUTO-MONITOR", LegalEditingTests.reviewer(), (form) -> {
			form.put("basedOn", "0");
			form.put("factors[0].options[0].label", "改名");
		}).andExpect(status().isConflict()).andExpect(content().string(containsString("CONCURRENT_MODIFICATION")));
		assertThat(this.catalogue.history("WATER-AUTO-MONITOR")).hasSize(before);
	}

	@Test
	void anOfficerMayNotEditFactorsNorSeeTheForm() throws Exception {
		submit("AIR-VOC", LegalEditingTests.officer(), (form) -> form.put("factors[0].options[0].label", "执法人员修改"))
			.andExpect(status().isForbidden());
		assertThat(this.catalogue.history("AIR-VOC")).hasSize(1);
		this.mvc.perform(get("/legal/violation-types/AIR-VOC").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(not(containsString("factor-form"))));
		this.mvc.perform(get("/legal/violation-types/AIR-VOC").with(user(LegalEditingTests.reviewer())))
			.andExpect(content().string(containsString("name=\"factors[0].options[0].label\"")))
			.andExpect(content().string(containsString("name=\"factors[0].options[0].existing\"")))
			.andExpect(content().string(containsString("name=\"basedOn\"")));
	}

}
