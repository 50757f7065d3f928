package org.sanxiang.legalbasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.core.Money;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
 * Legal reviewers revise articles and benchmark bands; each revision has an effective
 * date, the previous one stays readable for its dates, refusals write nothing, and every
 * change is audited. Own context (own database), since it changes the catalogue.
 */
@SpringBootTest(properties = "sanxiang.test.context=legal-editing")
@AutoConfigureMockMvc
class LegalEditingTests {

	@Autowired
	LegalTexts texts;

	@Autowired
	ViolationCatalogue catalogue;

	@Autowired
	DiscretionCalculator calculator;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static SanxiangPrincipal reviewer() {
		return TestPrincipals.holding(Role.LEGAL_REVIEWER, 1L, "/1/", Set.of(1L));
	}

	static SanxiangPrincipal officer() {
		return TestPrincipals.holding(Role.OFFICER, 1L, "/1/", Set.of(1L));
	}

	DiscretionResult dustOn(LocalDate date) {
		return this.calculator
			.calculate(DiscretionRequest.of("AIR-DUST", Map.of("DUST_AREA", "A500_2000", "SENSITIVE_AREA", "NO",
					"FIRST_OFFENCE", "FIRST", "HARM", "NONE", "CORRECTED", "YES"), PartyType.UNIT, date));
	}

	@Test
	void aRevisedArticleIsCitedFromItsEffectiveDateAndTheOldTextBefore() throws Exception {
		long auditMark = new AuditTrail(this.jdbc).maxId();
		this.mvc
			.perform(post("/legal/laws/AIR/articles/117").with(user(reviewer()))
				.with(csrf())
				.param("text", "（修订后文本）违反本法规定……处二万元以上二十万元以下的罚款。")
				.param("effectiveFrom", "2027-01-01")
				.param("note", "地方性法规调整（测试）"))
			.andExpect(status().is3xxRedirection());
		assertThat(dustOn(LocalDate.of(2026, 12, 31)).penaltyProvisions().get(0).version().text())
			.startsWith("违反本法规定，有下列行为之一的");
		assertThat(dustOn(LocalDate.of(2027, 1, 1)).penaltyProvisions().get(0).version().text()).startsWith("（修订后文本）");
		assertThat(this.texts.history("AIR", 117)).extracting(ArticleVersion::status)
			.containsExactly(TextStatus.REVISED, TextStatus.IN_FORCE);
		assertThat(new AuditTrail(this.jdbc).since(auditMark)).anySatisfy((row) -> {
			assertThat(row.get("action")).isEqualTo("LEGALBASIS_ARTICLE_REVISED");
			assertThat(row.get("username")).isEqualTo(reviewer().username());
		});
	}

	@Test
	void aRevisionNotAfterTheCurrentVersionIsRefusedAndWritesNothing() throws Exception {
		int before = this.texts.history("WATER", 83).size();
		this.mvc
			.perform(post("/legal/laws/WATER/articles/83").with(user(reviewer()))
				.with(csrf())
				.param("text", "新文本")
				.param("effectiveFrom", "2010-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("新版本的施行日期须晚于")));
		this.mvc
			.perform(post("/legal/laws/WATER/articles/83").with(user(reviewer()))
				.with(csrf())
				.param("text", "含控制字符\u0007的文本")
				.param("effectiveFrom", "2030-01-01"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/legal/laws/WATER/articles/83").with(user(officer()))
				.with(csrf())
				.param("text", "执法人员不能修订")
				.param("effectiveFrom", "2030-01-01"))
			.andExpect(status().isForbidden());
		assertThat(this.texts.history("WATER", 83)).hasSize(before)
			.allSatisfy((v) -> assertThat(v.effectiveTo()).isNull());
	}

	@Test
	void aBandRevisionAppliesFromItsDateAndMustStayWithinTheStatute() throws Exception {
		this.mvc
			.perform(post("/legal/violation-types/AIR-OBSTRUCT/bands").with(user(reviewer()))
				.with(csrf())
				.param("band", "SEVERE")
				.param("party", "UNIT")
				.param("lower", "150000")
				.param("upper", "250000")
				.param("effectiveFrom", "2027-01-01")
				.param("note", "超出法定幅度"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("法定幅度")));
		assertThat(this.catalogue.history("AIR-OBSTRUCT")).hasSize(1);
		this.mvc
			.perform(post("/legal/violation-types/AIR-OBSTRUCT/bands").with(user(reviewer()))
				.with(csrf())
				.param("band", "SEVERE")
				.param("party", "UNIT")
				.param("lower", "150000")
				.param("upper", "200000")
				.param("effectiveFrom", "2027-01-01")
				.param("note", "严重档下限提高"))
			.andExpect(status().is3xxRedirection());
		Map<String, String> violent = Map.of("OBSTRUCTION", "VIOLENT", "FIRST_OFFENCE", "FIRST");
		DiscretionResult before = this.calculator
			.calculate(DiscretionRequest.of("AIR-OBSTRUCT", violent, PartyType.UNIT, LocalDate.of(2026, 12, 31)));
		DiscretionResult after = this.calculator
			.calculate(DiscretionRequest.of("AIR-OBSTRUCT", violent, PartyType.UNIT, LocalDate.of(2027, 1, 1)));
		assertThat(before.min()).isEqualTo(Money.yuan(128_000));
		assertThat(after.min()).isEqualTo(Money.yuan(150_000));
		assertThat(after.benchmarkClause()).contains("第2版");
		assertThat(this.catalogue.history("AIR-OBSTRUCT")).extracting(Benchmark::effectiveTo)
			.containsExactly(LocalDate.of(2026, 12, 31), null);
		assertThatThrownBy(() -> this.catalogue.reviseBand("WATER-SOURCE-PERSONAL", Band.GENERAL, PartyType.UNIT,
				BigDecimal.ONE, BigDecimal.TEN, LocalDate.of(2028, 1, 1), "单位", "x"))
			.extracting("code")
			.isEqualTo("INVALID_BAND");
	}

	@Test
	void markupInALawTextIsShownAsTextOnThePortalAndInTheWorkspace() throws Exception {
		this.texts.revise("WATER", 91, "<script>alert('x')</script>在饮用水水源一级保护区内……", LocalDate.of(2026, 1, 1), "转义测试",
				"test");
		this.mvc.perform(get("/portal/discretion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert("))));
		this.mvc.perform(get("/legal/laws/WATER/articles/91").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert("))))
			.andExpect(content().string(not(containsString("revise-form"))));
		this.mvc.perform(get("/legal/laws/WATER/articles/91").with(user(reviewer())))
			.andExpect(content().string(containsString("revise-form")));
	}

}
