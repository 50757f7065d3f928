package org.sanxiang.casefile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code sanxiang.demo.cases} on, the demo agency HLJ-MDJ has four cases made
 * through the real acts, in four stages, and a second start adds none.
 */
@SpringBootTest(properties = { "sanxiang.test.context=casefile-demo", "sanxiang.demo.cases=true" })
@Import(DemoAccounts.class)
class DemoCasesTests {

	@Autowired
	DemoCases demoCases;

	@Autowired
	Cases cases;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoAgencyHasCasesInFourStagesMadeThroughTheActsAndARestartAddsNone() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Map<String, Stage> stages = stagesByTitle(officer);
		assertThat(stages).containsExactlyInAnyOrderEntriesOf(
				DemoCases.DEMOS.stream().collect(Collectors.toMap(DemoCases.Demo::title, DemoCases.Demo::stage)));

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
		assertThat(this.jdbc.sql("select count(*) from penalty_case").query(Long.class).single()).isEqualTo(4);
	}

	private Map<String, Stage> stagesByTitle(SanxiangPrincipal reader) {
		List<Cases.CaseSummary> all = this.cases.page(reader, null, new Paging(0, 100, "updated", true)).items();
		return all.stream().collect(Collectors.toMap(Cases.CaseSummary::title, Cases.CaseSummary::stage));
	}

}
