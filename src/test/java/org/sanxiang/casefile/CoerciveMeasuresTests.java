package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.core.TodoItem;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coercive measures in the application: a seizure executed by two officers from the
 * register, its 30 days across National Day 2026 not lengthened, the release application
 * verified within five working days on the official calendar, the to-dos; the API with
 * its refusals as problem details; the pages with a confirmation and a refusal in place;
 * a lost race on two approvals.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ClueClock.class })
class CoerciveMeasuresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	CoerciveMeasures measures;

	@Autowired
	CoerciveMeasureRepository repository;

	@Autowired
	Cases cases;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	DemoAccounts demo;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.sanxiang.calendar.OfficialCalendar calendar;

	@Autowired
	org.sanxiang.core.BusinessTime time;

	@Autowired
	org.sanxiang.evidence.EvidenceItems evidence;

	/** A video of the case (the 查封's 音像记录), uploaded through the evidence module. */
	long video(long caseId) {
		String certificate = CaseFixtures.twoQualifiedOfficers(this.officers, officer().agencyId(), this.time.today())
			.get(0)
			.certificateNumber();
		return CaseVideos.video(this.evidence, officer(), certificate, caseId, this.time.now());
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

	PenaltyCase filed() {
		return this.cases.file("某公司暗管排污案", "某化工有限公司", List.of(), "立案审批表", officer());
	}

	CoerciveMeasure proposed(long caseId) {
		return this.measures.propose(caseId, new CoerciveMeasures.Proposal(MeasureKind.SEAL, MeasureGround.EVASION,
				"暗管排污泵一台", null, false, null, null), officer());
	}

	@Test
	void aSeizureRunsThirtyNaturalDaysAcrossNationalDayAndTheReleaseIsVerifiedOnTheOfficialCalendar() {
		this.clock.set("2026-09-03");
		PenaltyCase kase = filed();
		CoerciveMeasure measure = proposed(kase.id());
		this.measures.approve(kase.id(), measure.id(), null, head());
		this.measures.decide(kase.id(), measure.id(), 201L, 202L, null, officer());
		List<Long> two = CaseFixtures
			.twoQualifiedOfficers(this.officers, officer().agencyId(), LocalDate.parse("2026-09-03"))
			.stream()
			.map(Officer::id)
			.toList();
		long video = video(kase.id());
		assertThatThrownBy(() -> this.measures.execute(kase.id(), measure.id(), two.subList(0, 1), video,
				CaseVideos.recordedFrom(this.time.now()), CaseVideos.recordedTo(this.time.now()), null, officer()))
			.hasMessageContaining("不得少于两人");
		CoerciveMeasure executed = this.measures.execute(kase.id(), measure.id(), two, video,
				CaseVideos.recordedFrom(this.time.now()), CaseVideos.recordedTo(this.time.now()), null, officer());
		assertThat(executed.expiresOn()).isEqualTo(LocalDate.parse("2026-10-03"));
		assertThat(executed.entries().get(3).note()).startsWith("执法人员：");

		this.clock.set("2026-10-01");
		List<TodoItem> todos = this.measures.todosFor(officer(), Set.of("OFFICER"), officer().dataScope().agencyIds());
		assertThat(todos).anySatisfy((todo) -> {
			assertThat(todo.title()).isEqualTo("临期：查封期限届满");
			assertThat(todo.urgency()).isEqualTo(TodoItem.Urgency.DUE_SOON);
			assertThat(todo.link()).isEqualTo("/cases/" + kase.id() + "/measures/" + measure.id());
		});

		this.clock.set("2026-09-30");
		CoerciveMeasure applied = this.measures.applyForRelease(kase.id(), measure.id(), "已拆除暗管", null, officer());
		// 8, 9, 10 (调休 Saturday), 12 and 13 October are the five working days
		assertThat(applied.releaseVerifyDue()).isEqualTo(LocalDate.parse("2026-10-13"));
		assertThat(applied.expiresOn()).isEqualTo(LocalDate.parse("2026-10-03"));
	}

	@Test
	void theLaterOfTwoApprovalsLosesTheRace() {
		this.clock.set("2026-09-03");
		PenaltyCase kase = filed();
		CoerciveMeasure measure = proposed(kase.id());
		CoerciveMeasure stale = this.repository.findById(measure.id()).orElseThrow();
		this.measures.approve(kase.id(), measure.id(), null, head());
		stale.approve(new Acting(new Participant("demo-head", "局长", true), LocalDate.parse("2026-09-03"),
				LocalDate.parse("2026-09-03"), this.clock.instant()));
		assertThatThrownBy(() -> this.repository.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.measures.approve(kase.id(), measure.id(), null, head()))
			.hasMessageContaining("不能审批");
	}

	@Test
	void theApiProposesAndRefusesAnApprovalByAnOfficerWithTheArticle() throws Exception {
		this.clock.set("2026-09-03");
		PenaltyCase kase = filed();
		String created = this.mvc
			.perform(post("/api/v1/cases/{id}/measures", kase.id()).with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"SEIZE\",\"ground\":\"SERIOUS_POLLUTION\",\"items\":\"危险废物200吨\",\"term\":30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindName").value("扣押"))
			.andExpect(jsonPath("$.mandatory").value(true))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(post("/api/v1/cases/{id}/measures/{mid}/approval", kase.id(), id).with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MEASURE_HEAD"))
			.andExpect(jsonPath("$.detail").value(containsString("行政强制法第十八条")));
		this.mvc
			.perform(post("/api/v1/cases/{id}/measures/{mid}/approval", kase.id(), id).with(csrf())
				.with(user(head()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statusName").value("已批准"));
		assertThat(this.jdbc.sql(
				"select count(*) from audit_record where action = 'MEASURE_APPROVED' and object_type = 'CoerciveMeasure'"
						+ " and object_id = :id")
			.param("id", Long.toString(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/cases/{id}/measures", kase.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].entries.length()").value(2));
		this.mvc
			.perform(post("/api/v1/cases/{id}/measures", kase.id()).with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"SEAL\",\"ground\":\"EXCEEDS_STANDARD\",\"items\":\"设备\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("MEASURE_GROUND"));
	}

	@Test
	void theCasePageListsTheMeasuresAndTheMeasurePageConfirmsAndRefusesInPlace() throws Exception {
		this.clock.set("2026-09-03");
		PenaltyCase kase = filed();
		CoerciveMeasure measure = proposed(kase.id());
		this.mvc
			.perform(post("/cases/{id}/measures", kase.id()).with(csrf())
				.with(user(officer()))
				.param("kind", "SEAL")
				.param("ground", "EXCEEDS_STANDARD")
				.param("items", "设备"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("measureErrorCode", "MEASURE_GROUND"));
		this.mvc.perform(get("/cases/{id}", kase.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政强制措施")))
			.andExpect(content().string(containsString("/cases/" + kase.id() + "/measures/" + measure.id())));
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/approval", kase.id(), measure.id()).with(csrf())
				.with(user(officer()))
				.param("on", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"measure-confirm\"")));
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/approval", kase.id(), measure.id()).with(csrf())
				.with(user(officer()))
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"MEASURE_HEAD\"")))
			.andExpect(content().string(containsString("应当经本机关负责人批准")))
			.andExpect(content().string(not(containsString(">MEASURE_HEAD"))));
		this.mvc
			.perform(post("/cases/{id}/measures/{mid}/approval", kase.id(), measure.id()).with(csrf())
				.with(user(head()))
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/{id}/measures/{mid}", kase.id(), measure.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"measure-decision\"")))
			.andExpect(content().string(containsString("负责人批准")));
	}

	@Test
	void theToDoListOfMeasuresTakesTwoQueriesWhateverTheNumberOfMeasures() {
		this.clock.set("2026-09-03");
		List<Long> two = CaseFixtures
			.twoQualifiedOfficers(this.officers, officer().agencyId(), LocalDate.parse("2026-09-03"))
			.stream()
			.map(Officer::id)
			.toList();
		for (int i = 0; i < 3; i++) {
			PenaltyCase kase = filed();
			CoerciveMeasure measure = proposed(kase.id());
			this.measures.approve(kase.id(), measure.id(), null, head());
			this.measures.decide(kase.id(), measure.id(), 201L, 202L, null, officer());
			this.measures.execute(kase.id(), measure.id(), two, video(kase.id()),
					CaseVideos.recordedFrom(this.time.now()), CaseVideos.recordedTo(this.time.now()), null, officer());
		}
		this.clock.set("2026-10-01");
		Set<Long> scope = officer().dataScope().agencyIds();
		List<TodoItem> expected = this.measures.todosFor(officer(), Set.of("OFFICER"), scope);
		StatementCounter counter = new StatementCounter(this.dataSource);
		// no repository: every measure must come from the list's own query
		CoerciveMeasures counted = new CoerciveMeasures(null, null, this.cases, this.calendar, this.time,
				org.springframework.jdbc.core.simple.JdbcClient.create(counter));

		List<TodoItem> todos = counted.todosFor(officer(), Set.of("OFFICER"), scope);

		assertThat(todos).isEqualTo(expected)
			.filteredOn((todo) -> todo.title().equals("临期：查封期限届满"))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(counter.statements()).isEqualTo(2);
	}

}
