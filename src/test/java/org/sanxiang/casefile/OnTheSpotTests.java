package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.calendar.DeadlineStatus;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.core.TodoItem;
import org.sanxiang.document.Document;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.document.OnTheSpotDocumentsFixture;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 简易程序: the limits of 第五十一条 per party kind (taken from the document module), two officers
 * with valid certificates who showed them, the issued numbered decision handed over, and
 * 备案 within three working days on the official calendar — late, a to-do for the unit
 * head.
 */
@SpringBootTest(properties = "sanxiang.test.context=casefile-clues")
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, ClueClock.class })
class OnTheSpotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	OnTheSpotDecisions decisions;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	PartyRegistry parties;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	DemoAccounts demo;

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

	List<Long> twoOfficers() {
		return CaseFixtures.twoQualifiedOfficers(this.officers, officer().agencyId(), LocalDate.parse("2026-09-30"))
			.stream()
			.map(Officer::id)
			.toList();
	}

	OnTheSpotDecisions.Decision decision(Long partyId, String name, String fine, List<Long> officerIds, boolean shown,
			Long documentId, boolean handedOver) {
		return new OnTheSpotDecisions.Decision(partyId, name, "在饮用水水源一级保护区内游泳",
				(fine == null) ? null : new BigDecimal(fine), officerIds, shown, documentId, handedOver, null, null);
	}

	private String refusal(OnTheSpotDecisions.Decision form) {
		try {
			this.decisions.decide(form, officer());
		}
		catch (RuleViolation ex) {
			return ex.code() + " " + ex.getMessage();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void theFineIsWithinTheLimitOfThePartysKind() {
		this.clock.set("2026-09-30");
		PartySummary person = party(PartyKind.PERSON);
		PartySummary company = party(PartyKind.ORGANISATION);
		Document forPerson = OnTheSpotDocumentsFixture.issued(this.documents, this.types, person.id(), "200",
				officer());
		Document forCompany = OnTheSpotDocumentsFixture.issued(this.documents, this.types, company.id(), "3000",
				officer());
		assertThat(this.decisions
			.decide(decision(person.id(), null, "200", twoOfficers(), true, forPerson.id(), true), officer())
			.penalty()).isEqualTo("罚款200元");
		assertThat(refusal(decision(person.id(), null, "200.01", twoOfficers(), true, forPerson.id(), true)))
			.startsWith("ON_THE_SPOT_FINE_OVER_LIMIT")
			.contains("第五十一条")
			.contains("二百元");
		assertThat(this.decisions
			.decide(decision(company.id(), null, "3000", twoOfficers(), true, forCompany.id(), true), officer())
			.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(refusal(decision(company.id(), null, "3001", twoOfficers(), true, forCompany.id(), true)))
			.startsWith("ON_THE_SPOT_FINE_OVER_LIMIT")
			.contains("三千元");
		// a party typed by hand is held to the citizen's limit
		assertThat(refusal(decision(null, "某单位", "201", twoOfficers(), true, forPerson.id(), true))).contains("二百元")
			.contains("一企一档");
		// a warning is always allowed
		assertThat(
				this.decisions.decide(decision(null, "孙某", null, twoOfficers(), true, forPerson.id(), true), officer())
					.penalty())
			.isEqualTo("警告");
	}

	@Test
	void twoQualifiedOfficersShowTheirCertificatesAndHandOverTheIssuedNumberedDecision() {
		this.clock.set("2026-09-30");
		PartySummary person = party(PartyKind.PERSON);
		Document issued = OnTheSpotDocumentsFixture.issued(this.documents, this.types, person.id(), "100", officer());
		Document draft = OnTheSpotDocumentsFixture.draft(this.documents, this.types, person.id(), "100", officer());
		assertThat(refusal(decision(person.id(), null, "100", twoOfficers().subList(0, 1), true, issued.id(), true)))
			.startsWith("ON_THE_SPOT_OFFICERS")
			.contains("第四十二条");
		assertThat(refusal(decision(person.id(), null, "100", twoOfficers(), false, issued.id(), true)))
			.startsWith("ON_THE_SPOT_CERTIFICATE")
			.contains("第五十二条");
		assertThat(refusal(decision(person.id(), null, "100", twoOfficers(), true, draft.id(), true)))
			.startsWith("ON_THE_SPOT_DOCUMENT");
		assertThat(refusal(decision(person.id(), null, "100", twoOfficers(), true, null, true)))
			.startsWith("ON_THE_SPOT_DOCUMENT");
		assertThat(refusal(decision(person.id(), null, "100", twoOfficers(), true, issued.id(), false)))
			.startsWith("ON_THE_SPOT_HANDED_OVER");
	}

	@Test
	void filingWithTheAgencyIsDueInThreeWorkingDaysAndLateItIsTheUnitHeadsToDo() {
		this.clock.set("2026-09-30");
		PartySummary person = party(PartyKind.PERSON);
		Document issued = OnTheSpotDocumentsFixture.issued(this.documents, this.types, person.id(), "50", officer());
		OnTheSpotDecision made = this.decisions
			.decide(decision(person.id(), null, "50", twoOfficers(), true, issued.id(), true), officer());
		// Wednesday 30 September: 8 and 9 October, then Saturday 10 October, a working
		// day
		assertThat(this.decisions.recordDeadline(made).due()).isEqualTo(LocalDate.parse("2026-10-10"));
		SanxiangPrincipal unitHead = this.demo.principal("demo-unithead");
		this.clock.set("2026-10-12");
		assertThat(this.decisions.recordDeadline(made).status()).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(todos(unitHead)).anySatisfy((item) -> {
			assertThat(item.link()).isEqualTo("/cases/on-the-spot/" + made.id());
			assertThat(item.urgency()).isEqualTo(TodoItem.Urgency.OVERDUE);
			assertThat(item.title()).contains("逾期未备案");
		});
		assertThat(todos(officer()))
			.noneSatisfy((item) -> assertThat(item.link()).isEqualTo("/cases/on-the-spot/" + made.id()));
		OnTheSpotDecision recorded = this.decisions.record(made.id(), null, officer());
		assertThat(recorded.recordedOn()).isEqualTo(LocalDate.parse("2026-10-12"));
		assertThat(this.decisions.recordDeadline(recorded).status()).isEqualTo(DeadlineStatus.MET_LATE);
		assertThat(todos(unitHead))
			.noneSatisfy((item) -> assertThat(item.link()).isEqualTo("/cases/on-the-spot/" + made.id()));
	}

	@Test
	void theFormRefusesInPlaceInChineseAndTheRecordIsConfirmedFirst() throws Exception {
		this.clock.set("2026-09-30");
		PartySummary person = party(PartyKind.PERSON);
		Document issued = OnTheSpotDocumentsFixture.issued(this.documents, this.types, person.id(), "80", officer());
		String officerIds = twoOfficers().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
		this.mvc.perform(get("/cases/on-the-spot/new").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当场处罚（简易程序）")));
		this.mvc
			.perform(post("/cases/on-the-spot").with(csrf())
				.with(user(officer()))
				.param("partyId", String.valueOf(person.id()))
				.param("facts", "在饮用水水源保护区内游泳")
				.param("penalty", "FINE")
				.param("fine", "300")
				.param("officerIds", officerIds)
				.param("certificateShown", "true")
				.param("documentId", String.valueOf(issued.id()))
				.param("handedOver", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"ON_THE_SPOT_FINE_OVER_LIMIT\"")))
			.andExpect(content().string(containsString("不得超过二百元")));
		this.mvc
			.perform(post("/cases/on-the-spot").with(csrf())
				.with(user(officer()))
				.param("partyId", "abc")
				.param("facts", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一企一档当事人编号须为正整数")));
		String location = this.mvc
			.perform(post("/cases/on-the-spot").with(csrf())
				.with(user(officer()))
				.param("partyId", String.valueOf(person.id()))
				.param("facts", "在饮用水水源保护区内游泳")
				.param("penalty", "FINE")
				.param("fine", "80")
				.param("officerIds", officerIds)
				.param("certificateShown", "true")
				.param("documentId", String.valueOf(issued.id()))
				.param("handedOver", "true"))
			.andExpect(redirectedUrlPattern("/cases/on-the-spot/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("罚款80元")))
			.andExpect(content().string(containsString("2026-10-10")));
		this.mvc.perform(post(location + "/record").with(csrf()).with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认备案")));
		this.mvc.perform(post(location + "/record").with(csrf()).with(user(officer())).param("confirmed", "true"))
			.andExpect(redirectedUrlPattern("/cases/on-the-spot/*"));
		this.mvc.perform(get(location).with(user(officer())))
			.andExpect(content().string(containsString("已于 2026-09-30 备案")));
		this.mvc.perform(get(location).with(user(this.demo.principal("demo-auditor"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiDecidesReadsAndRecordsAndRefusesWithProblemDetails() throws Exception {
		this.clock.set("2026-09-30");
		PartySummary person = party(PartyKind.PERSON);
		Document issued = OnTheSpotDocumentsFixture.issued(this.documents, this.types, person.id(), "20", officer());
		String officerIds = twoOfficers().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
		String body = "{\"partyId\":" + person.id() + ",\"facts\":\"游泳\",\"fine\":%s,\"officerIds\":[" + officerIds
				+ "],\"certificateShown\":true,\"documentId\":" + issued.id() + ",\"handedOver\":true}";
		String location = this.mvc
			.perform(post("/api/v1/cases/on-the-spot").with(csrf())
				.with(user(officer()))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(body.formatted("20")))
			.andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.penalty")
				.value("罚款20元"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.recordDue")
				.value("2026-10-10"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post(location + "/record").with(csrf())
				.with(user(officer()))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.recordedOn")
				.value("2026-09-30"));
		this.mvc
			.perform(post(location + "/record").with(csrf())
				.with(user(officer()))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
				.value("ON_THE_SPOT_ALREADY_RECORDED"));
		this.mvc
			.perform(post("/api/v1/cases/on-the-spot").with(csrf())
				.with(user(officer()))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(body.formatted("201")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
				.value("ON_THE_SPOT_FINE_OVER_LIMIT"));
	}

	private List<TodoItem> todos(SanxiangPrincipal who) {
		return this.decisions.todosFor(who,
				who.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
				Set.copyOf(who.dataScope().agencyIds()));
	}

}
