package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.DataScope;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review figures of the head of the review unit, from requests the review service
 * took through their rounds around the 2026 National Day holiday (1–7 October off): the
 * time in review on the official calendar, returns and their problem types by handling
 * unit and by reviewer, what is open and overdue, the reviewer ratio, and the range and
 * the viewer checked.
 */
@SpringBootTest(properties = "sanxiang.test.context=review-analytics")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ReviewAnalyticsTests.Clocks.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewAnalyticsTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-08-03T01:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

	@Autowired
	MovableClock clock;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	JsonMapper appJson;

	final JsonMapper json = JsonMapper.builder().build();

	SanxiangPrincipal officer;

	SanxiangPrincipal reviewer;

	SanxiangPrincipal head;

	/** An officer of another department of the bureau, a second handling unit. */
	SanxiangPrincipal officeOfficer;

	/** The head of the bureau's legal-review unit (法制审核机构负责人). */
	SanxiangPrincipal reviewUnitHead;

	String officeName;

	/** Loaded before the clock moves on: a password's age is counted at login. */
	final java.util.Map<String, SanxiangPrincipal> refused = new java.util.LinkedHashMap<>();

	SanxiangPrincipal hrbOfficer;

	@BeforeAll
	void seed() {
		this.officer = this.demo.principal("demo-officer");
		this.reviewer = this.demo.principal("demo-reviewer");
		this.head = this.demo.principal("demo-head");
		for (String name : List.of("demo-officer", "demo-unithead", "demo-reviewer", "demo-sysadmin")) {
			this.refused.put(name, this.demo.principal(name));
		}
		this.hrbOfficer = this.demo.principal("demo-hrb-officer");
		long agency = this.officer.agencyId();
		var office = this.agencies.departments(agency)
			.stream()
			.filter((d) -> !d.id().equals(this.officer.departmentId()) && !this.agencies.isLegalReviewUnit(d.id()))
			.findFirst()
			.orElseThrow();
		this.officeName = office.name();
		this.officeOfficer = as(this.officer, "analytics-office-officer", office.id(), Role.OFFICER);
		this.reviewUnitHead = as(this.reviewer, "analytics-review-head", this.reviewer.departmentId(), Role.UNIT_HEAD);

		// A: returned on 9 October (2 working days after the holiday), passed on 16
		// October
		this.clock.set("2026-09-30");
		long a = this.reviews.submit(ReviewProposals.decision(this.appJson, agency, "AN-A", "300000"), this.officer)
			.id();
		this.reviews.take(a, this.reviewer);
		this.clock.set("2026-10-09");
		this.reviews.returnWith(a, ReviewProposals.findingsWanting(ReviewPoint.PROCEDURE),
				List.of(new Problem(ProblemType.PROCEDURE, "补充送达回证"),
						new Problem(ProblemType.FACTS_OR_EVIDENCE, "核实超标倍数，勿照抄\"type\":\"WRONG_BASIS\"")),
				this.reviewer);
		this.clock.set("2026-10-12");
		this.reviews.resubmit(a, ReviewProposals.decision(this.appJson, agency, "AN-A", "250000"),
				List.of("已补充", "已核实"), this.officer);
		this.clock.set("2026-10-16");
		this.reviews.pass(a, ReviewProposals.findingsWanting(null), this.reviewer);

		// B: returned after 5 working days with three problems
		this.clock.set("2026-11-02");
		long b = this.reviews.submit(ReviewProposals.decision(this.appJson, agency, "AN-B", "300000"), this.officer)
			.id();
		this.reviews.take(b, this.reviewer);
		this.clock.set("2026-11-09");
		this.reviews.returnWith(b, ReviewProposals.findingsWanting(ReviewPoint.PROCEDURE),
				List.of(new Problem(ProblemType.PROCEDURE, "补充告知书"), new Problem(ProblemType.PROCEDURE, "补充听证告知"),
						new Problem(ProblemType.DOCUMENTS, "文书编号不规范")),
				this.reviewer);

		// C: from the other unit, passed over a weekend in 2 working days
		this.clock.set("2026-11-06");
		long c = this.reviews
			.submit(ReviewProposals.decision(this.appJson, agency, "AN-C", "300000"), this.officeOfficer)
			.id();
		this.reviews.take(c, this.reviewer);
		this.clock.set("2026-11-10");
		this.reviews.pass(c, ReviewProposals.findingsWanting(null), this.reviewer);

		// D: taken and not decided (overdue by the 30th); E: waiting, due on 4 December
		this.clock.set("2026-11-16");
		long d = this.reviews.submit(ReviewProposals.decision(this.appJson, agency, "AN-D", "300000"), this.officer)
			.id();
		this.reviews.take(d, this.reviewer);
		this.clock.set("2026-11-27");
		this.reviews.submit(ReviewProposals.decision(this.appJson, agency, "AN-E", "300000"), this.officer);
		this.clock.set("2026-11-30");
	}

	static SanxiangPrincipal as(SanxiangPrincipal p, String username, long department, Role role) {
		return new SanxiangPrincipal(p.accountId(), username, p.displayName(), p.agencyId(), p.agencyName(),
				p.agencyPath(), department, Set.of(role), p.dataScope(), true, null, false, null);
	}

	JsonNode figures(SanxiangPrincipal who, String from, String to) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/review/analytics").param("from", from).param("to", to).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	@Test
	void timeInReviewCountsOfficialWorkingDaysAndReturnsAreCountedByTypeAndUnit() throws Exception {
		// rounds: A1 2 (8–9 Oct), A2 4 (13–16 Oct), B1 5 (3–6, 9 Nov), C1 2 (9–10 Nov)
		JsonNode all = figures(this.reviewUnitHead, "2026-09-28", "2026-11-30");
		assertThat(all.at("/time/rounds").asLong()).isEqualTo(4);
		assertThat(all.at("/time/median").asDouble()).isEqualTo(3.0);
		assertThat(all.at("/time/mean").asDouble()).isEqualTo(3.3);
		assertThat(all.at("/time/p90").asInt()).isEqualTo(5);
		assertThat(all.at("/time/longest").asInt()).isEqualTo(5);
		assertThat(all.get("decided").asLong()).isEqualTo(4);
		assertThat(all.get("passed").asLong()).isEqualTo(2);
		assertThat(all.get("returned").asLong()).isEqualTo(2);
		assertThat(all.get("returnedPercent").asDouble()).isEqualTo(50.0);

		assertThat(problem(all, "PROCEDURE")).containsExactly(2.0, 3.0, 100.0);
		assertThat(problem(all, "FACTS_OR_EVIDENCE")).containsExactly(1.0, 1.0, 50.0);
		assertThat(problem(all, "DOCUMENTS")).containsExactly(1.0, 1.0, 50.0);
		assertThat(problem(all, "WRONG_BASIS")).containsExactly(0.0, 0.0, 0.0);

		JsonNode enforcement = unit(all, this.agencies.department(this.officer.departmentId()).name());
		assertThat(enforcement.get("decided").asLong()).isEqualTo(3);
		assertThat(enforcement.get("returned").asLong()).isEqualTo(2);
		assertThat(enforcement.get("returnedPercent").asDouble()).isEqualTo(66.7);
		assertThat(enforcement.at("/problems/PROCEDURE").asLong()).isEqualTo(3);
		assertThat(enforcement.at("/problems/DOCUMENTS").asLong()).isEqualTo(1);
		JsonNode office = unit(all, this.officeName);
		assertThat(office.get("decided").asLong()).isEqualTo(1);
		assertThat(office.get("returned").asLong()).isZero();

		JsonNode load = reviewerLoad(all, "demo-reviewer");
		assertThat(load.get("decided").asLong()).isEqualTo(4);
		assertThat(load.get("returned").asLong()).isEqualTo(2);
		assertThat(load.get("held").asLong()).isEqualTo(openCount(ReviewRequest.Status.IN_REVIEW));

		// November only: B1 5 and C1 2 → median 3.5, 90th percentile 5
		JsonNode november = figures(this.head, "2026-11-01", "2026-11-30");
		assertThat(november.at("/time/rounds").asLong()).isEqualTo(2);
		assertThat(november.at("/time/median").asDouble()).isEqualTo(3.5);
		assertThat(november.at("/time/mean").asDouble()).isEqualTo(3.5);
		assertThat(november.at("/time/p90").asInt()).isEqualTo(5);
		JsonNode september = figures(this.head, "2026-09-01", "2026-09-27");
		assertThat(september.get("decided").asLong()).isZero();
		assertThat(september.at("/time/median").asDouble()).isZero();
	}

	@Test
	void openAndOverdueRequestsAreThoseWhoseLimitThePageOfEachRequestShows() throws Exception {
		JsonNode all = figures(this.head, "2026-11-01", "2026-11-30");
		long overdue = 0;
		long dueSoon = 0;
		for (ReviewRequest.Status status : List.of(ReviewRequest.Status.SUBMITTED, ReviewRequest.Status.IN_REVIEW)) {
			for (Reviews.ReviewSummary summary : open(status)) {
				DeadlineStatus limit = this.reviews.deadline(this.reviews.request(summary.id(), this.head)).status();
				overdue += (limit == DeadlineStatus.OVERDUE) ? 1 : 0;
				dueSoon += (limit == DeadlineStatus.DUE_SOON) ? 1 : 0;
			}
		}
		assertThat(all.at("/open/waiting").asLong()).isEqualTo(openCount(ReviewRequest.Status.SUBMITTED));
		assertThat(all.at("/open/inReview").asLong()).isEqualTo(openCount(ReviewRequest.Status.IN_REVIEW));
		assertThat(all.at("/open/overdue").asLong()).isEqualTo(overdue).isGreaterThanOrEqualTo(1);
		assertThat(all.at("/open/dueSoon").asLong()).isEqualTo(dueSoon);
	}

	@Test
	void theReviewerRatioOfEachAgencyIsCountedFromItsOfficersAndBelowFivePerCentIsAProblem() throws Exception {
		JsonNode all = figures(this.head, "2026-11-01", "2026-11-30");
		LocalDate today = LocalDate.of(2026, 11, 30);
		JsonNode ratios = all.get("ratios");
		assertThat(ratios.size()).isPositive();
		boolean sawBelow = false;
		for (JsonNode ratio : ratios) {
			List<Officer> staff = this.officers.within(Set.of(ratio.get("agencyId").asLong()), "");
			long reviewers = staff.stream()
				.filter(Officer::isLegalReviewer) // every demo qualification carries a
													// certificate
				.count();
			long enforcing = staff.stream().filter((o) -> o.isQualifiedOn(today)).count();
			assertThat(ratio.get("reviewers").asLong()).isEqualTo(reviewers);
			assertThat(ratio.get("officers").asLong()).isEqualTo(enforcing);
			assertThat(ratio.get("belowMinimum").asBoolean()).isEqualTo(enforcing > 0 && reviewers * 20 < enforcing);
			sawBelow |= ratio.get("belowMinimum").asBoolean();
		}
		if (sawBelow) {
			this.mvc.perform(get("/review/analytics").with(user(this.head)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("低于5%，不符合要求")));
		}
	}

	@Test
	void aBadRangeIsRefusedWithAProblemDetailAndExplainedOnThePage() throws Exception {
		this.mvc
			.perform(get("/api/v1/review/analytics").param("from", "2026-11-30")
				.param("to", "2026-11-01")
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REVIEW_ANALYTICS_RANGE"));
		this.mvc
			.perform(get("/api/v1/review/analytics").param("from", "2024-01-01")
				.param("to", "2026-11-01")
				.with(user(this.head)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REVIEW_ANALYTICS_RANGE"));
		this.mvc.perform(get("/api/v1/review/analytics").param("from", "2026-13-45").with(user(this.head)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/review/analytics").param("from", "2026-11-30").param("to", "2026-11-01").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("统计的起始日期不能晚于截止日期")));
	}

	@Test
	void onlyTheAgencyHeadAndTheHeadOfTheReviewUnitSeeTheFiguresEachOfTheirOwnScope() throws Exception {
		for (SanxiangPrincipal refused : this.refused.values()) {
			// the head of an enforcement unit passes the URL and finds no figures
			this.mvc.perform(get("/api/v1/review/analytics").with(user(refused)))
				.andExpect(refused.username().equals("demo-unithead") ? status().isNotFound() : status().isForbidden());
		}
		this.mvc.perform(get("/review/analytics").with(user(this.refused.get("demo-unithead"))))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("法制审核统计仅供机关负责人和本机关法制审核机构负责人查看"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("analytics-summary")))));
		this.mvc.perform(get("/review/analytics").with(user(this.reviewUnitHead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"analytics-summary\"")));
		SanxiangPrincipal hrb = this.hrbOfficer;
		SanxiangPrincipal hrbHead = new SanxiangPrincipal(hrb.accountId(), "analytics-hrb-head", "哈尔滨局长",
				hrb.agencyId(), hrb.agencyName(), hrb.agencyPath(), hrb.departmentId(), Set.of(Role.AGENCY_HEAD),
				new DataScope(Set.of(hrb.agencyId())), true, null, false, null);
		JsonNode other = figures(hrbHead, "2026-09-28", "2026-11-30");
		assertThat(other.get("decided").asLong()).isZero();
		assertThat(other.at("/open/waiting").asLong()).isZero();
		this.mvc.perform(get("/workspace").with(user(this.head)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("审核统计")));
		this.mvc.perform(get("/workspace").with(user(this.officer)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("审核统计"))));
	}

	@Test
	void thePageShowsTheFiguresInChineseWithTheirUnits() throws Exception {
		this.mvc.perform(
				get("/review/analytics").param("from", "2026-09-28").param("to", "2026-11-30").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("中位数 3 个工作日"),
					org.hamcrest.Matchers.containsString("平均 3.3 个工作日；90% 的轮次在 5 个工作日内审结"),
					org.hamcrest.Matchers.containsString("通过 2 轮，退回 2 轮"), org.hamcrest.Matchers.containsString("50 %"),
					org.hamcrest.Matchers.containsString("违反法定程序"),
					org.hamcrest.Matchers.containsString(this.officeName))));
	}

	List<Double> problem(JsonNode all, String type) {
		for (JsonNode p : all.get("problems")) {
			if (p.get("type").asString().equals(type)) {
				return List.of(p.get("rounds").asDouble(), p.get("problems").asDouble(),
						p.get("percentOfReturned").asDouble());
			}
		}
		throw new AssertionError(type);
	}

	static JsonNode unit(JsonNode all, String name) {
		for (JsonNode u : all.get("units")) {
			if (u.get("unit").asString().equals(name)) {
				return u;
			}
		}
		throw new AssertionError(name);
	}

	static JsonNode reviewerLoad(JsonNode all, String username) {
		for (JsonNode r : all.get("reviewers")) {
			if (r.get("username").asString().equals(username)) {
				return r;
			}
		}
		throw new AssertionError(username);
	}

	List<Reviews.ReviewSummary> open(ReviewRequest.Status status) {
		return this.reviews
			.page(this.head, status,
					Paging.of(new Paging.Params(0, 100, null, null), "updated", true, Reviews.SORTABLE))
			.items();
	}

	long openCount(ReviewRequest.Status status) {
		return open(status).size();
	}

}
