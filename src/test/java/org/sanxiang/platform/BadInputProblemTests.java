package org.sanxiang.platform;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input that used to escape as a 500 or be stored as some other date: refused with a
 * problem detail naming the field; media types and a direct visit of {@code /error}
 * answer as problem details too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputProblemTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal officer() {
		long agency = this.jdbc.sql("select id from agency where code = 'HLJ-MDJ'").query(Long.class).single();
		String path = this.jdbc.sql("select path from agency where id = :id")
			.param("id", agency)
			.query(String.class)
			.single();
		return TestPrincipals.holding(Role.OFFICER, agency, path, Set.of(agency));
	}

	@Test
	void anUnknownDocumentStatusIsA400NamingTheParameterAndItsValues() throws Exception {
		for (String status : new String[] { "foo", "draft" }) {
			this.mvc.perform(get("/api/v1/documents").param("status", status).with(user(officer())))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
				.andExpect(jsonPath("$.errors.status").value(containsString("DRAFT、ISSUED、VOIDED")))
				.andExpect(jsonPath("$.detail").value(containsString("status")));
		}
		this.mvc.perform(get("/api/v1/documents").param("status", "DRAFT").with(user(officer())))
			.andExpect(status().isOk());
	}

	@Test
	void aDateOutsideTheAcceptedYearsInAJsonBodyIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		long before = this.jdbc.sql("select count(*) from subject_party").query(Long.class).single();
		for (String date : new String[] { "0000-01-01", "+999999999-12-31", "1899-12-31", "2200-01-01" }) {
			String body = """
					{"kind":"ORGANISATION","name":"远日期化工有限公司","creditCode":"91350100M000100Y43","regionCode":"231002",
					 "industryCode":"C2611","permitNumber":"91350100M000100Y43001P","permitValidFrom":"2024-01-01",
					 "permitValidTo":"%s"}""".formatted(date);
			this.mvc
				.perform(post("/api/v1/subjects").with(user(officer()))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("DATE_OUT_OF_RANGE"))
				.andExpect(jsonPath("$.errors.permitValidTo").value("日期须在 1900 年至 2199 年之间"));
		}
		assertThat(this.jdbc.sql("select count(*) from subject_party").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aDateOutsideTheAcceptedYearsInAParameterIsA422NamingIt() throws Exception {
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "0000-01-01").param("days", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.start").exists());
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "+999999999-12-31")
				.param("days", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("DATE_OUT_OF_RANGE"));
		this.mvc
			.perform(get("/api/v1/public/calendar/add-working-days").param("start", "2026-01-05").param("days", "3"))
			.andExpect(status().isOk());
	}

	@Test
	void anUnsupportedOrUnacceptableMediaTypeIsAProblemDetail() throws Exception {
		this.mvc
			.perform(post("/api/v1/subjects").with(user(officer()))
				.with(csrf())
				.contentType(MediaType.TEXT_PLAIN)
				.content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
		this.mvc.perform(get("/api/v1/public/calendar/time-limits").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
	}

	@Test
	void aDirectVisitOfTheErrorPathIsAProblemDetailForJsonAndTheChinesePageForABrowser() throws Exception {
		this.mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("NOT_FOUND"))
			.andExpect(jsonPath("$.detail").value("请求的地址不存在"));
		this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("id=\"error-message\"")));
	}

	@Test
	void anErrorForwardedByTheContainerForAnApiPathIsAProblemDetail() throws Exception {
		this.mvc
			.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 415)
				.requestAttr("jakarta.servlet.error.request_uri", "/api/v1/subjects")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"))
			.andExpect(jsonPath("$.instance").value("/api/v1/subjects"));
	}

}
