package org.sanxiang.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Hostile input in the administration forms: a clear 4xx page in Chinese, nothing stored,
 * nothing rendered raw.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class AdministrationInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long aDepartment() {
		return this.jdbc.sql("select min(id) from department").query(Long.class).single();
	}

	MockHttpServletRequestBuilder openAccount(String username, String displayName, String password) {
		return post("/admin/system/accounts").param("username", username)
			.param("displayName", displayName)
			.param("departmentId", String.valueOf(aDepartment()))
			.param("initialPassword", password)
			.with(csrf())
			.with(user(this.demo.principal("demo-sysadmin")));
	}

	@Test
	void hostileAccountFormsAreRefusedInChineseAndNothingIsStored() throws Exception {
		long accounts = count("account");
		List<String[]> hostile = List.of(new String[] { "x".repeat(1024 * 1024), "张三", "Good#Pass2026" },
				new String[] { "ok-user1", "<script>alert(1)</script>", "Good#Pass2026" },
				new String[] { "ok-user2", "张\u0000三\r\n", "Good#Pass2026" },
				new String[] { "robert'); DROP TABLE account;--", "张三", "Good#Pass2026" },
				new String[] { "ok-user3", "张三", "short" });
		for (String[] input : hostile) {
			this.mvc.perform(openAccount(input[0], input[1], input[2]))
				.andExpect(status().is4xxClientError())
				.andExpect(content().string(containsString("无法完成请求")))
				.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
				.andExpect(content().string(not(containsString("Exception"))));
		}
		assertThat(count("account")).isEqualTo(accounts);
		assertThat(count("account_role")).isPositive();
	}

	@Test
	void aDuplicateUsernameIsRefusedWithItsReason() throws Exception {
		this.mvc.perform(openAccount("demo-officer", "张伟", "Good#Pass2026"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("已被使用")));
	}

	@Test
	void hostileAgencyAndOfficerFormsAreRefused() throws Exception {
		long agencies = count("agency");
		long officers = count("officer");
		this.mvc
			.perform(post("/admin/system/agencies").param("parentId", "1")
				.param("code", "X'; DROP")
				.param("name", "<img src=x onerror=alert(1)>")
				.param("shortName", "牡")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("编码须为")));
		this.mvc
			.perform(post("/admin/system/officers").param("agencyId", "1")
				.param("name", "张伟")
				.param("certificateNumber", "23100020240099")
				.param("issuingAuthority", "黑龙江省人民政府")
				.param("validFrom", "2026-13-45")
				.param("validTo", "2027-01-01")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().is4xxClientError());
		assertThat(count("agency")).isEqualTo(agencies);
		assertThat(count("officer")).isEqualTo(officers);
	}

	@Test
	void searchBoxesTreatSqlMetacharactersAsText() throws Exception {
		this.mvc.perform(get("/officers").param("q", "' OR 1=1 --").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的执法人员")));
		this.mvc.perform(get("/officers").param("q", "%").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的执法人员")));
	}

	@Test
	void aMissingRecordIsANotFoundPageNotAStackTrace() throws Exception {
		this.mvc.perform(get("/officers/{id}", 987654).with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("不存在或不在您的数据范围内")));
		this.mvc.perform(get("/officers/abc").with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isBadRequest());
	}

}
