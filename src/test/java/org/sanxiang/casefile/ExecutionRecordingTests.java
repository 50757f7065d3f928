package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sanxiang.MovableClock;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 查封扣押 executed under 全过程无间断音像记录 (行政强制法 第十八条): the execution takes its start and end in
 * Beijing time; the case's videos must cover it without a gap — a gap is refused in place
 * naming it (09:12–09:20 无录像) and the rule, a second video closing it lets the execution
 * be recorded with its times; the page's video select offers only videos.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ClueClock.class })
class ExecutionRecordingTests {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	CoerciveMeasures measures;

	@Autowired
	Cases cases;

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

	@AfterEach
	void clearSecurity() {
		SecurityContextHolder.clearContext();
	}

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	static Instant at(String beijing) {
		return LocalDateTime.parse("2026-09-03T" + beijing).atZone(BEIJING).toInstant();
	}

	long video(long caseId, String from, String to) {
		return CaseVideos.video(this.evidence, officer(), this.certificate, caseId, at(from), at(to));
	}

	/** A 查封 decided on a new case, ready to be executed. */
	CoerciveMeasure decided(long caseId) {
		CoerciveMeasure measure = this.measures.propose(caseId, new CoerciveMeasures.Proposal(MeasureKind.SEAL,
				MeasureGround.EVASION, "暗管排污泵一台", null, false, null, null), officer());
		this.measures.approve(caseId, measure.id(), null, head());
		return this.measures.decide(caseId, measure.id(), 201L, 202L, null, officer());
	}

	long filed() {
		return this.cases.file("某公司暗管排污案" + System.nanoTime(), "某化工有限公司", List.of(), "立案审批表", officer()).id();
	}

	@Test
	void aSealWhoseVideosLeaveAGapIsRefusedNamingTheGapAndIsRecordedOnceCoveredFromStartToEnd() {
		long id = filed();
		CoerciveMeasure measure = decided(id);
		long first = video(id, "09:00", "09:12");
		RuleViolation noTimes = refused(
				() -> this.measures.execute(id, measure.id(), this.two, first, null, officer()));
		assertThat(noTimes.code()).isEqualTo("MEASURE_EXECUTION_TIME");

		RuleViolation gap = refused(() -> this.measures.execute(id, measure.id(), this.two, first, at("09:00"),
				at("09:20"), null, officer()));
		assertThat(gap.code()).isEqualTo("MEASURE_VIDEO_GAP");
		assertThat(gap.getMessage()).contains("09:12–09:20 无录像")
			.contains("行政强制法 第十八条")
			.contains("北京时间")
			.doesNotContain("MEASURE_");

		RuleViolation backwards = refused(() -> this.measures.execute(id, measure.id(), this.two, first, at("09:20"),
				at("09:00"), null, officer()));
		assertThat(backwards.code()).isEqualTo("MEASURE_EXECUTION_TIME");

		video(id, "09:11", "09:20");
		CoerciveMeasure executed = this.measures.execute(id, measure.id(), this.two, first, at("09:00"), at("09:20"),
				null, officer());
		assertThat(executed.status()).isEqualTo(MeasureStatus.IN_FORCE);
		assertThat(executed.executedFrom()).isEqualTo(at("09:00"));
		assertThat(executed.executedTo()).isEqualTo(at("09:20"));
		assertThat(executed.executedOn()).isEqualTo(LocalDate.parse("2026-09-03"));
		assertThat(executed.entries().get(executed.entries().size() - 1).note())
			.contains("实施时间：2026-09-03 09:00 至 2026-09-03 09:20（北京时间）");
	}

	@Test
	void aGapInTheMiddleIsNamedAndAVideoOfAnotherCaseDoesNotCloseIt() {
		long id = filed();
		CoerciveMeasure measure = decided(id);
		long first = video(id, "09:00", "09:05");
		video(id, "09:12", "09:20");
		video(filed(), "09:00", "09:20");
		RuleViolation gap = refused(() -> this.measures.execute(id, measure.id(), this.two, first, at("09:00"),
				at("09:20"), null, officer()));
		assertThat(gap.code()).isEqualTo("MEASURE_VIDEO_GAP");
		assertThat(gap.getMessage()).contains("09:05–09:12 无录像").doesNotContain("09:12–09:20");
	}

	@Test
	void theExecutionFormOffersOnlyTheCasesVideosAndShowsAGapInPlace() throws Exception {
		long id = filed();
		CoerciveMeasure measure = decided(id);
		long first = video(id, "09:00", "09:12");
		long photo = CaseVideos.photo(this.evidence, officer(), this.certificate, id, this.time.now());
		this.mvc.perform(get("/cases/{id}/measures/{mid}", id, measure.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"startedAt\"")))
			.andExpect(content().string(containsString("<option value=\"" + first + "\"")))
			.andExpect(content().string(not(containsString("<option value=\"" + photo + "\""))));
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/execution", id, measure.id()).with(csrf())
				.with(user(officer()))
				.param("officerIds", this.two.get(0) + "," + this.two.get(1))
				.param("videoEvidenceId", Long.toString(first))
				.param("startedAt", "2026-09-03T09:00")
				.param("endedAt", "2026-09-03T09:20")
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"MEASURE_VIDEO_GAP\"")))
			.andExpect(content().string(containsString("09:12–09:20 无录像")))
			.andExpect(content().string(not(containsString(">MEASURE_VIDEO_GAP"))))
			.andExpect(content().string(containsString("value=\"2026-09-03T09:20\"")));
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/execution", id, measure.id()).with(csrf())
				.with(user(officer()))
				.param("officerIds", this.two.get(0) + "," + this.two.get(1))
				.param("videoEvidenceId", Long.toString(first))
				.param("startedAt", "2026-09-03 9点")
				.param("endedAt", "2026-09-03T09:20")
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"MEASURE_EXECUTION_TIME\"")))
			.andExpect(content().string(containsString("开始时间格式不正确")));
		video(id, "09:12", "09:20");
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/execution", id, measure.id()).with(csrf())
				.with(user(officer()))
				.param("officerIds", this.two.get(0) + "," + this.two.get(1))
				.param("videoEvidenceId", Long.toString(first))
				.param("startedAt", "2026-09-03T09:00")
				.param("endedAt", "2026-09-03T09:20")
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/{id}/measures/{mid}", id, measure.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-09-03 09:00 至 2026-09-03 09:20（北京时间）")))
			// the measure's page links the video its execution was recorded with
			.andExpect(content().string(containsString("id=\"measure-video\"><a href=\"/evidence/" + first + "\"")));
	}

	static RuleViolation refused(Executable executable) {
		return assertThrows(RuleViolation.class, executable);
	}

}
