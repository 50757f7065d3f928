package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.EmbeddedPostgresSupport;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewProposals;
import org.sanxiang.review.Reviews;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One penalty case from 立案 to 归档, as the procedure reads (行政处罚法 第五章), on PostgreSQL and
 * on the official calendar: the notice is served on Tuesday 29 September 2026, so the
 * five working days of the defence period run across the National Day holiday (1–7
 * October off, Saturday 10 October a working day) to Monday 12 October. A
 * Monday-to-Friday count would end them on 6 October; a decision on 7 October is refused,
 * and so is one on the 12th; on the 13th the agency head decides the content the legal
 * review passed.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-scenario-pg")
@Import({ DemoAccounts.class, CaseProcedureScenarioTests.Clocks.class })
class CaseProcedureScenarioTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-09-14T02:00:00Z"));
		}

	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresSupport.register(CaseProcedureScenarioTests.class, registry);
	}

	static final LocalDate NOTICE_SERVED = LocalDate.of(2026, 9, 29);

	@Autowired
	Cases cases;

	@Autowired
	Reviews reviews;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	BusinessTime time;

	@Autowired
	MovableClock clock;

	@Autowired
	JsonMapper appJson;

	@Test
	void aCaseGoesFromFilingToArchiveAndTheDefencePeriodCountsTheNationalDayHoliday() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal officer2 = this.demo.principal("demo-officer2");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long agency = officer.agencyId();

		// 立案 (Monday 14 September)
		long id = this.cases.file("牡丹江某化工有限公司超标排放水污染物案", "牡丹江某化工有限公司", List.of(), "立案审批表", officer).id();
		assertThat(this.cases.caseOf(id, officer).stage()).isEqualTo(Stage.INVESTIGATION);

		// 现场检查 and 调查询问, each by two officers qualified on the day
		List<Officer> two = twoQualifiedOfficers(agency);
		List<Long> officerIds = two.stream().map(Officer::id).toList();
		LocalDate inspected = LocalDate.of(2026, 9, 14);
		this.cases.recordInvestigation(id, false, inspected, officerIds, List.of(), List.of(), "现场检查笔录", officer);
		this.clock.set("2026-09-16");
		this.cases.recordInvestigation(id, true, this.time.today(), officerIds, List.of(), List.of(), "询问笔录", officer2);

		// 调查终结, 案件审查, 事先告知 of a fine of 300,000 yuan (no hearing offered here)
		this.clock.set("2026-09-21");
		this.cases.endInvestigation(id, List.of(), "调查终结报告", officer);
		this.clock.set("2026-09-23");
		this.cases.examine(id, false, "事实清楚，证据确凿，同意告知", this.demo.principal("demo-unithead"));
		this.clock.set("2026-09-24");
		this.cases.notify(id, CaseFixtures.fine(300_000), true, List.of(), officer);
		assertThat(this.cases.caseOf(id, officer).stage()).isEqualTo(Stage.NOTIFIED);

		// 告知书送达 on Tuesday 29 September: the defence period begins
		this.clock.set("2026-09-29");
		this.cases.recordNoticeService(id, NOTICE_SERVED, List.of(), officer);
		assertThat(this.cases.caseOf(id, officer).stage()).isEqualTo(Stage.DEFENCE);

		// 法制审核 of exactly the content to be decided, through the review module
		LocalDate decisionDay = LocalDate.of(2026, 10, 13);
		List<String> certificates = two.stream().map(Officer::certificateNumber).toList();
		ProposedDecision proposal = ReviewProposals.forCase(this.appJson, agency, id, "300000", inspected, decisionDay,
				certificates);
		this.clock.set("2026-09-30");
		long request = this.reviews.submit(proposal, officer).id();
		this.cases.submitForLegalReview(id, proposal, request, officer);
		this.reviews.take(request, reviewer);
		this.reviews.pass(request, ReviewProposals.findingsWanting(null), reviewer);
		assertThat(this.reviews.mayDecide(proposal).allowed()).isTrue();

		// the defence period on the official calendar, not Monday to Friday
		assertThat(CaseFixtures.WEEKDAYS.addWorkingDays(NOTICE_SERVED, 5)).isEqualTo(LocalDate.of(2026, 10, 6));
		assertThat(this.calendar.addWorkingDays(NOTICE_SERVED, 5)).isEqualTo(LocalDate.of(2026, 10, 12));
		this.clock.set("2026-10-07");
		refused(() -> this.cases.decide(id, proposal, List.of(), head), "CASE_GATE_NOTICE_AND_DEFENCE", "2026-10-12");
		this.clock.set("2026-10-12");
		refused(() -> this.cases.decide(id, proposal, List.of(), head), "CASE_GATE_NOTICE_AND_DEFENCE", "2026-10-12");

		// 13 October: a content the review did not pass is refused; the officer may not
		// decide; the agency head decides the passed content
		this.clock.set("2026-10-13");
		ProposedDecision changed = ReviewProposals.forCase(this.appJson, agency, id, "250000", inspected, decisionDay,
				certificates);
		refused(() -> this.cases.decide(id, changed, List.of(), head), "CASE_GATE_LEGAL_REVIEW", "法制审核");
		refused(() -> this.cases.decide(id, proposal, List.of(), officer), "CASE_GATE_AGENCY_HEAD", "负责人");
		PenaltyCase decided = this.cases.decide(id, proposal, List.of(), head);
		assertThat(decided.stage()).isEqualTo(Stage.DECIDED);
		assertThat(decided.decidedOn()).isEqualTo(decisionDay);
		assertThat(decided.decidedDigest()).isEqualTo(proposal.digest());

		// 送达, 缴纳, 结案, 归档
		this.clock.set("2026-10-15");
		this.cases.serve(id, this.time.today(), List.of(), officer);
		this.clock.set("2026-10-28");
		this.cases.recordPayment(id, this.time.today(), Money.yuan(300_000), List.of(), officer);
		this.clock.set("2026-10-30");
		this.cases.close(id, List.of(), officer);
		this.clock.set("2026-11-06");
		PenaltyCase archived = this.cases.archive(id, List.of(), officer);
		assertThat(archived.stage()).isEqualTo(Stage.ARCHIVED);
		assertThat(archived.entries()).extracting(CaseEntry::act)
			.containsExactly(CaseAct.FILE, CaseAct.RECORD_INSPECTION, CaseAct.RECORD_INQUIRY, CaseAct.END_INVESTIGATION,
					CaseAct.EXAMINE, CaseAct.NOTIFY, CaseAct.RECORD_NOTICE_SERVICE, CaseAct.SUBMIT_FOR_LEGAL_REVIEW,
					CaseAct.DECIDE, CaseAct.SERVE, CaseAct.RECORD_PAYMENT, CaseAct.CLOSE, CaseAct.ARCHIVE);

		// after the archive nothing changes, not even evidence
		this.clock.set("2026-11-09");
		refused(() -> this.cases.attachEvidence(id, List.of(99L), "补充", officer), "CASE_GATE_ARCHIVED_UNCHANGEABLE",
				"归档");
		assertThat(this.cases.caseOf(id, head).entries()).hasSize(13);
	}

	private List<Officer> twoQualifiedOfficers(long agencyId) {
		return CaseFixtures.twoQualifiedOfficers(this.officers, agencyId, this.time.today());
	}

	private static void refused(Runnable act, String code, String detail) {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(act::run).satisfies((refusal) -> {
			assertThat(refusal.code()).isEqualTo(code);
			assertThat(refusal.getMessage()).contains(detail);
		});
	}

}
