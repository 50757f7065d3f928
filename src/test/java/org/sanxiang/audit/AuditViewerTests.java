package org.sanxiang.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyCorrected;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail reads as people speak: actions and kinds of object in Chinese, the
 * object by its name, times in Beijing time with the zone, filters by those words, the
 * agency's name in the CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class AuditViewerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String asAuditor(String path, String... params) throws Exception {
		var request = get(path).with(user(this.demo.principal("demo-auditor")));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	void recordAsOfficer(Object event) {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		this.events.publishEvent(event);
		SecurityContextHolder.clearContext();
	}

	@Test
	void accountsAndVoidedDocumentsAreNamedAndFoundByThoseNames() throws Exception {
		recordAsOfficer(new org.sanxiang.identity.IdentityEvents.RoleGranted(979797, "audit-named-account",
				org.sanxiang.identity.Role.PUBLISHER));
		recordAsOfficer(new org.sanxiang.document.DocumentVoided(989898, "审环罚〔2026〕77号", "PENALTY_DECISION", null, 1L,
				"0".repeat(64), "当事人名称有误", "demo-officer", java.time.Instant.now()));
		assertThat(labelOf("979797")).isEqualTo("audit-named-account");
		assertThat(labelOf("989898")).isEqualTo("审环罚〔2026〕77号");
		assertThat(asAuditor("/admin/audit", "object", "audit-named-account")).contains("audit-named-account", "授予角色");
		assertThat(asAuditor("/admin/audit", "object", "审环罚〔2026〕77号")).contains("审环罚〔2026〕77号", "作废文书");
	}

	private String labelOf(String objectId) {
		return this.jdbc.sql("select object_label from audit_record where object_id = :id")
			.param("id", objectId)
			.query(String.class)
			.single();
	}

	@Test
	void timesAreBeijingTimeWithTheZoneShown() throws Exception {
		recordAsOfficer(new PartyCorrected(434343, 1L, "时区示例有限公司", "name"));
		String page = asAuditor("/admin/audit", "object", "时区示例");
		java.util.regex.Matcher shown = java.util.regex.Pattern
			.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) \\(UTC\\+8\\)")
			.matcher(page);
		assertThat(shown.find()).as("a time with its zone on the page").isTrue();
		java.time.LocalDateTime local = java.time.LocalDateTime.parse(shown.group(1).replace(' ', 'T'));
		java.time.LocalDateTime beijingNow = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(java.time.Duration.between(local, beijingNow).abs()).isLessThan(java.time.Duration.ofMinutes(10));
		assertThat(AuditWords.localTime(OffsetDateTime.parse("2026-11-30T14:05:09+08:00")))
			.isEqualTo("2026-11-30 14:05:09 (UTC+8)");
	}

	@Test
	void theViewerNamesActionAndObjectInChineseAndFindsThemByThoseWords() throws Exception {
		recordAsOfficer(new PartyCorrected(424242, 1L, "审计示例化工有限公司", "name"));
		String page = asAuditor("/admin/audit", "object", "示例化工");
		assertThat(page).contains("审计示例化工有限公司", "修改监管对象", "监管对象")
			.doesNotContain("SUBJECT_CHANGED", "RegulatedParty")
			.containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(UTC\\+8\\)");
		assertThat(asAuditor("/admin/audit", "object", "示例化工", "action", "修改监管")).contains("审计示例化工有限公司");
		assertThat(asAuditor("/admin/audit", "object", "示例化工", "action", "签发文书")).doesNotContain("审计示例化工有限公司");
		assertThat(asAuditor("/admin/audit", "object", "424242")).contains("审计示例化工有限公司");
	}

	@Test
	void theCsvNamesTheAgencyTheActionAndTheObject() throws Exception {
		recordAsOfficer(new PartyCorrected(434343, 1L, "导出示例木业有限公司", "address"));
		String csv = asAuditor("/admin/audit/export.csv", "object", "导出示例木业");
		assertThat(csv.lines().skip(1)).singleElement()
			.asString()
			.contains("牡丹江市生态环境局", "修改监管对象", "监管对象", "导出示例木业有限公司", "(UTC+8)");
	}

	@Test
	void dayFiltersAreBeijingDays() throws Exception {
		String path = this.demo.principal("demo-officer").agencyPath();
		this.jdbc.sql("""
				insert into audit_record (occurred_at, username, agency_path, action, object_type, object_id, result)
				values (:at, 'demo-officer', :path, 'LOGOUT', 'Account', 'zone-probe', 'SUCCESS')""")
			.param("at", OffsetDateTime.parse("2026-11-29T17:30:00Z"))
			.param("path", path)
			.update();
		assertThat(asAuditor("/admin/audit", "object", "zone-probe", "from", "2026-11-30", "to", "2026-11-30"))
			.contains("2026-11-30 01:30:00 (UTC+8)");
		assertThat(asAuditor("/admin/audit", "object", "zone-probe", "from", "2026-11-29", "to", "2026-11-29"))
			.doesNotContain("01:30:00");
	}

}
