package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	@Autowired
	CoerciveMeasures measures;

	@Autowired
	OnTheSpotDecisions onTheSpot;

	@Autowired
	org.sanxiang.document.Documents documents;

	@Autowired
	org.sanxiang.evidence.EvidenceItems evidence;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void theDemoAgencyHasCasesInFourStagesMadeThroughTheActsAndARestartAddsNone() throws Exception {
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

		awaitWithdrawn();
		long documents = this.jdbc.sql("select count(*) from document").query(Long.class).single();
		this.demoCases.run(null);
		this.demoStages.run(null);
		((org.springframework.boot.ApplicationRunner) this.context.getBean("demoRevocation")).run(null);
		assertThat(this.jdbc.sql("select count(*) from penalty_case").query(Long.class).single()).isEqualTo(all.size());
		assertThat(this.jdbc.sql("select count(*) from clue").query(Long.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from coercive_measure").query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from on_the_spot_decision").query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(documents);
	}

	/**
	 * The demo's 查封 in force: proposed while investigated, approved by the head, decided
	 * with its issued 决定书 and 清单 (documents of the case), executed by two officers with
	 * the body-camera video of the case, its 30 days counted in natural days from the
	 * execution, not yet released; the measure's page shows the items and the end date.
	 */
	@Test
	void aSeizureIsInForceWithItsDocumentsItsVideoAndItsThirtyDays() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long caseId = caseId(DemoRecords.SEIZURE_TITLE, officer);
		CoerciveMeasure measure = this.measures.measuresOf(caseId, officer).get(0);
		assertThat(measure.kind()).isEqualTo(MeasureKind.SEAL);
		assertThat(measure.status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(measure.executedOn()).isNotNull();
		assertThat(measure.expiresOn()).isEqualTo(measure.startsOn().plusDays(30));
		assertThat(measure.releasedOn()).isNull();
		assertThat(measure.entries()).extracting(MeasureEntry::act).containsExactly("提出查封", "负责人批准", "作出决定", "执行");
		assertThat(measure.entries().get(3).note()).startsWith("执法人员：").contains("、");
		var papers = this.jdbc.sql("select decision_document_id, list_document_id from coercive_measure where id = :id")
			.param("id", measure.id())
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
		assertThat(papers.stream().map((id) -> this.documents.get(id, officer.dataScope().agencyIds())).toList())
			.allSatisfy((d) -> {
				assertThat(d.status()).isEqualTo(org.sanxiang.document.Document.Status.ISSUED);
				assertThat(d.owner()).isEqualTo(CaseActForms.owner(caseId));
			})
			.extracting(org.sanxiang.document.Document::typeCode)
			.containsExactly("SEIZURE_DECISION", "SEIZURE_LIST");
		assertThat(this.evidence.ofOwner("CASE", Long.toString(caseId), officer.dataScope().agencyIds()))
			.anySatisfy((item) -> {
				assertThat(item.id()).isEqualTo(measure.videoEvidenceId());
				assertThat(item.kind()).isEqualTo(org.sanxiang.evidence.EvidenceKind.AUDIO_VISUAL);
			});
		this.mvc.perform(get("/cases/{c}/measures/{m}", caseId, measure.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(measure.expiresOn().toString())))
			.andExpect(content().string(containsString("污水提升泵")));
	}

	/**
	 * The demo's decision revoked on 复议: decided and served, the 复议申请书 received (its 送达回证
	 * a document of the case), the decision's publication approved by the publisher, the
	 * outcome 撤销 recorded → {@code DecisionRevoked} → the publication withdrawn, shown so
	 * on the portal with the reason.
	 */
	@Test
	void aDecisionRevokedOnReviewIsWithdrawnOnThePortal() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long caseId = caseId(DemoRecords.REMEDY_TITLE, officer);
		PenaltyCase kase = this.cases.caseOf(caseId, officer);
		assertThat(kase.remedies()).singleElement().satisfies((r) -> {
			assertThat(r.kind()).isEqualTo(Remedy.Kind.REVIEW);
			assertThat(r.outcome()).isEqualTo(Remedy.Outcome.REVOKED);
			assertThat(r.appliedOn()).isBefore(r.decidedOn());
			assertThat(this.documents.get(r.documentId(), officer.dataScope().agencyIds()).typeCode())
				.isEqualTo("SERVICE_RECEIPT");
		});
		assertThat(kase.revokedOn()).isEqualTo(LocalDate.parse("2026-11-20"));
		assertThat(kase.entries()).extracting(CaseEntry::act)
			.contains(CaseAct.DECIDE, CaseAct.SERVE, CaseAct.APPLY_FOR_REMEDY, CaseAct.RECORD_REMEDY_OUTCOME);

		String publicId = awaitWithdrawn();
		this.mvc.perform(get("/portal/decisions/{id}", publicId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-withdrawn\"")))
			.andExpect(content().string(containsString("复议")));
		this.mvc.perform(get("/cases/{id}", caseId).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("撤销")))
			// nothing is left to pay or enforce: the page offers no payment, 催告 or court
			.andExpect(content().string(not(containsString("id=\"act-RECORD_PAYMENT\""))))
			.andExpect(content().string(not(containsString("id=\"act-REMIND\""))));
	}

	/**
	 * The citizen sees published decisions in the demo: those decided 20 or more days ago
	 * are published (the publisher's demo approval), the newer ones wait on the board.
	 */
	@Test
	void theDemosOlderDecisionsArePublishedOnThePortal() throws Exception {
		LocalDate today = LocalDate.parse("2026-11-20");
		List<LocalDate> published = this.jdbc
			.sql("select decided_on from publicity_publication where status = 'PUBLISHED'")
			.query(LocalDate.class)
			.list();
		assertThat(published).isNotEmpty().allSatisfy((on) -> assertThat(on).isBeforeOrEqualTo(today.minusDays(20)));
		assertThat(this.jdbc.sql("select count(*) from publicity_publication where status = 'PENDING'")
			.query(Long.class)
			.single()).isPositive();
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("暂无公示的行政执法决定"))));
	}

	/**
	 * The demo's 简易程序 decision is there at the first start (its 当场行政处罚决定书 issued by the
	 * demo itself, not awaited from the background demo documents, which this test
	 * context does not even issue) and on file (备案).
	 */
	@Test
	void anOnTheSpotDecisionIsThereAtTheFirstStartWithItsRecord() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		long id = this.jdbc.sql("select id from on_the_spot_decision").query(Long.class).single();
		OnTheSpotDecision decision = this.onTheSpot.decisionOf(id, officer);
		assertThat(decision.recordedOn()).isEqualTo(LocalDate.parse("2026-11-20"));
		assertThat(decision.decidedOn()).isEqualTo(LocalDate.parse("2026-11-19"));
		this.mvc.perform(get("/cases/on-the-spot/{id}", id).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("罚款")))
			.andExpect(content().string(containsString("2026-11-20")));
	}

	private long caseId(String title, SanxiangPrincipal reader) {
		return this.cases.page(reader, null, new Paging(0, 100, "updated", true))
			.items()
			.stream()
			.filter((c) -> c.title().equals(title))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * The revoked decision's publication, once the listener withdrew it; its public id.
	 */
	private String awaitWithdrawn() {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql(
					"select public_id from publicity_publication where status = 'WITHDRAWN' and published_on is not null")
				.query(String.class)
				.optional()
				.orElse(null), java.util.Objects::nonNull);
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
