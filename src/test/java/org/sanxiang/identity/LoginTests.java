package org.sanxiang.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login, lockout, session fixation, security headers and hostile input at the login form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class LoginTests {

	static final String PASSWORD = "Sanxiang@2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	String freshAccount(String username) {
		long department = this.jdbc.sql("select min(id) from department").query(Long.class).single();
		SanxiangPrincipal sysadmin = this.demo.principal("demo-sysadmin");
		this.administration.open(username, "测试人员", department, "Initial#Pass2026", sysadmin.dataScope());
		return username;
	}

	@Test
	void aDemoOfficerLogsInIntoTheWorkspaceWithANewSessionId() throws Exception {
		MockHttpSession anonymous = (MockHttpSession) this.mvc.perform(get("/login"))
			.andReturn()
			.getRequest()
			.getSession();
		String before = anonymous.getId();
		MvcResult result = this.mvc
			.perform(post("/login").session(anonymous)
				.with(csrf())
				.param("username", "demo-officer")
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/workspace"))
			.andReturn();
		HttpSession session = result.getRequest().getSession(false);
		assertThat(session).isNotNull();
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(new AuditTrail(this.jdbc).entries("LOGIN_SUCCEEDED")).anySatisfy((r) -> {
			assertThat(r.get("username")).isEqualTo("demo-officer");
			assertThat(r.get("agency_path")).isEqualTo("/HLJ/HLJ-MDJ/");
		});
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = freshAccount("lockout-test");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin("/login").user(username).password("wrong-5"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(formLogin("/login").user(username).password("Initial#Pass2026"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("账户因连续登录失败已被锁定")));
		List<Map<String, Object>> failures = new AuditTrail(this.jdbc).entries("LOGIN_FAILED")
			.stream()
			.filter((r) -> username.equals(r.get("username")))
			.toList();
		assertThat(failures).hasSize(6);
		assertThat(failures.get(5).get("detail")).isEqualTo("LockedException");
	}

	@Test
	void theSecurityAdministratorUnlocksALockedAccount() throws Exception {
		String username = freshAccount("unlock-test");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong"));
		}
		assertThat(this.demo.principal(username).isAccountNonLocked()).isFalse();
		long id = this.demo.principal(username).accountId();
		this.mvc
			.perform(post("/admin/security/accounts/{id}/unlock", id).with(csrf())
				.with(user(this.demo.principal("demo-secadmin"))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.demo.principal(username).isAccountNonLocked()).isTrue();
	}

	@Test
	void hostileUsernamesGetTheOrdinaryLoginErrorAndAreStoredEscapedInTheAudit() throws Exception {
		String huge = "a".repeat(1024 * 1024);
		String injected = "admin\r\n2026-01-01 LOGIN_SUCCEEDED root\u0007";
		String sql = "' OR '1'='1'; DROP TABLE account; --";
		String html = "<script>alert(1)</script>";
		long before = new AuditTrail(this.jdbc).maxId();
		for (String username : List.of(huge, injected, sql, html)) {
			this.mvc.perform(formLogin("/login").user(username).password("x"))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		List<Map<String, Object>> records = new AuditTrail(this.jdbc).since(before)
			.stream()
			.filter((r) -> "LOGIN_FAILED".equals(r.get("action")))
			.toList();
		assertThat(records).hasSize(4);
		assertThat((String) records.get(0).get("username")).hasSizeLessThanOrEqualTo(64).contains("截断");
		assertThat((String) records.get(1).get("username")).doesNotContain("\r", "\n", "\u0007")
			.startsWith("admin\\r\\n2026");
		assertThat(records.get(2).get("username")).isEqualTo(sql);
		assertThat(this.jdbc.sql("select count(*) from account").query(Long.class).single()).isPositive();
		assertThat(records.get(3).get("username")).isEqualTo(html);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "demo-officer").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiAnswersAnonymousRequestsWithAProblemDetailNotARedirect() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请先登录")));
	}

	@Test
	void anExpiredPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = freshAccount("expired-test");
		this.jdbc.sql(
				"update account set password_changed_at = password_changed_at - interval '200' day where username = :u")
			.param("u", username)
			.update();
		SanxiangPrincipal expired = this.demo.principal(username);
		assertThat(expired.passwordExpired()).isTrue();
		this.mvc.perform(formLogin("/login").user(username).password("Initial#Pass2026"))
			.andExpect(redirectedUrl("/account/password?expired"));
		this.mvc.perform(get("/workspace").with(user(expired))).andExpect(redirectedUrl("/account/password?expired"));
	}

}
