package org.sanxiang.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope and the separation of the three administrators, checked through the running
 * application.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class AccessControlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	AuditTrail audit;

	@BeforeEach
	void setUp() {
		this.audit = new AuditTrail(this.jdbc);
	}

	long officerIdOf(String name) {
		return this.jdbc.sql("select id from officer where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long accountIdOf(String username) {
		return this.jdbc.sql("select id from account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void harbinOfficerAskingForAMudanjiangOfficerGetsNotFoundAndIsAudited() throws Exception {
		long mudanjiangOfficer = officerIdOf("张伟");
		long before = this.audit.maxId();
		this.mvc
			.perform(
					get("/api/v1/officers/{id}", mudanjiangOfficer).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"))
			.andExpect(jsonPath("$.name").doesNotExist());
		this.mvc.perform(get("/officers/{id}", mudanjiangOfficer).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
		List<Map<String, Object>> refusals = this.audit.since(before);
		assertThat(refusals).filteredOn((r) -> "OFFICER_READ_REFUSED".equals(r.get("action")))
			.hasSize(2)
			.allSatisfy((r) -> {
				assertThat(r.get("username")).isEqualTo("demo-hrb-officer");
				assertThat(r.get("object_id")).isEqualTo(String.valueOf(mudanjiangOfficer));
				assertThat(r.get("result")).isEqualTo("REFUSED");
			});
	}

	@Test
	void officerListsOnlyTheirOwnAgencysOfficers() throws Exception {
		String body = this.mvc.perform(get("/api/v1/officers").with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("赵磊").doesNotContain("张伟").doesNotContain("韩冰");
	}

	@Test
	void provincialAdministratorSeesTheSubtreeButACityOfficerDoesNotSeeItsBranch() {
		SanxiangPrincipal province = this.demo.principal("demo-sysadmin");
		SanxiangPrincipal mudanjiangOfficer = this.demo.principal("demo-officer");
		SanxiangPrincipal mudanjiangHead = this.demo.principal("demo-head");
		assertThat(province.dataScope().agencyIds()).hasSize(4);
		assertThat(mudanjiangOfficer.dataScope().agencyIds()).containsExactly(mudanjiangOfficer.agencyId());
		assertThat(mudanjiangHead.dataScope().agencyIds()).hasSize(2);
	}

	@Test
	void eachAdministratorIsRefusedTheOthersFunctionsAndTheRefusalIsAudited() throws Exception {
		long before = this.audit.maxId();
		long officerAccount = accountIdOf("demo-officer2");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", officerAccount).param("role", "PUBLISHER")
				.with(csrf())
				.with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/system/accounts").with(user(this.demo.principal("demo-secadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit/export.csv").with(user(this.demo.principal("demo-secadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/system/accounts").with(csrf()).with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/security/accounts/{id}/unlock", officerAccount).with(csrf())
				.with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isForbidden());
		List<Map<String, Object>> denied = this.audit.since(before)
			.stream()
			.filter((r) -> "ACCESS_DENIED".equals(r.get("action")))
			.toList();
		assertThat(denied).extracting((r) -> r.get("username"))
			.containsExactly("demo-sysadmin", "demo-sysadmin", "demo-secadmin", "demo-secadmin", "demo-auditor",
					"demo-auditor");
		assertThat(denied).extracting((r) -> r.get("object_id"))
			.contains("POST /admin/security/accounts/" + officerAccount + "/roles", "GET /admin/audit");
		assertThat(this.jdbc.sql("select count(*) from account_role where account_id = :id and role = 'PUBLISHER'")
			.param("id", officerAccount)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAuditAdministratorReadsAndExportsTheAuditTrail() throws Exception {
		this.mvc.perform(get("/admin/audit").param("result", "REFUSED").with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("audit-table")));
		String csv = this.mvc.perform(get("/admin/audit/export.csv").with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF编号,时间,账户");
	}

	@Test
	void administratorsMayNotReadOfficersOrCaseContent() throws Exception {
		for (String admin : List.of("demo-sysadmin", "demo-secadmin", "demo-auditor")) {
			this.mvc.perform(get("/api/v1/officers").with(user(this.demo.principal(admin))))
				.andExpect(status().isForbidden());
		}
		assertThat(Role.ADMINISTRATORS).noneMatch(Role::mayReadCaseContent);
	}

	@Test
	void grantingASecondAdministratorRoleIsRefusedAndAudited() throws Exception {
		long auditor = accountIdOf("demo-auditor");
		long before = this.audit.maxId();
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", auditor).param("role", "SYSTEM_ADMIN")
				.with(csrf())
				.with(user(this.demo.principal("demo-secadmin"))))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.demo.principal("demo-auditor").roles()).containsExactly(Role.AUDIT_ADMIN);
		assertThat(this.audit.since(before)).anySatisfy((r) -> {
			assertThat(r.get("action")).isEqualTo("ROLE_GRANT_REFUSED");
			assertThat(r.get("result")).isEqualTo("REFUSED");
			assertThat((String) r.get("detail")).contains("三员分立");
		});
	}

	@Test
	void theSecurityAdministratorCannotGrantARoleToItself() throws Exception {
		SanxiangPrincipal secadmin = this.demo.principal("demo-secadmin");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", secadmin.accountId()).param("role", "OFFICER")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(status().isForbidden());
		assertThat(this.demo.principal("demo-secadmin").roles()).containsExactly(Role.SECURITY_ADMIN);
	}

	@Test
	void theSecurityAdministratorGrantsAndRevokesARoleAndBothAreAudited() throws Exception {
		long officer2 = accountIdOf("demo-officer2");
		long before = this.audit.maxId();
		SanxiangPrincipal secadmin = this.demo.principal("demo-secadmin");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", officer2).param("role", "PUBLISHER")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.demo.principal("demo-officer2").roles()).contains(Role.PUBLISHER);
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles/PUBLISHER/revoke", officer2).with(csrf())
				.with(user(secadmin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.demo.principal("demo-officer2").roles()).containsExactly(Role.OFFICER);
		assertThat(this.audit.since(before)).extracting((r) -> r.get("action"))
			.containsSubsequence("ROLE_GRANTED", "ROLE_REVOKED");
	}

}
