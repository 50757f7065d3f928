package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The party's anonymous rating (after completion, once, escaped, throttled, read by the
 * heads only — not by the task's inspectors, not by an administrator, never on the
 * portal) and the heads' overview of the year.
 */
@SpringBootTest(properties = "sanxiang.test.context=inspection-ratings")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, InspectionRatingTests.Clock.class })
class InspectionRatingTests {

	@TestConfiguration
	static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-12-02T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionTasks tasks;

	@Autowired
	InspectionRatings ratings;

	@Autowired
	InspectionOverview overview;

	@Autowired
	DemoAccounts demo;

	@Autowired
	PartyRegistry parties;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-unithead");
	}

	List<Long> inspectors() {
		return List.of(this.tasks.officerIdsOf(officer()).get(0),
				this.tasks.officerIdsOf(this.demo.principal("demo-officer2")).get(0));
	}

	InspectionTask task(long drawId, String from, String to) {
		PartySummary party = this.parties.search(officer().dataScope().agencyIds(), null, null, 0).items().get(0);
		DrawnTask drawn = new DrawnTask(party.id(), party.name(), "KEY_POLLUTER", 7L, "排污许可证执行情况检查", "《排污许可管理条例》第三十条",
				TaskFixtures.CHECKLIST, inspectors(), LocalDate.parse(from), LocalDate.parse(to));
		return this.tasks.fromDraw(new InspectionsDrawn(drawId, officer().agencyId(), "抽-" + drawId, List.of(drawn)))
			.get(0);
	}

	InspectionTask done(long drawId, String from, String to, boolean violation) {
		InspectionTask task = task(drawId, from, to);
		this.tasks.syncDraft(task.id(), 0, TaskFixtures.record(3, violation, inspectors()), officer());
		return this.tasks.finish(task.id(), 1, officer());
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletRequestBuilder rate(InspectionTask task, String score, String comment, String address) {
		return post("/portal/inspections/" + task.publicCode() + "/rating").with(csrf())
			.with(from(address))
			.param("score", score)
			.param("comment", comment);
	}

	long rows(InspectionTask task) {
		return this.jdbc.sql("select count(*) from inspection_rating where inspection_task = :t")
			.param("t", task.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aFinishedInspectionIsRatedOnceEscapedAndReadByTheHeadsOnly() throws Exception {
		InspectionTask open = task(8101, "2026-12-01", "2026-12-31");
		String openPage = "/portal/inspections/" + open.publicCode();
		this.mvc.perform(get(openPage))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("rating-form"))));
		this.mvc.perform(rate(open, "5", "", "10.1.0.1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("检查完成后才能评价")));
		assertThat(rows(open)).isZero();

		InspectionTask done = done(8102, "2026-12-01", "2026-12-31", false);
		String page = "/portal/inspections/" + done.publicCode();
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rating-form")))
			.andExpect(content().string(containsString("5分（很满意）")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(rate(done, "9", "", "10.1.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择1至5分的评价")));
		this.mvc.perform(rate(done, "4", "长".repeat(501), "10.1.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("意见不能超过500字")));
		assertThat(rows(done)).isZero();

		String comment = "<script>alert('x')</script>态度很好";
		this.mvc.perform(rate(done, "4", comment, "10.1.0.2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(content().string(not(containsString("态度很好"))));
		assertThat(rows(done)).isOne();
		// nothing echoed on the portal, and no second rating
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本次检查已经评价过")))
			.andExpect(content().string(not(containsString("态度很好"))))
			.andExpect(content().string(not(containsString("rating-form"))));
		this.mvc.perform(rate(done, "1", "again", "10.1.0.3"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该检查已经评价过")))
			.andExpect(content().string(not(containsString("态度很好"))));
		assertThat(rows(done)).isOne();
		assertThat(this.jdbc.sql("select score from inspection_rating where inspection_task = :t")
			.param("t", done.id())
			.query(Integer.class)
			.single()).isEqualTo(4);

		String taskPage = "/inspection/tasks/" + done.id();
		this.mvc.perform(get(taskPage).with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("itask-rating-comment")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;态度很好")))
			.andExpect(content().string(not(containsString("<script>alert("))));
		this.mvc.perform(get(taskPage).with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("态度很好")));
		// the task's own inspector reads the task but never its rating
		this.mvc.perform(get(taskPage).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("态度很好"))))
			.andExpect(content().string(not(containsString("itask-rating"))));
		assertThat(this.ratings.of(this.tasks.task(done.id(), officer()), officer())).isEmpty();
		// an administrator reads neither the task nor the overview; an inspector not the
		// overview
		this.mvc.perform(get(taskPage).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/inspection/overview").with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/inspection/overview").with(user(officer()))).andExpect(status().isForbidden());
	}

	@Test
	void ratingsFromOneAddressAreThrottled() throws Exception {
		InspectionTask open = task(8201, "2026-12-01", "2026-12-31");
		for (int i = 0; i < RatingThrottle.LIMIT; i++) {
			this.mvc.perform(rate(open, "3", "", "10.2.0.1")).andExpect(status().isConflict());
		}
		this.mvc.perform(rate(open, "3", "", "10.2.0.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("提交过于频繁，请稍后再试")));
		InspectionTask done = done(8202, "2026-12-01", "2026-12-31", false);
		this.mvc.perform(rate(done, "3", "", "10.2.0.1")).andExpect(status().isTooManyRequests());
		assertThat(rows(done)).isZero();
		// another address is not held back
		this.mvc.perform(rate(done, "3", "", "10.2.0.2")).andExpect(status().is3xxRedirection());
		assertThat(rows(done)).isOne();
	}

	@Test
	void theOverviewCountsTheYearsTasksFindingsAndRatings() throws Exception {
		this.jdbc.sql("delete from inspection_rating").update();
		long agency = officer().agencyId();
		InspectionOverview.Figures before = this.overview.of(agency, 2026);
		InspectionTask onTimeViolation = done(8301, "2026-12-01", "2026-12-31", true);
		InspectionTask onTime = done(8302, "2026-12-01", "2026-12-31", false);
		done(8303, "2026-11-01", "2026-11-30", false);
		task(8304, "2026-11-01", "2026-11-30");
		task(8305, "2026-12-01", "2026-12-31");
		this.ratings.rate(onTimeViolation, "5", null);
		this.ratings.rate(onTime, "2", "检查人员很耐心");

		InspectionOverview.Figures after = this.overview.of(agency, 2026);
		assertThat(after.total() - before.total()).isEqualTo(5);
		assertThat(after.byStatus().get(TaskStatus.DONE) - before.byStatus().get(TaskStatus.DONE)).isEqualTo(3);
		assertThat(after.byStatus().get(TaskStatus.PENDING) - before.byStatus().get(TaskStatus.PENDING)).isEqualTo(2);
		assertThat(after.onTime() - before.onTime()).isEqualTo(2);
		assertThat(after.late() - before.late()).isEqualTo(1);
		assertThat(after.overdueOpen() - before.overdueOpen()).isEqualTo(1);
		assertThat(after.violations() - before.violations()).isEqualTo(1);
		assertThat(after.ratings()).isEqualTo(2);
		assertThat(after.averageRating()).isEqualByComparingTo("3.5");
		int done = after.byStatus().get(TaskStatus.DONE);
		assertThat(after.findingsPercent().doubleValue()).isCloseTo(100.0 * after.violations() / done,
				org.assertj.core.data.Offset.offset(0.05));
		assertThat(after.coverage()).hasSize(ObjectClass.values().length);

		this.mvc.perform(get("/inspection/overview?year=2026").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年度行政检查总览")))
			.andExpect(content().string(containsString("平均3.5分（共2条评价）")))
			.andExpect(content().string(containsString("/inspection/tasks/all?overdue=true")))
			.andExpect(content().string(containsString("id=\"overdue\">" + after.overdueOpen() + "<")))
			.andExpect(content().string(containsString("id=\"late\">" + after.late() + "<")))
			.andExpect(content().string(not(containsString("检查人员很耐心"))));
		this.mvc.perform(get("/inspection/overview").with(user(this.demo.principal("demo-head"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/inspection/overview?year=abc").with(user(head())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("年度须为 2000 至 2100 之间的年份")));
		this.mvc.perform(get("/inspection/overview?year=1999").with(user(head()))).andExpect(status().isBadRequest());
	}

}
