package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * 执法全过程记录 at the boundary of {@link Cases} and {@link CoerciveMeasures}, with an agency
 * whose 音像记录清单 lists 现场检查: an inspection naming no evidence or only a photo is refused
 * with the act and the recording it needs, one naming a video of the case is recorded, an
 * inquiry (not on the list) is unaffected; a 留置送达's and a 查封's video id must be a video
 * of the same case.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=casefile-clues", "sanxiang.cases.video-required=RECORD_INSPECTION" })
@Import({ DemoAccounts.class, ClueClock.class })
class MandatoryVideoTests {

	@Autowired
	MovableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	CoerciveMeasures measures;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	EvidenceItems evidence;

	@Autowired
	BusinessTime time;

	@Autowired
	DemoAccounts demo;

	List<Long> two;

	String certificate;

	@BeforeEach
	void officers() {
		this.clock.set("2026-09-03");
		List<Officer> qualified = CaseFixtures.twoQualifiedOfficers(this.officers, officer().agencyId(),
				LocalDate.parse("2026-09-03"));
		this.two = qualified.stream().map(Officer::id).toList();
		this.certificate = qualified.get(0).certificateNumber();
	}

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	long filed() {
		return this.cases.file("某公司暗管排污案" + System.nanoTime(), "某化工有限公司", List.of(), "立案审批表", officer()).id();
	}

	long video(long caseId) {
		return CaseVideos.video(this.evidence, officer(), this.certificate, caseId, this.time.now());
	}

	long photo(long caseId) throws java.io.IOException {
		return CaseVideos.photo(this.evidence, officer(), this.certificate, caseId, this.time.now());
	}

	void inspect(long caseId, List<Long> evidence) {
		this.cases.recordInvestigation(caseId, false, null, this.two, List.of(), evidence, "现场检查笔录", officer());
	}

	static RuleViolation refused(Executable act) {
		return assertThrows(RuleViolation.class, act);
	}

	@Test
	void anInspectionOnTheListNeedsAVideoOfTheCaseAndAPhotoDoesNotCount() throws Exception {
		long id = filed();
		RuleViolation none = refused(() -> inspect(id, List.of()));
		assertThat(none.code()).isEqualTo("CASE_GATE_MANDATORY_VIDEO");
		assertThat(none.getMessage()).startsWith("现场检查（勘察）应当进行音像记录").contains("环办执法〔2019〕42号");

		long photo = photo(id);
		assertThat(refused(() -> inspect(id, List.of(photo))).code()).isEqualTo("CASE_GATE_MANDATORY_VIDEO");

		long otherCasesVideo = video(filed());
		assertThat(refused(() -> inspect(id, List.of(otherCasesVideo))).code()).isEqualTo("CASE_GATE_MANDATORY_VIDEO");

		long video = video(id);
		PenaltyCase inspected = this.cases.recordInvestigation(id, false, null, this.two, List.of(),
				List.of(photo, video), "现场检查笔录", officer());
		assertThat(inspected.entries().get(inspected.entries().size() - 1).act()).isEqualTo(CaseAct.RECORD_INSPECTION);
	}

	@Test
	void anActNotOnTheListIsUnaffected() {
		long id = filed();
		PenaltyCase inquired = this.cases.recordInvestigation(id, true, null, this.two, List.of(), List.of(), "询问笔录",
				officer());
		assertThat(inquired.entries().get(inquired.entries().size() - 1).act()).isEqualTo(CaseAct.RECORD_INQUIRY);
	}

	@Test
	void serviceByLeavingNamesAVideoOfTheSameCase() throws Exception {
		long id = filed();
		inspect(id, List.of(video(id)));
		this.cases.endInvestigation(id, List.of(), "调查报告", officer());
		this.cases.examine(id, false, "同意告知", head());
		this.cases.notify(id, CaseFixtures.fine(50_000), false, List.of(), officer());
		long photo = photo(id);
		long otherCasesVideo = video(filed());
		for (long wrong : new long[] { photo, otherCasesVideo, 999_999_999L }) {
			RuleViolation refusal = refused(() -> this.cases.recordNoticeService(id, null,
					new ServiceRecord(ServiceMode.LEFT, null, wrong, "当事人拒收，村委会王某见证", null), List.of(), officer()));
			assertThat(refusal.code()).isEqualTo("CASE_VIDEO_INVALID");
			assertThat(refusal.getMessage()).startsWith("留置送达所附的音像记录");
		}
		PenaltyCase served = this.cases.recordNoticeService(id, null,
				new ServiceRecord(ServiceMode.LEFT, null, video(id), "当事人拒收，村委会王某见证", null), List.of(), officer());
		assertThat(served.noticeServiceMode()).isEqualTo(ServiceMode.LEFT);
	}

	@Test
	void aSealIsExecutedOnlyWithAVideoOfTheSameCase() throws Exception {
		long id = filed();
		CoerciveMeasure measure = this.measures.propose(id, new CoerciveMeasures.Proposal(MeasureKind.SEAL,
				MeasureGround.EVASION, "暗管排污泵一台", null, false, null, null), officer());
		this.measures.approve(id, measure.id(), null, head());
		this.measures.decide(id, measure.id(), 201L, 202L, null, officer());
		long photo = photo(id);
		for (long wrong : new long[] { photo, video(filed()), 301L }) {
			RuleViolation refusal = refused(() -> this.measures.execute(id, measure.id(), this.two, wrong,
					CaseVideos.recordedFrom(this.time.now()), CaseVideos.recordedTo(this.time.now()), null, officer()));
			assertThat(refusal.code()).isEqualTo("CASE_VIDEO_INVALID");
			assertThat(refusal.getMessage()).startsWith("实施查封所附的音像记录");
		}
		CoerciveMeasure executed = this.measures.execute(id, measure.id(), this.two, video(id),
				CaseVideos.recordedFrom(this.time.now()), CaseVideos.recordedTo(this.time.now()), null, officer());
		assertThat(executed.status()).isEqualTo(MeasureStatus.IN_FORCE);
	}

}
