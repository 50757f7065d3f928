package org.sanxiang.inspection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tasks in the application: a draw's event becomes one task per drawn party (once), only
 * the assigned inspectors act (another officer 403, another agency 404, the unit head
 * reads but does not act, administrators nothing), a stale draft 409, and finishing
 * issues the 现场检查笔录 and registers the results.
 */
@SpringBootTest(properties = "sanxiang.test.context=inspection-tasks")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, InspectionTasksTests.Clock.class })
@RecordApplicationEvents
class InspectionTasksTests {

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
	DemoAccounts demo;

	@Autowired
	PartyRegistry parties;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal officer2() {
		return this.demo.principal("demo-officer2");
	}

	List<Long> inspectors() {
		return List.of(this.tasks.officerIdsOf(officer()).get(0), this.tasks.officerIdsOf(officer2()).get(0));
	}

	PartySummary party(int index) {
		return this.parties.search(officer().dataScope().agencyIds(), null, null, 0).items().get(index);
	}

	InspectionTask drawnTask(long drawId) {
		PartySummary party = party(0);
		InspectionsDrawn drawn = new InspectionsDrawn(drawId, officer().agencyId(), "抽-" + drawId,
				List.of(TaskFixtures.drawn(party.id(), party.name(), inspectors())));
		return this.tasks.fromDraw(drawn).get(0);
	}

	long tasksOfDraw(long drawId) {
		return this.jdbc.sql("select count(*) from inspection_task where draw_id = :draw")
			.param("draw", drawId)
			.query(Long.class)
			.single();
	}

	@Test
	void aDrawBecomesOneTaskPerDrawnPartyForItsInspectorsOnlyOnce() {
		long drawId = 7001;
		PartySummary first = party(0);
		PartySummary second = party(1);
		InspectionsDrawn drawn = new InspectionsDrawn(drawId, officer().agencyId(), "牡环抽〔2026〕1号",
				List.of(TaskFixtures.drawn(first.id(), first.name(), inspectors()),
						TaskFixtures.drawn(second.id(), second.name(), inspectors())));
		this.transactions.executeWithoutResult((tx) -> this.publisher.publishEvent(drawn));
		await().atMost(Duration.ofSeconds(20)).until(() -> tasksOfDraw(drawId) == 2);
		this.transactions.executeWithoutResult((tx) -> this.publisher.publishEvent(drawn));
		await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(tasksOfDraw(drawId)).isEqualTo(2);

		Long id = this.jdbc.sql("select id from inspection_task where draw_id = :draw and party_id = :party")
			.param("draw", drawId)
			.param("party", first.id())
			.query(Long.class)
			.single();
		InspectionTask task = this.tasks.task(id, officer());
		assertThat(task.taskNumber()).matches("HLJ-MDJ-2026-JC-\\d{3}");
		assertThat(task.origin()).isEqualTo(TaskOrigin.RANDOM);
		assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(task.inspectorIds()).containsExactlyInAnyOrderElementsOf(inspectors());
		assertThat(task.checklistLines()).isEqualTo(TaskFixtures.CHECKLIST);
		assertThat(task.publicCode()).matches("[2-9A-HJ-NP-Z]{12}");
		assertThat(this.tasks
			.mine(officer2(), new InspectionTasks.Filter(null, false),
					org.sanxiang.core.Paging.of(org.sanxiang.core.Paging.Params.defaults(), "window", false,
							InspectionTasks.SORTABLE))
			.items()).extracting(InspectionTasks.TaskSummary::id).contains(id);
	}

	@Test
	void onlyTheAssignedInspectorsActTheUnitHeadOverseesAndOthersAreRefused() throws Exception {
		InspectionTask task = drawnTask(7002);
		String page = "/inspection/tasks/" + task.id();
		String api = "/api/v1/inspection/tasks/" + task.id() + "/draft";
		this.mvc.perform(get(page).with(user(officer()))).andExpect(status().isOk());
		this.mvc.perform(get(page + "/onsite").with(user(officer2()))).andExpect(status().isOk());
		this.mvc.perform(get(page + "/notice").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("/portal/inspections/" + task.publicCode())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));
		// the party's page, by the public code: who, what, on which basis; an unknown
		// code 404
		this.mvc.perform(get("/portal/inspections/" + task.publicCode()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString(task.inspectorList().get(0).certificateNumber())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("《排污许可管理条例》第三十条")));
		this.mvc.perform(get("/portal/inspections/ZZZZZZZZZZZZ")).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/inspections/" + task.id())).andExpect(status().isNotFound());
		// an officer of the agency not assigned (the legal reviewer holds a certificate)
		SanxiangPrincipal other = this.demo.principal("demo-reviewer");
		this.mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
		this.mvc
			.perform(put(api + "?base=0").with(user(other))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		// the unit head reads, but does not fill the inspectors' record
		SanxiangPrincipal head = this.demo.principal("demo-unithead");
		this.mvc.perform(get(page).with(user(head))).andExpect(status().isOk());
		this.mvc
			.perform(put(api + "?base=0").with(user(head))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("INSPECTION_NOT_ASSIGNED"));
		// another agency finds nothing; an administrator is refused at the door
		this.mvc.perform(get(page).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(user(this.demo.principal("demo-sysadmin")))).andExpect(status().isForbidden());
	}

	@Test
	void aDraftMadeOnAnOlderVersionIsRefusedWith409AndTheServerKeepsTheNewer() throws Exception {
		InspectionTask task = drawnTask(7003);
		String api = "/api/v1/inspection/tasks/" + task.id() + "/draft";
		String mine = TaskFixtures.record(1, false, List.of());
		this.mvc
			.perform(put(api + "?base=0").with(user(officer()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(mine))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(api + "?base=0").with(user(officer2()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(TaskFixtures.record(2, true, List.of())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("INSPECTION_DRAFT_STALE"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("本机草稿仍保留")));
		this.mvc.perform(get(api).with(user(officer2())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.draft").value(mine))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		this.mvc
			.perform(put(api + "?base=1").with(user(officer2()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("not json"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void finishingIssuesTheSiteInspectionRecordAndRegistersTheResultAndTheSuspectedViolation(ApplicationEvents events)
			throws Exception {
		InspectionTask task = drawnTask(7004);
		this.tasks.syncDraft(task.id(), 0, TaskFixtures.record(2, true, inspectors()), officer());
		assertThatThrownBy(() -> this.tasks.finish(task.id(), 1, officer())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("第3条");
		this.tasks.syncDraft(task.id(), 1, TaskFixtures.record(3, true, inspectors()), officer2());
		// the confirm page first
		this.mvc
			.perform(post("/inspection/tasks/" + task.id() + "/finish").with(user(officer()))
				.with(csrf())
				.param("draftVersion", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("签发后检查记录不能再修改")));
		assertThat(this.tasks.task(task.id(), officer()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
		this.mvc
			.perform(post("/inspection/tasks/" + task.id() + "/finish").with(user(officer()))
				.with(csrf())
				.param("draftVersion", "2")
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());

		InspectionTask done = this.tasks.task(task.id(), officer());
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.violationFound()).isTrue();
		var document = this.jdbc
			.sql("select type_code, status, pdf_sha256, owner_kind, owner_id from document where id = :id")
			.param("id", done.recordDocumentId())
			.query()
			.singleRow();
		assertThat(document).containsEntry("TYPE_CODE", "SITE_INSPECTION_RECORD")
			.containsEntry("STATUS", "ISSUED")
			.containsEntry("OWNER_KIND", "INSPECTION")
			.containsEntry("OWNER_ID", Long.toString(task.id()));
		assertThat((String) document.get("PDF_SHA256")).hasSize(64);
		assertThat(events.stream(InspectionCompleted.class).filter((e) -> e.taskId() == task.id())).singleElement()
			.satisfies((e) -> {
				assertThat(e.violationFound()).isTrue();
				assertThat(e.publicResult()).doesNotContain("李某某");
			});
		assertThat(events.stream(ViolationSuspected.class).filter((e) -> e.taskId() == task.id())).singleElement()
			.satisfies((e) -> assertThat(e.recordDocumentId()).isEqualTo(done.recordDocumentId()));

		// nothing changes a finished task
		this.mvc
			.perform(put("/api/v1/inspection/tasks/" + task.id() + "/draft?base=2").with(user(officer()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(TaskFixtures.record(3, false, inspectors())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("INSPECTION_TASK_CLOSED"));
		assertThatThrownBy(() -> this.tasks.finish(task.id(), 2, officer())).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_TASK_CLOSED");
	}

	@Test
	void theUnitHeadMakesATaskByHandWithTwoCertifiedInspectorsAndAnOfficerMayNot() throws Exception {
		PartySummary party = party(0);
		InspectionTasks.Manual manual = new InspectionTasks.Manual(TaskOrigin.COMPLAINT, party.id(), "投诉核查：夜间异味",
				"《中华人民共和国环境保护法》第二十四条", "废气收集设施\n排放口", inspectors().subList(0, 1),
				java.time.LocalDate.parse("2026-12-02"), java.time.LocalDate.parse("2026-12-09"));
		SanxiangPrincipal head = this.demo.principal("demo-unithead");
		assertThatThrownBy(() -> this.tasks.create(manual, head)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_INSPECTORS");
		InspectionTasks.Manual two = new InspectionTasks.Manual(TaskOrigin.COMPLAINT, party.id(), "投诉核查：夜间异味",
				"《中华人民共和国环境保护法》第二十四条", "废气收集设施\n排放口", inspectors(), manual.from(), manual.to());
		assertThatThrownBy(() -> this.tasks.create(two, officer())).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_HEAD_ONLY");
		InspectionTask task = this.tasks.create(two, head);
		assertThat(task.origin()).isEqualTo(TaskOrigin.COMPLAINT);
		assertThat(task.checklistLines()).containsExactly("废气收集设施", "排放口");
		this.mvc
			.perform(post("/inspection/tasks").with(user(head))
				.with(csrf())
				.param("origin", "SPECIAL")
				.param("partyId", Long.toString(party.id()))
				.param("itemName", "专项检查")
				.param("legalBasis", "依据")
				.param("checklist", "一")
				.param("inspectorIds", Long.toString(inspectors().get(0)))
				.param("from", "2026-12-02")
				.param("to", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("至少须有两名")));
	}

}
