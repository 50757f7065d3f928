package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;
import org.sanxiang.subject.SubjectFile;
import org.sanxiang.subject.SubjectFileSection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clues in the application: the filing period on the official calendar across National
 * Day 2026, 立案 from a clue creating the penalty case with the party by id and the clue's
 * id, the limitation refused through the API with no case opened, the party's 一企一档
 * listing its clues and cases (and nothing of them for an administrator), the data scope.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ClueClock.class })
class CluesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	Clues clues;

	@Autowired
	Cases cases;

	@Autowired
	PartyRegistry parties;

	@Autowired
	SubjectFile files;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clearSecurity() {
		SecurityContextHolder.clearContext();
	}

	SanxiangPrincipal officer() {
		return this.demo.principal("demo-officer");
	}

	PartySummary party(PartyKind kind) {
		return this.parties.search(officer().dataScope().agencyIds(), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	Clue register(Long partyId, String partyName, LocalDate actOn, boolean harmed) {
		return this.clues.register(new Clues.Registration(ClueSource.COMPLAINT, "12369-" + System.nanoTime(), partyId,
				partyName, "夜间偷排未经处理的生产废水" + System.nanoTime(), actOn, false, null, harmed, null), officer());
	}

	@Test
	void theFilingPeriodRunsOnTheOfficialCalendarAcrossNationalDayAndTheHeadExtendsIt() {
		this.clock.set("2026-09-20");
		Clue clue = register(null, "张某", LocalDate.parse("2026-09-01"), false);
		// 15 calendar days from Sunday 20 September end on 5 October, a holiday: the
		// period
		// ends on the first working day after National Day
		assertThat(this.clues.deadline(clue).due()).isEqualTo(LocalDate.parse("2026-10-08"));
		assertThat(this.clues.deadline(clue).status()).isEqualTo(DeadlineStatus.NORMAL);
		this.clock.set("2026-10-06");
		assertThat(this.clues.deadline(clue).status()).isEqualTo(DeadlineStatus.DUE_SOON);
		this.clock.set("2026-10-09");
		assertThat(this.clues.deadline(clue).status()).isEqualTo(DeadlineStatus.OVERDUE);
		assertThatThrownBy(() -> this.clues.extend(clue.id(), "需要监测", this.demo.principal("demo-head")))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("CLUE_EXTENSION_LATE");

		this.clock.set("2026-10-06");
		assertThatThrownBy(() -> this.clues.extend(clue.id(), "需要监测", officer())).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("CLUE_EXTENSION_HEAD");
		Clue extended = this.clues.extend(clue.id(), "需要委托监测", this.demo.principal("demo-head"));
		assertThat(this.clues.deadline(extended).due()).isEqualTo(LocalDate.parse("2026-10-20"));
		assertThat(this.clues.deadline(extended).status()).isEqualTo(DeadlineStatus.NORMAL);
		this.clock.set("2026-10-21");
		Clue decided = this.clues.refuse(clue.id(), "违法事实不能成立", null, null, officer());
		assertThat(this.clues.deadline(decided).status()).isEqualTo(DeadlineStatus.MET_LATE);
	}

	@Test
	void filingFromAClueOpensTheCaseWithThePartyByIdAndBothAppearInThePartysFile() throws Exception {
		this.clock.set("2026-09-21");
		PartySummary company = party(PartyKind.ORGANISATION);
		Clue clue = register(company.id(), null, LocalDate.parse("2026-09-01"), false);
		assertThat(clue.partyName()).isEqualTo(company.name());
		assertThat(clue.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		String title = "超标排放水污染物案" + System.nanoTime();
		Clue filed = this.clues.file(clue.id(), title, null, null, officer());
		assertThat(filed.status()).isEqualTo(ClueStatus.FILED);
		PenaltyCase kase = this.cases.caseOf(filed.caseId(), officer());
		assertThat(kase.clueId()).isEqualTo(clue.id());
		assertThat(kase.partyId()).isEqualTo(company.id());
		assertThat(kase.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(kase.partyName()).isEqualTo(company.name());
		assertThat(kase.partyCreditCode()).isEqualTo(company.creditCode());

		Set<Long> scope = officer().dataScope().agencyIds();
		SubjectFile.View file = this.files.of(company.id(), scope);
		assertThat(section(file, SubjectFileSection.Kind.CASE)).anySatisfy((entry) -> {
			assertThat(entry.title()).contains(title).contains("调查取证");
			assertThat(entry.link()).isEqualTo("/cases/" + kase.id());
		});
		assertThat(section(file, SubjectFileSection.Kind.CLUE))
			.anySatisfy((entry) -> assertThat(entry.link()).isEqualTo("/cases/clues/" + clue.id()));
		this.mvc.perform(get("/subjects/{id}", company.id()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(title)));

		// an administrator reads nothing of it: not the page, and not the sections
		SanxiangPrincipal admin = this.demo.principal("demo-sysadmin");
		this.mvc.perform(get("/subjects/{id}", company.id()).with(user(admin))).andExpect(status().isForbidden());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SubjectFile.View asAdmin = this.files.of(company.id(), scope);
		assertThat(section(asAdmin, SubjectFileSection.Kind.CASE)).isEmpty();
		assertThat(section(asAdmin, SubjectFileSection.Kind.CLUE)).isEmpty();
	}

	@Test
	void aCaseFiledWithAPartyIdTakesItsParticularsAndOneTypedByNameKeepsOnlyTheName() {
		this.clock.set("2026-09-21");
		PartySummary person = party(PartyKind.PERSON);
		PenaltyCase byId = this.cases.file("噪声扰民案", person.id(), "随便写的名字", List.of(), null, officer());
		assertThat(byId.partyName()).isEqualTo(person.name());
		assertThat(byId.partyKind()).isEqualTo(PartyKind.PERSON);
		PenaltyCase byName = this.cases.file("噪声扰民案", null, "李某某", List.of(), null, officer());
		assertThat(byName.partyId()).isNull();
		assertThat(byName.partyKind()).isNull();
		assertThat(byName.partyName()).isEqualTo("李某某");
		SanxiangPrincipal elsewhere = this.demo.principal("demo-hrb-officer");
		assertThatThrownBy(() -> this.cases.file("案", person.id(), null, List.of(), null, elsewhere))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void theApiRefusesFilingPastTheLimitationWithTheArticleAndOpensNoCase() throws Exception {
		this.clock.set("2026-09-21");
		Clue stale = register(null, "王某", LocalDate.parse("2024-09-20"), false);
		this.mvc
			.perform(post("/api/v1/cases/clues/{id}/filing", stale.id()).with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"过期案\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("CLUE_GATE_LIMITATION"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第三十六条")));
		assertThat(this.jdbc.sql("select count(*) from penalty_case where clue_id = :id")
			.param("id", stale.id())
			.query(Long.class)
			.single()).isZero();
		// discovered on the last day, an act of 2024-09-21 is still filed
		Clue inTime = register(null, "王某", LocalDate.parse("2024-09-21"), false);
		this.mvc
			.perform(post("/api/v1/cases/clues/{id}/filing", inTime.id()).with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"未过时效案\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.caseId").isNumber());
	}

	@Test
	void theApiRegistersAndListsByStatusAndAnotherAgencyOrAnAdministratorCannotRead() throws Exception {
		this.clock.set("2026-09-21");
		this.mvc
			.perform(post("/api/v1/cases/clues").with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"source":"ONLINE_MONITORING","partyName":"赵某","alleged":"在线监控显示COD超标",
						 "actOn":"2026-09-19","continuing":true,"harmed":false}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sourceName").value("在线监控"))
			.andExpect(jsonPath("$.statusName").value("待审查"))
			.andExpect(jsonPath("$.limitationLastDay").doesNotExist())
			.andExpect(jsonPath("$.filingDue").value("2026-10-08"));
		this.mvc.perform(get("/api/v1/cases/clues").param("status", "PENDING").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].statusName").value("待审查"));
		Clue clue = register(null, "钱某", LocalDate.parse("2026-09-01"), false);
		this.mvc.perform(get("/api/v1/cases/clues/{id}", clue.id()).with(user(this.demo.principal("demo-hrb-officer"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases/clues/{id}", clue.id()).with(user(this.demo.principal("demo-sysadmin"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/cases/clues").with(csrf())
				.with(user(officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"source\":\"COMPLAINT\",\"partyName\":\"赵某\",\"alleged\":\"x\",\"actOn\":\"2026-12-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("CLUE_ACT_ON"));
	}

	private static List<SubjectFileSection.Entry> section(SubjectFile.View file, SubjectFileSection.Kind kind) {
		return file.sections().stream().filter((s) -> s.kind() == kind).findFirst().orElseThrow().entries();
	}

}
