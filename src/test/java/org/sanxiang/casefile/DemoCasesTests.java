package org.sanxiang.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.Paging;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code sanxiang.demo.cases} on, the demo agency HLJ-MDJ has cases in every stage
 * and exit, and clues, all made through the real acts, every case page opens for its
 * officer, and a second start adds nothing. The demo's today is a day of 2026 (the
 * official calendar of 2027 is not loaded).
 */
@SpringBootTest(properties = { "sanxiang.test.context=casefile-demo", "sanxiang.demo.cases=true" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, DemoCasesTests.DemoClock.class })
class DemoCasesTests {

	@Autowired
	DemoCases demoCases;

	@Autowired
	DemoStages demoStages;

	@Autowired
	Cases cases;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoAgencyHasCasesInFourStagesMadeThroughTheActsAndARestartAddsNone() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Map<String, Stage> stages = stagesByTitle(officer);
		List<DemoCases.Demo> all = new ArrayList<>(DemoCases.DEMOS);
		all.addAll(DemoStages.CASES);
		assertThat(stages).containsExactlyInAnyOrderEntriesOf(
				all.stream().collect(Collectors.toMap(DemoCases.Demo::title, DemoCases.Demo::stage)));

		long archivedId = this.cases.page(officer, Stage.ARCHIVED, new Paging(0, 10, "updated", true))
			.items()
			.get(0)
			.id();
		PenaltyCase archived = this.cases.caseOf(archivedId, officer);
		assertThat(archived.entries()).extracting(CaseEntry::act)
			.containsExactly(CaseAct.FILE, CaseAct.RECORD_INSPECTION, CaseAct.RECORD_INQUIRY, CaseAct.END_INVESTIGATION,
					CaseAct.EXAMINE, CaseAct.NOTIFY, CaseAct.RECORD_NOTICE_SERVICE, CaseAct.WAIVE_STATEMENT,
					CaseAct.DECIDE, CaseAct.SERVE, CaseAct.RECORD_PAYMENT, CaseAct.CLOSE, CaseAct.ARCHIVE);
		assertThat(archived.entries().get(8).actor()).isEqualTo("demo-head");
		assertThat(archived.entries().get(2).actor()).isEqualTo("demo-officer2");
		assertThat(archived.entries().get(1).officers()).hasSize(2);
		assertThat(this.jdbc.sql("select action from audit_record where object_type = 'PenaltyCase' and object_id = ?")
			.param(Long.toString(archivedId))
			.query(String.class)
			.list()).contains("CASE_FILED", "CASE_ARCHIVED");

		this.demoCases.run(null);
		this.demoStages.run(null);
		assertThat(this.jdbc.sql("select count(*) from penalty_case").query(Long.class).single()).isEqualTo(all.size());
		assertThat(this.jdbc.sql("select count(*) from clue").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void everyStageAndExitIsShownAndEveryCasePageOpensForItsOfficer() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		assertThat(this.jdbc.sql("select status from clue order by id").query(String.class).list())
			.containsExactlyInAnyOrder("PENDING", "NOT_FILED", "FILED");
		List<Cases.CaseSummary> all = this.cases.page(officer, null, new Paging(0, 100, "updated", true)).items();
		Map<String, Cases.CaseSummary> byTitle = all.stream()
			.collect(Collectors.toMap(Cases.CaseSummary::title, (c) -> c));

		PenaltyCase person = this.cases.caseOf(byTitle.get("王某某露天焚烧垃圾案").id(), officer);
		assertThat(person.partyKind()).isEqualTo(org.sanxiang.subject.PartyKind.PERSON);
		PenaltyCase hearing = this.cases.caseOf(byTitle.get("牡丹江某铸造有限公司无组织排放案").id(), officer);
		assertThat(hearing.hearingHeldOn()).isNotNull();
		assertThat(this.cases.caseOf(byTitle.get("牡丹江某石化有限公司重大环境违法案").id(), officer).entries())
			.extracting(CaseEntry::act)
			.contains(CaseAct.SUBMIT_FOR_LEGAL_REVIEW);
		assertThat(this.jdbc.sql("select status from review_request order by id").query(String.class).list())
			.contains("SUBMITTED", "RETURNED");
		assertThat(byTitle.get("牡丹江某汽修厂违法排放废气案").dueStatus()).isEqualTo(CaseDeadline.Status.OVERDUE);
		assertThat(this.cases.caseOf(byTitle.get("牡丹江某造纸有限公司废水超标排放案").id(), officer).clueId()).isNotNull();

		for (Cases.CaseSummary kase : all) {
			this.mvc.perform(get("/cases/" + kase.id()).with(user(officer))).andExpect(status().isOk());
		}
	}

	private Map<String, Stage> stagesByTitle(SanxiangPrincipal reader) {
		List<Cases.CaseSummary> all = this.cases.page(reader, null, new Paging(0, 100, "updated", true)).items();
		return all.stream().collect(Collectors.toMap(Cases.CaseSummary::title, Cases.CaseSummary::stage));
	}

	/** A Friday of November 2026, 10:00 in Beijing. */
	@TestConfiguration
	static class DemoClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.parse("2026-11-20T02:00:00Z"));
		}

	}

}
