package org.sanxiang;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workspace gives people their work: drafts awaiting issue, certificates running out
 * (to the holder and the head of unit, never to an administrator), and shortcuts to the
 * tasks of their roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class WorkspaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficerRegistry officers;

	String workspaceOf(String username) throws Exception {
		return this.mvc.perform(get("/workspace").with(user(this.demo.principal(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aDraftAwaitsIssueWithItsAuthorAndTheHeadsButNoOneElse() throws Exception {
		SanxiangPrincipal author = this.demo.principal("demo-officer2");
		long id = this.jdbc.sql("""
				insert into document (agency_id, type_code, status, content, created_by, created_at, updated_at)
				values (:agency, 'PENALTY_DECISION', 'DRAFT', '{}', 'demo-officer2', :now, :now)""")
			.param("agency", author.agencyId())
			.param("now", OffsetDateTime.now())
			.update() > 0 ? this.jdbc.sql("select max(id) from document").query(Long.class).single() : -1;
		String link = "/documents/" + id + "\"";
		assertThat(workspaceOf("demo-officer2")).contains("待签发：行政处罚决定书", link);
		assertThat(workspaceOf("demo-unithead")).contains(link);
		assertThat(workspaceOf("demo-officer")).doesNotContain(link);
		assertThat(workspaceOf("demo-sysadmin")).doesNotContain("待签发");
	}

	@Test
	void aCertificateRunningOutIsTheHoldersAndTheHeadsToDoNeverAnAdministrators() throws Exception {
		SanxiangPrincipal holder = this.demo.principal("demo-officer2");
		Set<Long> scope = Set.of(holder.agencyId());
		Officer officer = this.officers.register(holder.agencyId(), "期满测试员", "23100020269901", "黑龙江省人民政府",
				this.officers.today().minusYears(3), this.officers.today().plusDays(10), scope);
		this.officers.linkAccount(officer.id(), holder.accountId(), scope);
		assertThat(workspaceOf("demo-officer2")).contains("我的执法证即将到期：期满测试员");
		assertThat(workspaceOf("demo-unithead")).contains("执法证即将到期：期满测试员");
		assertThat(workspaceOf("demo-officer")).doesNotContain("期满测试员");
		assertThat(workspaceOf("demo-sysadmin")).doesNotContain("期满测试员").doesNotContain("执法证已过期");
	}

	@Test
	void shortcutsAreTheTasksOfTheRoles() throws Exception {
		assertThat(workspaceOf("demo-officer")).contains("href=\"/documents/new\"", "href=\"/subjects\"")
			.doesNotContain("href=\"/admin/system/calendar\"", "/portal/certificates");
		assertThat(workspaceOf("demo-sysadmin")).contains("href=\"/admin/system/calendar\"")
			.doesNotContain("href=\"/documents/new\"", "/portal/certificates");
		assertThat(workspaceOf("demo-auditor")).contains("href=\"/admin/audit\"")
			.doesNotContain("href=\"/admin/system/calendar\"");
	}

}
