package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task's acts and refusals, without the application. */
class InspectionTaskTests {

	static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	static InspectionTask task(List<AssignedInspector> inspectors) {
		return InspectionTask.assign(1L, "HLJ-MDJ-2026-JC-001", "ABCDEFGHJKLM",
				new InspectionTask.Assignment(TaskOrigin.COMPLAINT, null, 5L, "某化工有限公司", null, null, "投诉核查：夜间排放异味",
						"《中华人民共和国环境保护法》第二十四条", List.of("排放口", "", "  治理设施 "), inspectors, LocalDate.parse("2026-12-01"),
						LocalDate.parse("2026-12-10")),
				"demo-unithead", NOW);
	}

	static final List<AssignedInspector> TWO = List.of(new AssignedInspector(11, "王某", "231000202400001"),
			new AssignedInspector(12, "刘某", "231000202400002"));

	@Test
	void aTaskNeedsTwoInspectorsAndAWindowAndKeepsTheNonBlankChecklistLines() {
		assertThatThrownBy(() -> task(TWO.subList(0, 1))).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_INSPECTORS");
		InspectionTask task = task(TWO);
		assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
		assertThat(task.checklistLines()).containsExactly("排放口", "治理设施");
		assertThat(task.overdueOn(LocalDate.parse("2026-12-10"))).isFalse();
		assertThat(task.overdueOn(LocalDate.parse("2026-12-11"))).isTrue();
	}

	@Test
	void theFirstSyncedDraftStartsTheInspectionAndADraftMadeOnAnOlderVersionIsRefusedWith409() {
		InspectionTask task = task(TWO);
		task.syncDraft(0, "{\"notes\":\"a\"}", NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(task.draftVersion()).isEqualTo(1);
		task.syncDraft(1, "{\"notes\":\"b\"}", NOW);
		assertThatThrownBy(() -> task.syncDraft(1, "{\"notes\":\"c\"}", NOW)).isInstanceOf(RuleViolation.class)
			.satisfies((ex) -> {
				assertThat(((RuleViolation) ex).code()).isEqualTo("INSPECTION_DRAFT_STALE");
				assertThat(((RuleViolation) ex).status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getMessage()).contains("第2版").contains("第1版");
			});
		assertThat(task.draft()).isEqualTo("{\"notes\":\"b\"}");
	}

	@Test
	void aFinishedOrCancelledTaskCannotBeEdited() {
		InspectionTask task = task(TWO);
		task.syncDraft(0, TaskFixtures.record(3, false, List.of(11L, 12L)), NOW);
		OnSiteRecord record = OnSiteRecord.parse(task.draft());
		record.requireComplete(task.checklistLines(), task.inspectorList());
		task.finish(record, LocalDate.parse("2026-12-02"), 99L, null, NOW);
		assertThat(task.status()).isEqualTo(TaskStatus.DONE);
		assertThat(task.publicResult()).isEqualTo("未发现问题");
		assertThatThrownBy(() -> task.syncDraft(1, "{}", NOW)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).status())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThatThrownBy(() -> task.cancel("重复", NOW)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_TASK_CLOSED");

		InspectionTask cancelled = task(TWO);
		cancelled.cancel("企业已停产关闭", NOW);
		assertThatThrownBy(() -> cancelled.syncDraft(0, "{}", NOW)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("INSPECTION_TASK_CLOSED");
	}

	@Test
	void anIncompleteRecordNamesWhatIsMissing() {
		InspectionTask task = task(TWO);
		OnSiteRecord unanswered = OnSiteRecord.parse(TaskFixtures.record(1, false, List.of(11L, 12L)));
		assertThatThrownBy(() -> unanswered.requireComplete(task.checklistLines(), task.inspectorList()))
			.hasMessageContaining("第2条");
		OnSiteRecord unsigned = OnSiteRecord.parse(TaskFixtures.record(3, false, List.of(11L)));
		assertThatThrownBy(() -> unsigned.requireComplete(task.checklistLines(), task.inspectorList()))
			.hasMessageContaining("刘某尚未签名");
		OnSiteRecord notPng = OnSiteRecord.parse(TaskFixtures.record(3, false, List.of(11L, 12L))
			.replace("data:image/png;base64,iVBOR", "data:image/png;base64,AAAAA"));
		assertThatThrownBy(() -> notPng.requireComplete(task.checklistLines(), task.inspectorList()))
			.hasMessageContaining("签名");
		assertThatThrownBy(() -> OnSiteRecord.parse("not json")).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).status())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
