package org.sanxiang.casefile;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case's timeline is append-only in the database too: each save inserts the new entries
 * once and leaves the stored ones as they were, and an UPDATE, DELETE or TRUNCATE of
 * {@code case_entry} is refused.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class CaseTimelineTests {

	@Autowired
	Cases cases;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachActAppendsItsEntryAndTheDatabaseRefusesToChangeOrRemoveOne() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = this.cases.file("某公司时间轴不可改写案", "牡丹江某热电有限公司", List.of(), "立案审批表", officer).id();
		Instant filedAt = recordedAt(id, 0);
		this.cases.attachEvidence(id, List.of(31L), "补充证据", officer);
		this.cases.endInvestigation(id, List.of(), "调查报告", officer);

		assertThat(this.jdbc.sql("select act from case_entry where case_id = :id order by entry_index")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("FILE", "ATTACH_EVIDENCE", "END_INVESTIGATION");
		assertThat(recordedAt(id, 0)).isEqualTo(filedAt);
		assertThat(this.cases.caseOf(id, officer).entries()).extracting(CaseEntry::act)
			.containsExactly(CaseAct.FILE, CaseAct.ATTACH_EVIDENCE, CaseAct.END_INVESTIGATION);

		assertThatThrownBy(() -> this.jdbc.sql("update case_entry set note = 'forged' where case_id = :id")
			.param("id", id)
			.update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from case_entry where case_id = :id").param("id", id).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate table case_entry").update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(this.jdbc.sql("select count(*) from case_entry where case_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private Instant recordedAt(long id, int index) {
		return this.jdbc.sql("select recorded_at from case_entry where case_id = :id and entry_index = :index")
			.param("id", id)
			.param("index", index)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

}
