package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.Map;

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
 * Legal reviewers record an article not yet recorded and repeal an article from a date:
 * citations resolve to what was in force on the date asked, refusals name their field and
 * write nothing, every change is audited.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalArticleEditingTests {

	@Autowired
	LegalTexts texts;

	@Autowired
	LawRegister register;

	@Autowired
	DiscretionCalculator calculator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ResultActions post(String url, SanxiangPrincipal who, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(url)
			.with(user(who))
			.with(csrf());
		form.forEach(request::param);
		return this.mvc.perform(request);
	}

	ResultActions addEnv(Map<String, String> form) throws Exception {
		return post("/legal/laws/ENV/articles", LegalEditingTests.reviewer(), form);
	}

	@Test
	void aNewArticleResolvesFromItsEffectiveDate() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		addEnv(Map.of("articleNo", "69", "text", "违反本法规定，构成犯罪的，依法追究刑事责任。", "effectiveFrom", "2015-01-01", "note", "补录"))
			.andExpect(status().is3xxRedirection());
		Citation env69 = Citation.parse("ENV 69");
		assertThat(this.texts.resolve(env69, LocalDate.of(2026, 1, 1)).version().text()).contains("依法追究刑事责任");
		assertThatThrownBy(() -> this.texts.resolve(env69, LocalDate.of(2014, 12, 31))).extracting("code")
			.isEqualTo("ARTICLE_NOT_IN_FORCE");
		assertThat(this.texts.search("依法追究刑事责任", LocalDate.of(2026, 1, 1))).anyMatch((v) -> v.articleNo() == 69);
		this.mvc.perform(get("/legal/laws/ENV").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(containsString("article-69")))
			.andExpect(content().string(not(containsString("add-article-form"))));
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_ARTICLE_ADDED"));
	}

	@Test
	void anArticleAlreadyRecordedIsRefused() throws Exception {
		int before = this.texts.history("ENV", 59).size();
		addEnv(Map.of("articleNo", "59", "text", "重复收录", "effectiveFrom", "2030-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ARTICLE_ALREADY_RECORDED")))
			.andExpect(content().string(containsString("第五十九条已收录")));
		assertThat(this.texts.history("ENV", 59)).hasSize(before);
	}

	@Test
	void anInvalidArticleNumberIsRefused() throws Exception {
		for (String no : new String[] { "0", "1000", "第十条", "" }) {
			addEnv(Map.of("articleNo", no, "text", "文本", "effectiveFrom", "2030-01-01"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("INVALID_ARTICLE_NUMBER")));
		}
	}

	@Test
	void anEmptyTextOrAMissingDateIsRefusedAndNothingIsWritten() throws Exception {
		addEnv(Map.of("articleNo", "68", "text", " ", "effectiveFrom", "2030-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("INVALID_ARTICLE_TEXT")));
		addEnv(Map.of("articleNo", "68", "text", "文本")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("MISSING_DATE")));
		addEnv(Map.of("articleNo", "68", "text", "文本", "effectiveFrom", "2030-02-30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("INVALID_DATE")));
		assertThat(this.texts.history("ENV", 68)).isEmpty();
	}

	@Test
	void aRepealedArticleIsNotInForceFromItsDateButStillCitedBefore() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		post("/legal/laws/AIR/articles/119/repeal", LegalEditingTests.reviewer(),
				Map.of("repealedFrom", "2026-01-01", "repealNote", "测试：废止决定第1号"))
			.andExpect(status().is3xxRedirection());
		Citation air119 = Citation.parse("AIR 119.2");
		assertThat(this.texts.resolve(air119, LocalDate.of(2025, 12, 31)).version().status())
			.isEqualTo(TextStatus.REPEALED);
		assertThatThrownBy(() -> this.texts.resolve(air119, LocalDate.of(2026, 1, 1))).extracting("code")
			.isEqualTo("ARTICLE_NOT_IN_FORCE");
		ArticleVersion repealed = this.texts.history("AIR", 119).get(0);
		assertThat(repealed.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(repealed.closedBy()).isEqualTo(LegalEditingTests.reviewer().username());
		assertThat(repealed.closingNote()).isEqualTo("测试：废止决定第1号");
		assertThat(new AuditTrail(this.jdbc).since(auditMark))
			.anySatisfy((row) -> assertThat(row.get("action")).isEqualTo("LEGALBASIS_ARTICLE_REPEALED"));
		this.mvc.perform(get("/portal/discretion")).andExpect(status().isOk());
		this.mvc.perform(get("/legal/laws/AIR/articles/119").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(containsString("测试：废止决定第1号")))
			.andExpect(content().string(containsString("已废止")));
		post("/legal/laws/AIR/articles/119/repeal", LegalEditingTests.reviewer(),
				Map.of("repealedFrom", "2027-01-01", "repealNote", "再次废止"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ARTICLE_NOT_OPEN")));
		assertThatThrownBy(() -> this.texts.revise("AIR", 119, "重新施行", LocalDate.of(2025, 6, 1), "重叠", "x"))
			.extracting("code")
			.isEqualTo("EFFECTIVE_DATE_NOT_AFTER_CURRENT");
	}

	@Test
	void aRepealNeedsADateAfterTheCurrentVersionAndANote() throws Exception {
		post("/legal/laws/ENV/articles/60/repeal", LegalEditingTests.reviewer(),
				Map.of("repealedFrom", "2014-01-01", "repealNote", "早于施行"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("REPEAL_DATE_NOT_AFTER_CURRENT")));
		post("/legal/laws/ENV/articles/60/repeal", LegalEditingTests.reviewer(), Map.of("repealedFrom", "2030-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("INVALID_NOTE")))
			.andExpect(content().string(containsString("请填写废止说明")));
		post("/legal/laws/ENV/articles/60/repeal", LegalEditingTests.reviewer(), Map.of("repealNote", "无日期"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("MISSING_DATE")));
		assertThat(this.texts.history("ENV", 60)).allSatisfy((v) -> assertThat(v.effectiveTo()).isNull());
		post("/legal/laws/ENV/articles/998/repeal", LegalEditingTests.reviewer(),
				Map.of("repealedFrom", "2030-01-01", "repealNote", "未收录"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOfficerMayNeitherAddNorRepeal() throws Exception {
		post("/legal/laws/ENV/articles", LegalEditingTests.officer(),
				Map.of("articleNo", "67", "text", "执法人员", "effectiveFrom", "2030-01-01"))
			.andExpect(status().isForbidden());
		post("/legal/laws/ENV/articles/61/repeal", LegalEditingTests.officer(),
				Map.of("repealedFrom", "2030-01-01", "repealNote", "执法人员"))
			.andExpect(status().isForbidden());
		assertThat(this.texts.history("ENV", 67)).isEmpty();
		assertThat(this.texts.history("ENV", 61)).allSatisfy((v) -> assertThat(v.effectiveTo()).isNull());
		this.mvc.perform(get("/legal/laws/ENV/articles/61").with(user(LegalEditingTests.officer())))
			.andExpect(content().string(not(containsString("repeal-form"))));
		this.mvc.perform(get("/legal/laws/ENV/articles/61").with(user(LegalEditingTests.reviewer())))
			.andExpect(content().string(containsString("repeal-form")));
	}

}
