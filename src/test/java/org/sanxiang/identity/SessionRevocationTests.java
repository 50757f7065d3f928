package org.sanxiang.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions end when the facts they were granted on change: a role granted or revoked, the
 * account disabled, the password changed. Every session of the account ends, including
 * ones opened elsewhere; sessions are stored in the database, so this holds on every
 * node.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class SessionRevocationTests {

	static final String PASSWORD = "Initial#Pass2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	long officer(String username) {
		long department = this.jdbc.sql("select min(id) from department").query(Long.class).single();
		Account account = this.administration.open(username, "测试人员", department, PASSWORD,
				this.demo.principal("demo-sysadmin").dataScope());
		this.jdbc.sql("update account set password_must_change = false where id = :id")
			.param("id", account.id())
			.update();
		this.administration.grant(account.id(), Role.OFFICER, this.demo.principal("demo-secadmin"));
		return account.id();
	}

	Cookie login(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/workspace"))
			.andReturn();
		return new Cookie(SessionCookie.NAME, SessionCookie.of(result));
	}

	void assertWorks(Cookie session) throws Exception {
		this.mvc.perform(get("/officers").cookie(session)).andExpect(status().isOk());
	}

	void assertEnded(Cookie session) throws Exception {
		this.mvc.perform(get("/workspace").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void revokingARoleEndsEverySessionOfTheAccount() throws Exception {
		long id = officer("revoke-session");
		Cookie desk = login("revoke-session", PASSWORD);
		Cookie phone = login("revoke-session", PASSWORD);
		assertWorks(desk);
		assertWorks(phone);
		this.administration.revoke(id, Role.OFFICER, this.demo.principal("demo-secadmin"));
		assertEnded(desk);
		assertEnded(phone);
		assertThat(this.sessions.findByPrincipalName("revoke-session")).isEmpty();
	}

	@Test
	void grantingARoleThroughThePageEndsTheSessionsSoTheNewRolesApplyAtNextLogin() throws Exception {
		long id = officer("grant-session");
		Cookie session = login("grant-session", PASSWORD);
		Cookie secadmin = login("demo-secadmin", "Sanxiang@2026");
		assertWorks(session);
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", id).cookie(secadmin)
				.with(csrf())
				.param("role", Role.UNIT_HEAD.name())
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertEnded(session);
		this.mvc.perform(get("/admin/security/accounts").cookie(secadmin)).andExpect(status().isOk());
	}

	@Test
	void disablingTheAccountEndsItsSessions() throws Exception {
		long id = officer("disable-session");
		Cookie session = login("disable-session", PASSWORD);
		assertWorks(session);
		this.administration.setEnabled(id, false, this.demo.principal("demo-sysadmin"));
		assertEnded(session);
	}

	@Test
	void changingThePasswordEndsEverySessionOfTheAccountIncludingTheOwn() throws Exception {
		officer("password-session");
		Cookie own = login("password-session", PASSWORD);
		Cookie elsewhere = login("password-session", PASSWORD);
		this.mvc
			.perform(post("/account/password").cookie(own)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "Changed#Pass2027")
				.param("confirmation", "Changed#Pass2027"))
			.andExpect(redirectedUrl("/login?changed"));
		assertEnded(elsewhere);
		assertEnded(own);
		assertWorks(login("password-session", "Changed#Pass2027"));
	}

	@Test
	void theAbsoluteTimeoutStillEndsAStoredSession() throws Exception {
		officer("absolute-session");
		Cookie session = login("absolute-session", PASSWORD);
		assertWorks(session);
		@SuppressWarnings("unchecked")
		FindByIndexNameSessionRepository<Session> repository = (FindByIndexNameSessionRepository<Session>) this.sessions;
		Session stored = repository.findByPrincipalName("absolute-session").values().iterator().next();
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofMinutes(30));
		stored.setAttribute(LoginHandlers.LOGIN_AT, System.currentTimeMillis() - 9 * 3600 * 1000L);
		repository.save(stored);
		this.mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		assertEnded(session);
	}

}
