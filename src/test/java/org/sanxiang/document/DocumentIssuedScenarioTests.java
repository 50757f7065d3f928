package org.sanxiang.document;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.OfficialCalendar;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.TodoItem;
import org.sanxiang.core.TodoProvider;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.SubjectFile;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;

/**
 * Issuing a decision tells the other modules through {@link DocumentIssued}: the
 * publicity module (a higher layer, through the event publication registry, after the
 * issue commits) records it as due to be published within its working days, and withdraws
 * it when the document is voided. A reaction that fails stays an incomplete publication
 * and is completed when resubmitted — as on a restart — without touching the issued
 * document.
 */
@SpringBootTest(properties = "sanxiang.test.context=document-events")
@EnableScenarios
@Import(DemoAccounts.class)
class DocumentIssuedScenarioTests {

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessTime time;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	PartyRegistry parties;

	@Autowired
	SubjectFile subjectFile;

	@Autowired
	java.util.List<TodoProvider> todos;

	@MockitoSpyBean
	OfficialCalendar calendar;

	final AtomicBoolean calendarFailsOnce = new AtomicBoolean();

	SanxiangPrincipal officer;

	Set<Long> scope;

	@BeforeEach
	void officer() throws Exception {
		DocumentFontsFixture.fonts();
		this.officer = this.demo.principal("demo-head");
		this.scope = this.officer.dataScope().agencyIds();
		doAnswer((call) -> {
			if (this.calendarFailsOnce.getAndSet(false)) {
				throw new IllegalStateException("database unavailable for a moment");
			}
			return call.callRealMethod();
		}).when(this.calendar).addWorkingDays(any(), anyInt());
	}

	@Test
	void anIssuedPenaltyDecisionIsDueForPublicationInSevenWorkingDaysAndWithdrawnWhenVoided(Scenario scenario) {
		long partyId = this.parties.search(this.scope, null, null, 0).items().get(0).id();
		Document draft = this.documents.draft("PENALTY_DECISION",
				new HashMap<>(Samples.of(this.types.get("PENALTY_DECISION"))), partyId, null, this.officer, this.scope);
		scenario.stimulate(() -> this.documents.issue(draft.id(), draft.version(), this.officer, this.scope))
			.andWaitForStateChange(() -> due(draft.id()), (row) -> !row.isEmpty())
			.andVerify((row, issued) -> {
				LocalDate decided = this.time.dateOf(issued.issuedAt());
				assertThat(row).containsEntry("status", "DUE")
					.containsEntry("doc_number", issued.number())
					.containsEntry("working_days", 7)
					.containsEntry("due_on", Date.valueOf(this.calendar.addWorkingDays(decided, 7)));
				assertThat(publicity(partyId)).anySatisfy((title) -> assertThat(title).contains(issued.number())
					.contains("待公示，截止 " + this.calendar.addWorkingDays(decided, 7)));
				var publisher = this.demo.principal("demo-publisher");
				assertThat(this.todos.stream()
					.flatMap((p) -> p.todosFor(publisher, Set.of("PUBLISHER"), publisher.dataScope().agencyIds())
						.stream())
					.map(TodoItem::title)).contains("待公示：行政处罚决定书 " + issued.number());
			});
		scenario.stimulate(() -> this.documents.voidDocument(draft.id(), "当事人名称有误，重新制作", this.officer, this.scope))
			.andWaitForStateChange(() -> due(draft.id()).get("status"), "WITHDRAWN"::equals)
			.andVerifyEvents((events) -> assertThat(events).contains(DocumentVoided.class)
				.matching(DocumentVoided::documentId, draft.id()));
		assertThat(publicity(partyId)).anySatisfy((title) -> assertThat(title).contains("已撤回"));
	}

	private java.util.List<String> publicity(long partyId) {
		return this.subjectFile.of(partyId, this.scope)
			.sections()
			.stream()
			.filter((s) -> s.kind() == SubjectFileSection.Kind.PUBLICITY)
			.flatMap((s) -> s.entries().stream())
			.map(SubjectFileSection.Entry::title)
			.toList();
	}

	@Test
	void issuingPublishesDocumentIssuedWithTheDocumentsIdsAndANoticeIsNotDueForPublication(Scenario scenario) {
		Document draft = draft("PENALTY_NOTICE");
		scenario.stimulate(() -> this.documents.issue(draft.id(), draft.version(), this.officer, this.scope))
			.andWaitForEventOfType(DocumentIssued.class)
			.matchingMappedValue(DocumentIssued::documentId, draft.id())
			.toArriveAndVerify((event, issued) -> {
				assertThat(event.number()).isEqualTo(issued.number());
				assertThat(event.typeCode()).isEqualTo("PENALTY_NOTICE");
				assertThat(event.agencyId()).isEqualTo(this.officer.agencyId());
				assertThat(event.issuedAt()).isEqualTo(issued.issuedAt());
			});
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> completed(draft.id()));
		assertThat(due(draft.id())).isEmpty();
	}

	@Test
	void aReactionThatFailedIsCompletedWhenTheIncompletePublicationIsResubmitted() {
		Document draft = draft("RECTIFICATION_ORDER");
		this.calendarFailsOnce.set(true);
		Document issued = this.documents.issue(draft.id(), draft.version(), this.officer, this.scope);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.calendarFailsOnce.get() && !completed(draft.id()));
		assertThat(this.documents.get(issued.id(), this.scope).status()).isEqualTo(Document.Status.ISSUED);
		assertThat(due(draft.id())).isEmpty();

		this.incomplete
			.resubmitIncompletePublications((publication) -> publication.getEvent() instanceof DocumentIssued event
					&& event.documentId() == draft.id());

		await().atMost(Duration.ofSeconds(20)).until(() -> completed(draft.id()));
		assertThat(due(draft.id())).containsEntry("status", "DUE").containsEntry("working_days", 20);
	}

	private Document draft(String type) {
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get(type)));
		return this.documents.draft(type, values, null, this.officer, this.scope);
	}

	private Map<String, Object> due(long documentId) {
		return this.jdbc
			.sql("select status, doc_number, working_days, due_on from publicity_due where document_id = :d")
			.param("d", documentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
	}

	/** Whether the publicity module's reaction to this document's issue has completed. */
	private boolean completed(long documentId) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%DocumentIssued' and serialized_event like :id and completion_date is null""")
			.param("id", "%\"documentId\":" + documentId + ",%")
			.query(Long.class)
			.single() == 0;
	}

}
