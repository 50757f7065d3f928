package org.sanxiang.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	LoginThrottle throttle;

	@BeforeEach
	void hearTheTestClientAgain() {
		this.throttle.forget("127.0.0.1");
	}

	String freshAccount(String username) {
		long department = this.jdbc.sql("select min(id) from department").query(Long.class).single();
		SanxiangPrincipal sysadmin = this.demo.principal("demo-sysadmin");
		this.administration.open(username, "测试人员", department, "Initial#Pass2026", sysadmin.dataScope());
		this.jdbc.sql("update account set password_must_change = false where username = :u")
			.param("u", username)
			.update();
		return username;
	}

	@Test
	void aDemoOfficerLogsInIntoTheWorkspaceWithANewSessionId() throws Exception {
		MvcResult page = this.mvc.perform(get("/login")).andReturn();
		String before = SessionCookie.of(page);
		assertThat(before).isNotNull();
		MvcResult result = this.mvc
			.perform(post("/login").cookie(new Cookie(SessionCookie.NAME, before))
				.with(csrf())
				.param("username", "demo-officer")
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/workspace"))
			.andReturn();
		String after = SessionCookie.of(result);
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(SessionCookie.header(result)).contains("HttpOnly").contains("SameSite=Strict");
		this.mvc.perform(get("/workspace").cookie(new Cookie(SessionCookie.NAME, after))).andExpect(status().isOk());
		assertThat(new AuditTrail(this.jdbc).entries("LOGIN_SUCCEEDED")).anySatisfy((r) -> {
			assertThat(r.get("username")).isEqualTo("demo-officer");
			assertThat(r.get("agency_path")).isEqualTo("/HLJ/HLJ-MDJ/");
		});
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWhichOnlyTheRightPasswordLearns() throws Exception {
		String username = freshAccount("lockout-test");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin("/login").user(username).password("wrong-6"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin("/login").user(username).password("Initial#Pass2026"))
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("账户因连续登录失败已被锁定")));
		List<Map<String, Object>> failures = new AuditTrail(this.jdbc).entries("LOGIN_FAILED")
			.stream()
			.filter((r) -> username.equals(r.get("username")))
			.toList();
		assertThat(failures).hasSize(7);
		assertThat(failures.get(5).get("detail")).isEqualTo("BadCredentialsException");
		assertThat(failures.get(6).get("detail")).isEqualTo("LockedException");
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
			.perform(post("/admin/security/accounts/{id}/unlock", id).param("confirmed", "true")
				.with(csrf())
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

	@Test
	void unknownAndExistingAccountsAnswerAlikeUntilThePasswordIsRight() throws Exception {
		String existing = freshAccount("enumeration-test");
		for (int i = 0; i < 7; i++) {
			this.mvc.perform(formLogin("/login").user(existing).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
			this.mvc.perform(formLogin("/login").user("nobody-by-this-name").password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
	}

	@Test
	void aDisabledAccountSaysSoOnlyToWhoeverKnowsItsPassword() throws Exception {
		String username = freshAccount("disabled-test");
		this.administration.setEnabled(this.demo.principal(username).accountId(), false,
				this.demo.principal("demo-sysadmin"));
		this.mvc.perform(formLogin("/login").user(username).password("wrong"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin("/login").user(username).password("Initial#Pass2026"))
			.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void aPasswordSetByTheSystemAdministratorMustBeChangedAtFirstLogin() throws Exception {
		long department = this.jdbc.sql("select min(id) from department").query(Long.class).single();
		this.administration.open("initial-test", "测试人员", department, "Initial#Pass2026",
				this.demo.principal("demo-sysadmin").dataScope());
		MvcResult login = this.mvc.perform(formLogin("/login").user("initial-test").password("Initial#Pass2026"))
			.andExpect(redirectedUrl("/account/password?initial"))
			.andReturn();
		Cookie session = new Cookie(SessionCookie.NAME, SessionCookie.of(login));
		this.mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/account/password?initial"));
		this.mvc.perform(get("/account/password").param("initial", "").cookie(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("初始密码由系统管理员设置")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "Initial#Pass2026")
				.param("newPassword", "MyOwn#Pass2027")
				.param("confirmation", "MyOwn#Pass2027"))
			.andExpect(redirectedUrl("/login?changed"));
		this.mvc.perform(formLogin("/login").user("initial-test").password("MyOwn#Pass2027"))
			.andExpect(redirectedUrl("/workspace"));
	}

	@Test
	void aRefusedCsrfTokenIsAudited() throws Exception {
		long before = new AuditTrail(this.jdbc).maxId();
		this.mvc.perform(post("/login").param("username", "demo-officer").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/password").with(csrf().useInvalidToken())
				.with(user(this.demo.principal("demo-officer")))
				.param("currentPassword", "x"))
			.andExpect(status().isForbidden());
		List<Map<String, Object>> refused = new AuditTrail(this.jdbc).since(before)
			.stream()
			.filter((r) -> "CSRF_REFUSED".equals(r.get("action")))
			.toList();
		assertThat(refused).hasSize(2);
		assertThat(refused.get(0).get("object_id")).isEqualTo("POST /login");
		assertThat(refused.get(0).get("result")).isEqualTo("REFUSED");
		assertThat((String) refused.get(0).get("detail")).contains("anonymous");
		assertThat(refused.get(1).get("username")).isEqualTo("demo-officer");
		assertThat((String) refused.get(1).get("detail")).contains("InvalidCsrfTokenException");
	}

	@Test
	void anUnknownUrlIsNotFoundForALoggedInUserWhileAForbiddenOneStaysForbidden() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		this.mvc.perform(get("/no-such-page").with(user(officer))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/no-such-thing").with(user(officer))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/security/accounts").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void afterLoginTheUserLandsOnThePageAskedForAsAPathOfThisSite() throws Exception {
		MvcResult asked = this.mvc
			.perform(get("http://elsewhere.example/officers?q={q}", "张").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = new Cookie(SessionCookie.NAME, SessionCookie.of(asked));
		this.mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("username", "demo-officer")
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/officers?q=%E5%BC%A0"));
	}

	@Test
	void anAddressWithTooManyFailedLoginsIsNotHeardEvenWithTheRightPassword() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc
				.perform(post("/login").with(csrf())
					.param("username", "guess-" + i)
					.param("password", "wrong")
					.with(from("192.0.2.7")))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "demo-officer")
				.param("password", PASSWORD)
				.with(from("192.0.2.7")))
			.andExpect(redirectedUrl("/login?error=throttled"))
			.andExpect(header().exists("Retry-After"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "demo-officer")
				.param("password", PASSWORD)
				.with(from("192.0.2.8")))
			.andExpect(redirectedUrl("/workspace"));
		assertThat(new AuditTrail(this.jdbc).entries("LOGIN_THROTTLED"))
			.anySatisfy((r) -> assertThat(r.get("object_id")).isEqualTo("192.0.2.7"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
