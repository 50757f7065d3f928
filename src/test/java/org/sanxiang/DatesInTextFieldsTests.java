package org.sanxiang;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates that a module reads from text itself (document values, the party form, the legal
 * editors' forms, the calculator) are held to the same years as typed parameters:
 * {@code 0000-01-01} is refused with a Chinese message, not stored as some other date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatesInTextFieldsTests {

	static final String OUT_OF_RANGE = "日期须在 1900 年至 2199 年之间";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	SanxiangPrincipal holding(Role role) {
		long agency = this.jdbc.sql("select id from agency where code = 'HLJ-MDJ'").query(Long.class).single();
		String path = this.jdbc.sql("select path from agency where id = :id")
			.param("id", agency)
			.query(String.class)
			.single();
		return TestPrincipals.holding(role, agency, path, Set.of(agency));
	}

	@Test
	void aDocumentDateValueOutsideTheYearsIsRefusedAndNoDraftIsStored() throws Exception {
		long documents = count("document");
		this.mvc
			.perform(post("/api/v1/documents").with(user(holding(Role.OFFICER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"FILING_APPROVAL\",\"values\":{\"clueDate\":\"0000-01-01\"}}"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(OUT_OF_RANGE)));
		assertThat(count("document")).isEqualTo(documents);
	}

	@Test
	void aPermitDateOutsideTheYearsInThePartyFormIsRefusedAndNothingIsStored() throws Exception {
		long parties = count("subject_party");
		this.mvc
			.perform(post("/subjects").with(user(holding(Role.OFFICER)))
				.with(csrf())
				.param("kind", "ORGANISATION")
				.param("name", "远日期表单有限公司")
				.param("creditCode", "91350100M000100Y43")
				.param("regionCode", "231002")
				.param("permitNumber", "91350100M000100Y43001P")
				.param("permitValidFrom", "0000-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(OUT_OF_RANGE)));
		assertThat(count("subject_party")).isEqualTo(parties);
	}

	@Test
	void aLawPromulgatedInYearZeroIsRefusedAndNothingIsStored() throws Exception {
		long laws = count("legal_text");
		this.mvc
			.perform(post("/legal/laws").with(user(TestPrincipals.holding(Role.LEGAL_REVIEWER, 1L, "/1/", Set.of(1L))))
				.with(csrf())
				.param("code", "FARDATE")
				.param("title", "远日期测试法")
				.param("shortTitle", "远日期法")
				.param("level", "LAW")
				.param("issuingBody", "全国人民代表大会常务委员会")
				.param("promulgatedOn", "0000-01-01")
				.param("effectiveOn", "+999999999-12-31"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(OUT_OF_RANGE)));
		assertThat(count("legal_text")).isEqualTo(laws);
	}

	@Test
	void theCalculatorRefusesADecisionDateOutsideTheYears() throws Exception {
		this.mvc
			.perform(get("/legal/calculator").with(user(holding(Role.OFFICER)))
				.param("type", "AIR-DUST")
				.param("date", "0000-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(OUT_OF_RANGE)));
	}

}
