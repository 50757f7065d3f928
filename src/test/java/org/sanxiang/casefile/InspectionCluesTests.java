package org.sanxiang.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.inspection.ViolationSuspected;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A finding of an inspection opens one clue (检查发现) for the party, registered on the day
 * of the finding with the finding as the alleged facts and the task number as the source
 * reference; its 15-day filing period runs like any clue's; the event delivered twice
 * opens no second clue.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@Import({ DemoAccounts.class, ClueClock.class })
class InspectionCluesTests {

	@Autowired
	MovableClock clock;

	@Autowired
	InspectionClues inspectionClues;

	@Autowired
	Clues clues;

	@Autowired
	PartyRegistry parties;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	ViolationSuspected finding(long taskId, String taskNumber, LocalDate foundOn) {
		PartySummary company = this.parties.search(officer().dataScope().agencyIds(), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.kind() == PartyKind.ORGANISATION)
			.findFirst()
			.orElseThrow();
		return new ViolationSuspected(taskId, officer().agencyId(), taskNumber, company.id(), company.name(),
				"废水总排口化学需氧量超标排放，在线监测设备未联网", foundOn, List.of(1L, 2L), null);
	}

	long cluesOfTask(String taskNumber) {
		return this.jdbc.sql("select count(*) from clue where source = 'INSPECTION' and source_reference = :ref")
			.param("ref", taskNumber)
			.query(Long.class)
			.single();
	}

	@Test
	void aFindingOpensAClueOnTheDayOfTheFindingWhoseFilingPeriodRunsAsAnyClues() {
		this.clock.set("2026-09-22");
		ViolationSuspected suspected = finding(9_100_001L, "牡环检〔2026〕9001号", LocalDate.parse("2026-09-20"));
		long id = this.inspectionClues.open(suspected);

		Clue clue = this.clues.clueOf(id, officer());
		assertThat(clue.source()).isEqualTo(ClueSource.INSPECTION);
		assertThat(clue.sourceReference()).isEqualTo("牡环检〔2026〕9001号");
		assertThat(clue.partyId()).isEqualTo(suspected.partyId());
		assertThat(clue.partyName()).isEqualTo(suspected.partyName());
		assertThat(clue.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(clue.alleged()).isEqualTo(suspected.finding());
		assertThat(clue.registeredOn()).isEqualTo(LocalDate.parse("2026-09-20"));
		assertThat(clue.status()).isEqualTo(ClueStatus.PENDING);
		// 15 days from 20 September end on 5 October, a holiday: the first working day
		// after National Day
		assertThat(this.clues.deadline(clue).due()).isEqualTo(LocalDate.parse("2026-10-08"));
		assertThat(this.clues.deadline(clue).status()).isEqualTo(DeadlineStatus.NORMAL);
		assertThat(this.clues.page(officer(), ClueStatus.PENDING, new Paging(0, 100, "registered", true)).items())
			.anySatisfy((line) -> {
				assertThat(line.id()).isEqualTo(id);
				assertThat(line.source()).isEqualTo("检查发现");
			});
	}

	@Test
	void theSameFindingDeliveredTwiceOpensOneClue() {
		this.clock.set("2026-09-22");
		ViolationSuspected suspected = finding(9_100_002L, "牡环检〔2026〕9002号", LocalDate.parse("2026-09-21"));
		long first = this.inspectionClues.open(suspected);
		assertThat(this.inspectionClues.open(suspected)).isEqualTo(first);
		assertThat(cluesOfTask("牡环检〔2026〕9002号")).isEqualTo(1);

		// through the event publication registry, twice: still one
		ViolationSuspected again = finding(9_100_003L, "牡环检〔2026〕9003号", LocalDate.parse("2026-09-21"));
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(again));
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(again));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.inspectionClues.clueOf(9_100_003L)).isPresent());
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(cluesOfTask("牡环检〔2026〕9003号")).isEqualTo(1));

		// and the database itself refuses a second clue for the task
		assertThatThrownBy(() -> this.jdbc.sql("insert into clue_inspection_task (task_id, clue_id) values (:t, :c)")
			.param("t", 9_100_002L)
			.param("c", this.inspectionClues.clueOf(9_100_003L).orElseThrow())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

}
