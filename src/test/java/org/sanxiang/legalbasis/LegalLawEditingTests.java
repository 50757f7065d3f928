package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Legal reviewers record a new law: it appears in the workspace list, the search and on
 * the portal; its articles are then added one by one; refusals name their field.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalLawEditingTests {

	@Autowired
	LegalTexts texts;

	@Autowired
	LawRegister register;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Map<String, String> hunanAir() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", "HN-AIR");
		form.put("title", "湖南省大气污染防治条例");
		form.put("shortTitle", "湖南省大气污染防治条例");
		form.put("level", "LOCAL_REGULATION");
		form.put("issuingBody", "湖南省人民代表大会常务委员会");
		form.put("versionNote", "2017-03-31 通过");
		form.put("promulgatedOn", "2017-03-31");
		form.put("effectiveOn", "2017-06-01");
		return form;
	}

	ResultActions add(SanxiangPrincipal who, Consumer<Map<String, String>> edit) throws Exception {
		Map<String, String> form = hunanAir();
		edit.accept(form);
		MockHttpServletRequestBuilder request = post("/legal/laws").with(user(who)).with(csrf());
		form.forEach(request::param);
		return this.mvc.perform(request);
	}

	void refused(Consumer<Map<String, String>> edit, String code, String message) throws Exception {
		int before = this.texts.laws(null).size();
		add(LegalEditingTests.reviewer(), edit).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("add-law-form")));
		assertThat(this.texts.laws(null)).hasSize(before);
	}

	@Test
	void aNewLawAppearsInTheListTheSearchAndThePortalAndTakesArticles() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		add(LegalEditingTests.reviewer(), (form) -> {
		}).andExpect(status().is3xxRedirection());
		LegalText law = this.texts.law("HN-AIR");
		assertThat(law.level()).isEqualTo(LegalLevel.LOCAL_REGULATION);
		assertThat(this.texts.laws("湖南")).extracting(LegalText::code).containsExactly("HN-AIR");
		this.mvc.perform(get("/legal").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(containsString("湖南省大气污染防治条例")));
		this.mvc.perform(get("/portal/discretion")).andExpect(content().string(containsString("湖南省大气污染防治条例")));
		this.mvc.perform(get("/api/v1/legal/laws").param("q", "HN-AIR").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(containsString("\"levelName\":\"地方性法规\"")));
		this.register.addArticle("HN-AIR", 1, "为了保护和改善大气环境……制定本条例。", LocalDate.of(2017, 6, 1), null, "test");
		assertThat(this.texts.resolve(Citation.parse("HN-AIR 1"), LocalDate.of(2026, 1, 1)).label())
			.isEqualTo("《湖南省大气污染防治条例》第一条");
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_LAW_ADDED"));
	}

	@Test
	void aMalformedCodeIsRefused() throws Exception {
		refused((form) -> form.put("code", "hn air"), "INVALID_LAW_CODE", "编码须为");
	}

	@Test
	void aCodeOrTitleOfAnotherLawIsRefused() throws Exception {
		refused((form) -> {
			form.put("code", "AIR");
			form.put("title", "测试条例甲");
			form.put("shortTitle", "测试甲");
		}, "LAW_ALREADY_RECORDED", "已用于《中华人民共和国大气污染防治法》");
		refused((form) -> {
			form.put("code", "AIR2");
			form.put("title", "测试条例乙");
			form.put("shortTitle", "大气污染防治法");
		}, "LAW_ALREADY_RECORDED", "简称「大气污染防治法」已用于");
	}

	@Test
	void anEmptyOrMarkedUpTitleIsRefused() throws Exception {
		refused((form) -> form.put("title", ""), "INVALID_LAW_TITLE", "请填写标题");
		refused((form) -> form.put("title", "<script>alert(1)</script>"), "INVALID_LAW_TITLE", "请填写标题");
		refused((form) -> form.put("shortTitle", "《条例》"), "INVALID_SHORT_TITLE", "书名号");
		refused((form) -> form.put("issuingBody", " "), "INVALID_ISSUING_BODY", "请填写制定机关");
		refused((form) -> form.put("versionNote", ""), "INVALID_VERSION_NOTE", "请填写版本说明");
	}

	@Test
	void anUnknownLevelIsRefused() throws Exception {
		refused((form) -> form.put("level", "CONSTITUTION"), "UNKNOWN_LEVEL", "请选择效力层级");
	}

	@Test
	void datesAreRequiredAndTheLawCannotTakeEffectBeforeItIsPromulgated() throws Exception {
		refused((form) -> form.put("effectiveOn", "2017-01-01"), "EFFECTIVE_BEFORE_PROMULGATION", "施行日期不得早于公布日期");
		refused((form) -> form.remove("promulgatedOn"), "MISSING_DATE", "请填写公布日期");
		refused((form) -> form.put("effectiveOn", "17/06/01"), "INVALID_DATE", "日期格式应为");
	}

	@Test
	void anOfficerMayNotRecordALaw() throws Exception {
		add(LegalEditingTests.officer(), (form) -> form.put("code", "HN-WATER")).andExpect(status().isForbidden());
		assertThat(this.texts.findLaw("HN-WATER")).isEmpty();
		this.mvc.perform(get("/legal").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("add-law-form"))));
	}

}
