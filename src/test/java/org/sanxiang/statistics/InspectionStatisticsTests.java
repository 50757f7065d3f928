package org.sanxiang.statistics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.inspection.InspectionCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report counts inspections (行政检查) from {@code InspectionCompleted} — 双随机 and
 * other, the findings and the 双随机 share — and 当场处罚 decisions from their records; an event
 * delivered twice counts once, and a rebuild from the records keeps the inspections
 * (their facts are the events') and derives the on-the-spot decisions again.
 */
@SpringBootTest(properties = { "sanxiang.test.context=statistics", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, AnnualReportTests.Clocks.class })
class InspectionStatisticsTests {

	private static final AtomicLong TASKS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports reports;

	@Autowired
	StatisticFacts facts;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	InspectionCompleted inspection(Long drawId, boolean found) {
		long task = TASKS.incrementAndGet();
		return new InspectionCompleted(task, head().agencyId(), "牡环检〔2026〕" + task + "号", drawId, 7L, "某化工有限公司", null,
				"排污许可执行情况", LocalDate.parse("2026-09-20"), found, "结果", Instant.parse("2026-09-20T08:00:00Z"));
	}

	long count(AnnualReport report, String key) {
		return report.line(key).count();
	}

	@Test
	void inspectionsAreCountedRandomAndOtherWithTheirFindingsAndTheRandomShare() throws Exception {
		AnnualReport before = this.reports.report(head(), 2026, null);
		InspectionCompleted random = inspection(11L, true);
		this.facts.recordInspection(random);
		this.facts.recordInspection(random);
		this.facts.recordInspection(inspection(12L, false));
		this.facts.recordInspection(inspection(13L, false));
		this.facts.recordInspection(inspection(null, true));
		// through the event registry as the application delivers it
		InspectionCompleted delivered = inspection(null, false);
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(delivered));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from statistics_fact where record_type = 'INSPECTION_TASK' and record_id = :id")
				.param("id", delivered.taskId())
				.query(Long.class)
				.single() == 1);

		AnnualReport after = this.reports.report(head(), 2026, null);
		assertThat(count(after, "INSPECTION:RANDOM") - count(before, "INSPECTION:RANDOM")).isEqualTo(3);
		assertThat(count(after, "INSPECTION:OTHER") - count(before, "INSPECTION:OTHER")).isEqualTo(2);
		assertThat(count(after, "INSPECTION_FINDING") - count(before, "INSPECTION_FINDING")).isEqualTo(2);
		long randomAll = count(after, "INSPECTION:RANDOM");
		long all = randomAll + count(after, "INSPECTION:OTHER");
		assertThat(after.randomInspectionShare()).isEqualByComparingTo(
				BigDecimal.valueOf(randomAll * 100).divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP));
		if (count(before, "INSPECTION:RANDOM") + count(before, "INSPECTION:OTHER") == 0) {
			assertThat(after.randomInspectionShare()).isEqualByComparingTo("60.0");
		}
		assertThat(this.mvc.perform(get("/statistics/annual").param("year", "2026").with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"figure-INSPECTION:RANDOM\"", "行政检查·双随机抽查",
					"双随机抽查占行政检查的 " + after.randomInspectionShare().toPlainString() + "%");
		assertThat(this.reports
			.records(head(), 2026, null, "INSPECTION:RANDOM", new org.sanxiang.core.Paging(0, 100, "date", true))
			.items())
			.anySatisfy((counted) -> assertThat(counted.link()).isEqualTo("/inspection/tasks/" + random.taskId()));

		// a rebuild keeps them: the inspection module's records are not statistics' to
		// read
		this.facts.rebuild(2026);
		assertThat(this.reports.report(head(), 2026, null).figures()).isEqualTo(after.figures());
	}

	@Test
	void onTheSpotDecisionsAreCountedWithTheirFinesAndRebuiltFromTheirRecords() {
		AnnualReport before = this.reports.report(head(), 2026, null);
		Timestamp now = Timestamp.from(Instant.parse("2026-09-21T02:00:00Z"));
		this.jdbc.sql("""
				insert into on_the_spot_decision (agency_id, party_name, facts, fine, officers, certificate_shown,
				  document_id, decided_on, decided_by, created_at, updated_at, version)
				values (:agency, '张某', '露天焚烧', 200.00, '[]', true, 1, :on, 'demo-officer', :now, :now, 0)""")
			.param("agency", head().agencyId())
			.param("on", LocalDate.parse("2026-09-21"))
			.param("now", now)
			.update();
		long id = this.jdbc.sql("select max(id) from on_the_spot_decision").query(Long.class).single();
		this.facts.refreshOnTheSpot(id);
		AnnualReport after = this.reports.report(head(), 2026, null);
		assertThat(count(after, "ON_THE_SPOT") - count(before, "ON_THE_SPOT")).isEqualTo(1);
		assertThat(after.line("ON_THE_SPOT")
			.amount()
			.subtract(before.line("ON_THE_SPOT").amount() == null ? BigDecimal.ZERO
					: before.line("ON_THE_SPOT").amount()))
			.isEqualByComparingTo("200");

		this.jdbc.sql("delete from statistics_fact where record_type = 'ON_THE_SPOT_DECISION' and record_id = :id")
			.param("id", id)
			.update();
		assertThat(count(this.reports.report(head(), 2026, null), "ON_THE_SPOT"))
			.isEqualTo(count(before, "ON_THE_SPOT"));
		this.facts.rebuild(2026);
		assertThat(count(this.reports.report(head(), 2026, null), "ON_THE_SPOT"))
			.isEqualTo(count(after, "ON_THE_SPOT"));
	}

}
