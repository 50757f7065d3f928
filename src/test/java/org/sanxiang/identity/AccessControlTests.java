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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
	void grantingASecondAdministratorRoleIsRefusedInPlaceInChineseAndAudited() throws Exception {
		long auditor = accountIdOf("demo-auditor");
		long before = this.audit.maxId();
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", auditor).param("role", "SYSTEM_ADMIN")
				.with(csrf())
				.with(user(this.demo.principal("demo-secadmin"))))
			.andExpect(redirectedUrl("/admin/security/accounts"))
			.andExpect(flash().attribute("error", containsString("三员分立")));
		assertThat(this.demo.principal("demo-auditor").roles()).containsExactly(Role.AUDIT_ADMIN);
		assertThat(this.audit.since(before)).anySatisfy((r) -> {
			assertThat(r.get("action")).isEqualTo("ROLE_GRANT_REFUSED");
			assertThat(r.get("result")).isEqualTo("REFUSED");
			assertThat((String) r.get("detail")).contains("三员分立");
		});
	}

	@Test
	void aBusinessRoleIsNeverGrantedToAnAdministratorNorAnAdministratorRoleToAnOfficer() throws Exception {
		SanxiangPrincipal secadmin = this.demo.principal("demo-secadmin");
		long auditor = accountIdOf("demo-auditor");
		long officer = accountIdOf("demo-officer");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", auditor).param("role", "OFFICER")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(redirectedUrl("/admin/security/accounts"))
			.andExpect(flash().attribute("error", containsString("业务角色不能授予管理员账户")));
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", officer).param("role", "SECURITY_ADMIN")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(redirectedUrl("/admin/security/accounts"))
			.andExpect(flash().attribute("error", containsString("管理员角色不能授予担任业务角色的账户")));
		assertThat(this.demo.principal("demo-auditor").roles()).containsExactly(Role.AUDIT_ADMIN);
		assertThat(this.demo.principal("demo-officer").roles()).containsExactly(Role.OFFICER);
		String page = this.mvc.perform(get("/admin/security/accounts").with(user(secadmin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String auditorRow = row(page, "demo-auditor");
		String officerRow = row(page, "demo-officer");
		assertThat(auditorRow).doesNotContain("<option").contains("无可授予的角色");
		assertThat(officerRow).contains("value=\"UNIT_HEAD\"")
			.doesNotContain("value=\"SECURITY_ADMIN\"", "value=\"AUDIT_ADMIN\"", "value=\"SYSTEM_ADMIN\"")
			.doesNotContain("value=\"OFFICER\"");
		assertThat(row(page, "demo-secadmin")).doesNotContain("<form").contains("不能为自己授予或撤销角色");
	}

	private static String row(String page, String username) {
		int at = page.indexOf("<code>" + username + "</code>");
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	@Test
	void theSecurityAdministratorCannotGrantARoleToItself() throws Exception {
		SanxiangPrincipal secadmin = this.demo.principal("demo-secadmin");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", secadmin.accountId()).param("role", "OFFICER")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(redirectedUrl("/admin/security/accounts"))
			.andExpect(flash().attribute("error", "不能为自己授予角色"));
		assertThat(this.demo.principal("demo-secadmin").roles()).containsExactly(Role.SECURITY_ADMIN);
	}

	@Test
	void theSecurityAdministratorConfirmsGrantsAndRevocationsAndBothAreAudited() throws Exception {
		long officer2 = accountIdOf("demo-officer2");
		long before = this.audit.maxId();
		SanxiangPrincipal secadmin = this.demo.principal("demo-secadmin");
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", officer2).param("role", "PUBLISHER")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将为李娜（demo-officer2）授予角色“信息公开”")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(this.demo.principal("demo-officer2").roles()).doesNotContain(Role.PUBLISHER);
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles", officer2).param("role", "PUBLISHER")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(redirectedUrl("/admin/security/accounts"));
		assertThat(this.demo.principal("demo-officer2").roles()).contains(Role.PUBLISHER);
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles/PUBLISHER/revoke", officer2).with(csrf())
				.with(user(secadmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将撤销李娜（demo-officer2）的角色“信息公开”")));
		assertThat(this.demo.principal("demo-officer2").roles()).contains(Role.PUBLISHER);
		this.mvc
			.perform(post("/admin/security/accounts/{id}/roles/PUBLISHER/revoke", officer2).param("confirmed", "true")
				.with(csrf())
				.with(user(secadmin)))
			.andExpect(redirectedUrl("/admin/security/accounts"));
		assertThat(this.demo.principal("demo-officer2").roles()).containsExactly(Role.OFFICER);
		assertThat(this.audit.since(before)).extracting((r) -> r.get("action"))
			.containsSubsequence("ROLE_GRANTED", "ROLE_REVOKED");
	}

	@Test
	void disablingAnAccountIsConfirmedFirstAndTheOwnAccountOffersNoDisable() throws Exception {
		SanxiangPrincipal sysadmin = this.demo.principal("demo-sysadmin");
		long publisher = accountIdOf("demo-publisher");
		this.mvc
			.perform(post("/admin/system/accounts/{id}/enabled", publisher).param("enabled", "false")
				.with(csrf())
				.with(user(sysadmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该账户所有已登录的会话将立即结束")));
		assertThat(this.demo.principal("demo-publisher").isEnabled()).isTrue();
		String page = this.mvc.perform(get("/admin/system/accounts").with(user(sysadmin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, "demo-sysadmin")).doesNotContain("<form");
		assertThat(row(page, "demo-publisher")).contains("<form");
		this.mvc
			.perform(post("/admin/system/accounts/{id}/enabled", sysadmin.accountId()).param("enabled", "false")
				.param("confirmed", "true")
				.with(csrf())
				.with(user(sysadmin)))
			.andExpect(redirectedUrl("/admin/system/accounts"))
			.andExpect(flash().attribute("error", "不能停用自己的账户"));
	}

}
