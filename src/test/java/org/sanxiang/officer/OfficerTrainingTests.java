package org.sanxiang.officer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
 * Officers' training (#19): hours counted per year of the business date in Asia/Shanghai,
 * the certificate renewal refused with its reason without the hours or a passed exam and
 * allowed with both, the unit overview, and who may record and read what.
 */
@SpringBootTest(properties = "sanxiang.test.context=officer-training")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, OfficerTrainingTests.Clocks.class })
class OfficerTrainingTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-07-03T02:00:00Z"));
		}

	}

	static final AtomicInteger NUMBERS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry registry;

	@Autowired
	OfficerTraining training;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal admin;

	long agencyId;

	@BeforeEach
	void people() {
		this.clock.set("2026-07-03T10:00");
		this.admin = this.demo.principal("demo-sysadmin");
		this.agencyId = this.demo.principal("demo-unithead").agencyId();
	}

	Officer newOfficer(LocalDate validTo) {
		return this.registry.register(this.agencyId, "培训测试" + NUMBERS.get(),
				"99" + String.format("%08d", NUMBERS.getAndIncrement()), "黑龙江省人民政府", LocalDate.of(2024, 1, 1), validTo,
				Set.of(this.agencyId));
	}

	void train(Officer officer, String hours, String on) throws Exception {
		this.mvc
			.perform(post("/admin/system/officers/{id}/training", officer.id()).param("course", "行政处罚法专题")
				.param("organiser", "省生态环境厅")
				.param("hours", hours)
				.param("completedOn", on)
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().is3xxRedirection());
	}

	void exam(Officer officer, String score, String on) throws Exception {
		this.mvc
			.perform(post("/admin/system/officers/{id}/exams", officer.id()).param("subject", "执法资格考试")
				.param("score", score)
				.param("takenOn", on)
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void hoursCountInTheYearOfTheBusinessDateInShanghai() throws Exception {
		Officer officer = newOfficer(LocalDate.of(2028, 12, 31));
		this.clock.set("2025-12-31T20:00");
		train(officer, "8", "2025-12-31");
		// 00:30 in Beijing on New Year's Day is still 2025 in UTC: the day is 2026 here
		this.clock.set("2026-01-01T00:30");
		train(officer, "6.5", "2026-01-01");
		OfficerTraining.Standing standing = this.training
			.standing(this.registry.officer(officer.id(), Set.of(this.agencyId)));
		assertThat(standing.year()).isEqualTo(2026);
		assertThat(standing.hours()).isEqualByComparingTo("6.5");
		assertThat(standing.missing()).isEqualByComparingTo("53.5");
		this.mvc
			.perform(post("/admin/system/officers/{id}/training", officer.id()).param("course", "课程")
				.param("organiser", "厅")
				.param("hours", "4")
				.param("completedOn", "2026-01-02")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不晚于今天")));
	}

	@Test
	void aRenewalIsRefusedWithoutTheHoursOrAPassedExamAndAllowedWithBoth() throws Exception {
		Officer officer = newOfficer(LocalDate.of(2026, 9, 30));
		this.mvc
			.perform(post("/admin/system/officers/{id}/renewal", officer.id()).param("version", "0")
				.param("validTo", "2031-09-30")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("少于每年 60 学时")))
			.andExpect(content().string(containsString("近一年没有合格的考试成绩")));
		train(officer, "40", "2026-03-01");
		train(officer, "20", "2025-08-01");
		train(officer, "30", "2025-06-30");
		exam(officer, "59.5", "2026-04-01");
		this.mvc
			.perform(post("/admin/system/officers/{id}/renewal", officer.id()).param("version", "0")
				.param("validTo", "2031-09-30")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("近一年没有合格的考试成绩")));
		exam(officer, "85", "2026-05-01");
		this.mvc
			.perform(post("/admin/system/officers/{id}/renewal", officer.id()).param("version", "0")
				.param("validTo", "2031-09-30")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().is3xxRedirection());
		Officer renewed = this.registry.officer(officer.id(), Set.of(this.agencyId));
		assertThat(renewed.validTo()).isEqualTo(LocalDate.of(2031, 9, 30));
		assertThat(this.training.renewals(officer.id())).singleElement()
			.satisfies((r) -> assertThat(r.basis()).contains("近一年培训 60 学时"));
		assertThat(this.jdbc.sql("select count(*) from audit_record where action = 'OFFICER_CREDENTIAL_RENEWED'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theUnitOverviewShowsHoursMissingHoursAndExpiringCertificates() throws Exception {
		Officer officer = newOfficer(LocalDate.of(2026, 9, 1));
		train(officer, "12", "2026-02-01");
		exam(officer, "90", "2026-02-02");
		this.mvc.perform(get("/officers/training").with(user(this.demo.principal("demo-unithead"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(officer.certificateNumber())))
			.andExpect(content().string(containsString("本年学时\">12</td>")))
			.andExpect(content().string(containsString("尚缺学时\">48</td>")))
			.andExpect(content().string(containsString("90天内到期")))
			.andExpect(content().string(containsString("2026 年执法人员培训和资格")));
	}

	@Test
	void onlyTheUnitHeadSeesTheOverviewAndOnlyTheSystemAdministratorRecords() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-unithead");
		this.mvc.perform(get("/officers/training").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/officers/training").with(user(this.admin))).andExpect(status().isForbidden());
		Officer mine = this.registry.ofAccount(officer.accountId()).get(0);
		this.mvc
			.perform(post("/admin/system/officers/{id}/training", mine.id()).param("course", "x")
				.param("organiser", "y")
				.param("hours", "1")
				.param("completedOn", "2026-07-01")
				.with(csrf())
				.with(user(head)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/system/officers/{id}/training", mine.id()).with(user(head)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/officers/my-training").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.certificateNumber())));
		this.mvc.perform(get("/officers/my-training").with(user(this.admin))).andExpect(status().isForbidden());
	}

}
