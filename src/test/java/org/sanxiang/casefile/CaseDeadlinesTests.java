package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.casefile.CaseDeadline.Kind;
import org.sanxiang.casefile.CaseDeadline.Status;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case's time limits on the official calendar of 2026 (National Day 1–7 October off,
 * Saturday 10 October a working day; 25–27 September off): the 90 days of a case filed on
 * Friday 3 July end on Thursday 1 October, a holiday, so on Thursday 8 October; 临期 from
 * three working days before; extensions and a suspension move the day; the decision
 * starts the 7 working days of service and the service the 15 days of payment. The due
 * date kept on the case follows every act, and the list, the to-dos and the overview read
 * it.
 */
// the clock moves months ahead: the demo passwords must not expire on the way
@SpringBootTest(properties = { "sanxiang.test.context=casefile-deadlines", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, CaseDeadlinesTests.Clocks.class })
class CaseDeadlinesTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-07-03T02:00:00Z"));
		}

	}

	static final LocalDate FILED = LocalDate.of(2026, 7, 3);

	@Autowired
	Cases cases;

	@Autowired
	CaseOverview overview;

	@Autowired
	CaseTodos todos;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BusinessTime time;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private long fileOn(String day, String party, SanxiangPrincipal who) {
		this.clock.set(day);
		return this.cases.file("某公司超标排放案", party, List.of(), "立案审批表", who).id();
	}

	private LocalDate keptDue(long id) {
		return this.jdbc.sql("select due_on from penalty_case where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private CaseDeadline handling(long id, SanxiangPrincipal who) {
		return this.cases.deadlinesOf(this.cases.caseOf(id, who))
			.stream()
			.map(Cases.RunningDeadline::deadline)
			.filter((d) -> d.kind() == Kind.CASE_HANDLING)
			.findFirst()
			.orElseThrow();
	}

	private Status statusOn(String day, long id, SanxiangPrincipal who) {
		this.clock.set(day);
		return this.cases.deadlinesOf(this.cases.caseOf(id, who))
			.stream()
			.filter((r) -> r.deadline().kind() == Kind.CASE_HANDLING)
			.findFirst()
			.orElseThrow()
			.status();
	}

	@Test
	void ninetyDaysEndingOnNationalDayEndOnTheNextWorkingDayAndAreDueSoonThreeWorkingDaysBefore() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "国庆前立案测试公司", officer);

		// 3 July + 90 days = Thursday 1 October, a holiday: the period ends on Thursday 8
		// October
		assertThat(handling(id, officer).due()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(handling(id, officer).article()).contains("第六十条", "第五十七条");
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(this.jdbc.sql("select due_kind from penalty_case where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("CASE_HANDLING");

		// three working days before: Fri 25 Sep is off, so on Thursday 24 the third
		// working
		// day is 30 Sep (正常); on Monday 28 it is 8 October itself (临期)
		assertThat(statusOn("2026-09-24", id, officer)).isEqualTo(Status.NORMAL);
		assertThat(statusOn("2026-09-28", id, officer)).isEqualTo(Status.DUE_SOON);
		assertThat(statusOn("2026-10-08", id, officer)).isEqualTo(Status.DUE_SOON);
		assertThat(statusOn("2026-10-09", id, officer)).isEqualTo(Status.OVERDUE);
	}

	@Test
	void theAgencyHeadExtendsTheCaseTwiceWithReasonAndApprovalAndNeverAThirdTime() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = fileOn("2026-07-03", "延长期限测试公司", officer);
		this.clock.set("2026-09-01");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.extendPeriod(id, "案情复杂", List.of(31L), officer))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CASE_GATE_AGENCY_HEAD"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.extendPeriod(id, "案情复杂", List.of(), head))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CASE_EXTENSION_APPROVAL"));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.extendPeriod(id, " ", List.of(31L), head))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CASE_REASON"));

		// + 30 days: Saturday 31 October → Monday 2 November
		this.cases.extendPeriod(id, "案情复杂，需补充监测", List.of(31L), head);
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(handling(id, officer).extensions()).isEqualTo(1);
		// + 30 more after the collective discussion: Monday 30 November
		this.cases.extendPeriod(id, "经集体讨论决定再次延长", List.of(32L), head);
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(this.cases.caseOf(id, officer).entries().get(2).note()).startsWith("经集体讨论再次延长办案期限");

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.cases.extendPeriod(id, "再延长", List.of(33L), head))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CASE_EXTENSION_LIMIT"));
	}

	@Autowired
	CaseDeadlineRefresh refresh;

	@Test
	void aLoadedCalendarYearGivesTheOpenCasesTheirDueDateAgain() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "日历载入测试公司", officer);
		// as if the year of the due date had had no calendar when the case was filed
		this.jdbc.sql("update penalty_case set due_on = null, due_kind = null where id = :id").param("id", id).update();
		assertThat(this.refresh.refreshOpenCases(LocalDate.of(2026, 1, 1))).isPositive();
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void aSuspensionStopsTheClockAndItsDaysDoNotCount() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "中止测试公司", officer);
		this.clock.set("2026-07-10");
		this.cases.suspend(id, "等待鉴定结论", List.of(41L), officer);
		assertThat(keptDue(id)).as("no due date while suspended").isNull();
		assertThat(handling(id, officer).due()).isNull();
		assertThat(handling(id, officer).note()).contains("中止调查期间");

		this.clock.set("2026-07-20");
		this.cases.resume(id, List.of(42L), officer);
		// 10 July to 19 July (10 days) do not count: 1 October + 10 = Sunday 11 October →
		// Monday 12 October
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void anAppraisalAndAnAnnouncementStopTheClockAndTheirDaysDoNotCount() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "鉴定期间测试公司", officer);
		this.clock.set("2026-07-10");
		refused(() -> this.cases.endExcludedPeriod(id, null, List.of(), officer), "CASE_EXCLUDED_PERIOD_NONE");
		this.cases.startExcludedPeriod(id, ExcludedPeriod.APPRAISAL, null, "委托司法鉴定", List.of(43L), officer);
		assertThat(keptDue(id)).as("no due date during the appraisal").isNull();
		assertThat(handling(id, officer).note()).contains("鉴定期间", "暂停计算");
		refused(() -> this.cases.startExcludedPeriod(id, ExcludedPeriod.ANNOUNCEMENT, null, null, List.of(), officer),
				"CASE_EXCLUDED_PERIOD_OPEN");
		// the investigation goes on meanwhile
		assertThat(this.cases.caseOf(id, officer).stage()).isEqualTo(Stage.INVESTIGATION);

		this.clock.set("2026-07-15");
		this.cases.endExcludedPeriod(id, null, List.of(44L), officer);
		// 10 to 14 July (5 days) do not count: 1 October + 5 = Tuesday 6 October, a
		// holiday → Thursday 8 October
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
		this.clock.set("2026-07-16");
		this.cases.startExcludedPeriod(id, ExcludedPeriod.ANNOUNCEMENT, null, "公告送达", List.of(), officer);
		this.clock.set("2026-07-21");
		this.cases.endExcludedPeriod(id, null, List.of(), officer);
		// 16 to 20 July, 5 more days: 1 October + 10 = Sunday 11 October → Monday 12
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(this.cases.caseOf(id, officer).entries()).extracting(CaseEntry::note)
			.contains("鉴定期间：委托司法鉴定", "鉴定期间结束", "公告期间：公告送达", "公告期间结束");
	}

	@Test
	void aRequestedHearingStopsTheClockUntilItIsWaived() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "听证期间测试公司", officer);
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), LocalDate.of(2026, 7, 6))
			.stream()
			.map(Officer::id)
			.toList();
		this.clock.set("2026-07-06");
		this.cases.recordInvestigation(id, true, this.time.today(), two, List.of(), List.of(), "询问笔录", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意告知", this.demo.principal("demo-unithead"));
		this.cases.notify(id, CaseFixtures.fine(300_000), true, List.of(), officer);
		this.clock.set("2026-07-07");
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		assertThat(this.cases.deadlinesOf(this.cases.caseOf(id, officer)))
			.anySatisfy((r) -> assertThat(r.deadline().kind()).isEqualTo(Kind.HEARING_REQUEST));
		this.clock.set("2026-07-08");
		this.cases.requestHearing(id, this.time.today(), List.of(), officer);
		assertThat(keptDue(id)).isNull();
		assertThat(handling(id, officer).note()).contains("听证期间");

		this.clock.set("2026-07-18");
		this.cases.waiveHearing(id, List.of(), "当事人撤回听证申请", officer);
		// 8 to 17 July (10 days) do not count: Sunday 11 October → Monday 12 October
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void theDecisionStartsSevenWorkingDaysOfServiceAndTheServiceFifteenDaysOfPayment() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = fileOn("2026-07-03", "决定送达测试公司", officer);
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), LocalDate.of(2026, 7, 6))
			.stream()
			.map(Officer::id)
			.toList();
		this.clock.set("2026-07-06");
		this.cases.recordInvestigation(id, true, this.time.today(), two, List.of(), List.of(), "询问笔录", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意告知", this.demo.principal("demo-unithead"));
		this.cases.notify(id, CaseFixtures.fine(50_000), false, List.of(), officer);
		this.clock.set("2026-07-07");
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		// the party's defence period is shown, but a wait is never kept as a due date
		assertThat(this.cases.deadlinesOf(this.cases.caseOf(id, officer)))
			.anySatisfy((r) -> assertThat(r.deadline().kind()).isEqualTo(Kind.DEFENCE_PERIOD));
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
		this.cases.waiveStatement(id, List.of(), officer);

		this.clock.set("2026-07-10");
		PenaltyCase kase = this.cases.caseOf(id, officer);
		this.cases.decide(id, CaseFixtures.decision(kase, 50_000, false, this.time.today()), List.of(), head);
		// Friday 10 July + 7 working days = Tuesday 21 July (第六十一条)
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 7, 21));
		assertThat(this.jdbc.sql("select due_kind from penalty_case where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DECISION_SERVICE");

		this.clock.set("2026-09-16");
		this.cases.serve(id, this.time.today(), List.of(), officer);
		// 16 September + 15 days = 1 October, a holiday → Thursday 8 October (第六十七条)
		assertThat(keptDue(id)).isEqualTo(LocalDate.of(2026, 10, 8));
		this.clock.set("2026-09-30");
		this.cases.recordPayment(id, this.time.today(), org.sanxiang.core.Money.yuan(50_000), List.of(), officer);
		assertThat(keptDue(id)).as("paid in full: nothing runs").isNull();
	}

	@Test
	void aDecisionRevokedOnReviewLeavesNoPaymentPeriodRunning() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = fileOn("2026-07-03", "复议撤销测试公司", officer);
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), LocalDate.of(2026, 7, 3))
			.stream()
			.map(Officer::id)
			.toList();
		this.cases.recordInvestigation(id, true, this.time.today(), two, List.of(), List.of(), "询问笔录", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);
		this.cases.examine(id, false, "同意告知", this.demo.principal("demo-unithead"));
		this.cases.notify(id, CaseFixtures.fine(50_000), false, List.of(), officer);
		this.cases.recordNoticeService(id, this.time.today(), List.of(), officer);
		this.cases.waiveStatement(id, List.of(), officer);
		this.cases.decide(id, CaseFixtures.decision(this.cases.caseOf(id, officer), 50_000, false, this.time.today()),
				List.of(), head);
		this.clock.set("2026-07-06");
		this.cases.serve(id, this.time.today(), List.of(), officer);
		assertThat(this.jdbc.sql("select due_kind from penalty_case where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PAYMENT");
		this.clock.set("2026-07-08");
		this.cases.applyForRemedy(id, this.time.today(), Remedy.Kind.REVIEW, 7001L, officer);
		this.clock.set("2026-07-17");
		this.cases.recordRemedyOutcome(id, this.time.today(), Remedy.Outcome.REVOKED, null, "认定事实不清", 7002L, officer);

		assertThat(this.cases.deadlinesOf(this.cases.caseOf(id, officer)))
			.noneSatisfy((r) -> assertThat(r.deadline().kind()).isEqualTo(Kind.PAYMENT));
		assertThat(keptDue(id)).as("revoked: nothing to pay, nothing runs").isNull();
	}

	@Test
	void theOverviewCountsTheUnitsCasesByStageAndDeadlineStatusAsCountedByHand() throws Exception {
		SanxiangPrincipal hrb = this.demo.principal("demo-hrb-officer");
		long a = fileOn("2026-07-03", "日报甲公司", hrb);
		long b = fileOn("2026-07-03", "日报乙公司", hrb);
		long c = fileOn("2026-07-03", "日报丙公司", hrb);
		this.clock.set("2026-07-06");
		this.cases.suspend(b, "等待鉴定", List.of(), hrb);
		this.cases.endInvestigation(c, List.of(), "调查报告", hrb);
		long d = fileOn("2026-07-24", "日报丁公司", hrb);
		// a, c due 8 October; d due 22 October; b suspended
		this.clock.set("2026-10-09");
		CaseOverview.Figures figures = this.overview.of(Set.of(hrb.agencyId()));
		assertThat(figures.byStage()).containsEntry(Stage.INVESTIGATION, 2L)
			.containsEntry(Stage.SUSPENDED, 1L)
			.containsEntry(Stage.INVESTIGATION_ENDED, 1L)
			.hasSize(3);
		assertThat(figures.total()).isEqualTo(4);
		assertThat(figures.count(Status.OVERDUE)).isEqualTo(2);
		assertThat(figures.count(Status.DUE_SOON)).isZero();
		assertThat(figures.count(Status.NORMAL)).isEqualTo(1);
		assertThat(figures.noDeadline()).isEqualTo(1);
		assertThat(figures.attention()).extracting(CaseOverview.Attention::id).containsExactly(a, c);

		// on 20 October d is 临期 (three working days: 21, 22, 23)
		this.clock.set("2026-10-20");
		figures = this.overview.of(Set.of(hrb.agencyId()));
		assertThat(figures.count(Status.DUE_SOON)).isEqualTo(1);
		assertThat(figures.attention()).extracting(CaseOverview.Attention::id).containsExactly(a, c, d);
	}

	@Test
	void toDosGoToTheOfficerTheUnitHeadAndTheAgencyHead() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal unitHead = this.demo.principal("demo-unithead");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long soon = fileOn("2026-08-10", "待办临期公司", officer);
		long ready = fileOn("2026-08-10", "待办待决定公司", officer);
		List<Long> two = CaseFixtures.twoQualifiedOfficers(this.officers, officer.agencyId(), LocalDate.of(2026, 8, 10))
			.stream()
			.map(Officer::id)
			.toList();
		this.cases.recordInvestigation(ready, true, this.time.today(), two, List.of(), List.of(), "询问笔录", officer);
		this.cases.endInvestigation(ready, List.of(), "调查报告", officer);
		this.cases.examine(ready, false, "同意告知", unitHead);
		this.cases.notify(ready, CaseFixtures.fine(50_000), false, List.of(), officer);
		this.clock.set("2026-08-11");
		this.cases.recordNoticeService(ready, this.time.today(), List.of(), officer);

		// 10 August + 90 = Monday 9 November: 临期 on Wednesday 4 November
		this.clock.set("2026-11-04");
		assertThat(todo(officer, soon)).hasValueSatisfying((t) -> {
			assertThat(t.title()).startsWith("案件办案期限临期：");
			assertThat(t.detail()).contains("2026-11-09", "第六十条");
			assertThat(t.urgency()).isEqualTo(TodoItem.Urgency.DUE_SOON);
		});
		assertThat(todo(unitHead, soon)).as("not yet overdue").isEmpty();
		// the defence period (5 working days from 11 August) is long over: the head may
		// decide
		assertThat(todo(head, ready)).hasValueSatisfying((t) -> assertThat(t.title()).startsWith("案件待作出处理决定"));
		assertThat(todo(head, soon)).as("not ready for a decision").isEmpty();
		assertThat(todo(this.demo.principal("demo-officer2"), soon)).as("not on the case").isEmpty();

		this.clock.set("2026-11-10");
		assertThat(todo(unitHead, soon)).hasValueSatisfying((t) -> {
			assertThat(t.title()).startsWith("案件办案期限超期：");
			assertThat(t.urgency()).isEqualTo(TodoItem.Urgency.OVERDUE);
		});
	}

	private java.util.Optional<TodoItem> todo(SanxiangPrincipal who, long caseId) {
		Set<String> roles = who.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
		return this.todos.todosFor(who, roles, who.dataScope().agencyIds())
			.stream()
			.filter((t) -> t.link().equals("/cases/" + caseId))
			.findFirst();
	}

	@Test
	void theListAndTheCaseShowTheBadgeWithNameDateAndArticleAndTheOverviewIsForHeads() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = fileOn("2026-07-03", "徽章测试公司", officer);
		this.clock.set("2026-09-28");
		this.mvc.perform(get("/cases/{id}", id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办案期限")))
			.andExpect(content().string(containsString("2026-10-08")))
			.andExpect(content().string(containsString("《行政处罚法》第六十条")))
			.andExpect(content().string(containsString("text-bg-warning")))
			.andExpect(content().string(containsString(">临期</span>")));
		this.mvc.perform(get("/cases").param("party", "徽章测试").param("deadline", "DUE_SOON").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("徽章测试公司")))
			.andExpect(content().string(containsString(">临期</span>")));
		this.clock.set("2026-10-09");
		this.mvc.perform(get("/cases").param("party", "徽章测试").param("deadline", "OVERDUE").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("徽章测试公司")))
			.andExpect(content().string(containsString("text-bg-danger")))
			.andExpect(content().string(containsString(">超期</span>")));
		this.mvc.perform(get("/cases").param("party", "徽章测试").param("deadline", "DUE_SOON").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("徽章测试公司"))));

		this.mvc.perform(get("/cases/overview").with(user(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/overview").with(user(this.demo.principal("demo-unithead"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("案件日报")))
			.andExpect(content().string(containsString("徽章测试公司")));
		this.mvc.perform(get("/cases").with(user(this.demo.principal("demo-unithead"))))
			.andExpect(content().string(containsString("href=\"/cases/overview\"")));
		this.mvc.perform(get("/cases").with(user(officer)))
			.andExpect(content().string(not(containsString("href=\"/cases/overview\""))));
	}

	private static void refused(Runnable act, String code) {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(org.sanxiang.core.RuleViolation.class)
			.isThrownBy(act::run)
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo(code));
	}

}
