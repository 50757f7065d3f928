package org.sanxiang.publicity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 双公示 fields (信用中国, 行政处罚) of a publication, from the decision event: on the decision
 * page, in the API JSON and the 双公示 CSV, found by party, credit code and 文号; a natural
 * person's name masked in every public output and never found by the full name; the old
 * due list leaves a decision's 决定书 to the publication.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class CreditPublicityTests {

	private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000_000L + 500_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	DuePublications due;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal publisher;

	@BeforeEach
	void setUp() {
		this.clock.set("2026-09-29");
		this.publisher = this.demo.principal("demo-publisher");
	}

	private Publication published(long caseId, String title, CaseEvent.PartyFacts party,
			CaseEvent.DecisionFacts facts) {
		this.publications.issued(
				new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), title, LocalDate.parse("2026-09-29"),
						"罚款 50000 元", "0".repeat(64), "《中华人民共和国水污染防治法》第八十三条", "一般", party, facts));
		Publication p = this.publications.ofCase(caseId).get(0);
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	private static String code(long n) {
		return "91231000" + String.format("%010d", n % 10_000_000_000L);
	}

	@Test
	void anOrganisationsDecisionCarriesTheCreditFieldsInThePageTheJsonAndTheCsvAndIsFoundByThem() throws Exception {
		long caseId = CASES.incrementAndGet();
		String code = code(caseId);
		String number = "牡环罚〔2026〕" + caseId + "号";
		Publication p = published(caseId, "某化工有限公司超标排放案" + caseId,
				new CaseEvent.PartyFacts("牡丹江某化工有限公司" + caseId, CaseEvent.PartyCategory.LEGAL_PERSON, code),
				new CaseEvent.DecisionFacts(caseId, number, List.of("警告", "罚款"), new BigDecimal("50000.00")));

		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.credit.partyName").value("牡丹江某化工有限公司" + caseId))
			.andExpect(jsonPath("$.credit.partyKind").value("LEGAL_PERSON"))
			.andExpect(jsonPath("$.credit.partyKindName").value("法人及非法人组织"))
			.andExpect(jsonPath("$.credit.creditCode").value(code))
			.andExpect(jsonPath("$.credit.number").value(number))
			.andExpect(jsonPath("$.credit.penaltyTypes[1]").value("罚款"))
			.andExpect(jsonPath("$.credit.fine").value(50000.00))
			.andExpect(jsonPath("$.credit.decidedOn").value("2026-09-29"))
			.andExpect(jsonPath("$.credit.agency").isNotEmpty())
			.andExpect(jsonPath("$.credit.basis").value(containsString("第八十三条")));
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"decision-credit\"")))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString(number)));

		// the filters: by credit code, by 文号 as typed with ASCII brackets, by party
		this.mvc.perform(get("/api/v1/public/decisions").param("creditCode", code.toLowerCase()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(p.publicId()));
		this.mvc.perform(get("/api/v1/public/decisions").param("number", "牡环罚[2026] " + caseId + "号"))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/public/decisions").param("party", "化工有限公司" + caseId))
			.andExpect(jsonPath("$.total").value(1));
		// a code no decision of any test carries (the tests' codes follow their case ids)
		this.mvc.perform(get("/api/v1/public/decisions").param("creditCode", code(caseId + 5_000_000_000L)))
			.andExpect(jsonPath("$.total").value(0));
		String page = this.mvc.perform(post("/portal/decisions").with(csrf()).param("number", number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/portal/decisions/" + p.publicId()).contains("共 1 条");

		String csv = this.mvc.perform(get("/api/v1/public/decisions/credit.csv").param("creditCode", code))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + OpenData.CREDIT_COLUMNS + "\r\n")
			.contains("\"牡丹江某化工有限公司" + caseId + "\"", "\"法人及非法人组织\"", "\"" + code + "\"", "\"" + number + "\"",
					"\"警告；罚款\"", "\"50000.00\"");

		// bad filters: 400 in Chinese (API), the form re-shown (page)
		for (String[] bad : new String[][] { { "creditCode", "123" }, { "party", "长".repeat(51) },
				{ "number", "号".repeat(101) } }) {
			this.mvc.perform(get("/api/v1/public/decisions").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(matchesPattern(".*[\\u4e00-\\u9fa5].*")));
		}
		this.mvc.perform(post("/portal/decisions").with(csrf()).param("creditCode", "9123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("统一社会信用代码应为 18 位")));
	}

	@Test
	void aNaturalPersonsNameIsMaskedEverywhereHasNoCodeAndIsNotFoundByTheFullName() throws Exception {
		long caseId = CASES.incrementAndGet();
		String number = "牡环罚〔2026〕" + caseId + "号";
		Publication p = published(caseId, "个人露天焚烧案" + caseId,
				new CaseEvent.PartyFacts("欧阳修远", CaseEvent.PartyCategory.NATURAL_PERSON, code(caseId)),
				new CaseEvent.DecisionFacts(caseId, number, List.of("罚款"), new BigDecimal("2000")));
		this.mvc.perform(get("/api/v1/public/decisions/{id}", p.publicId()))
			.andExpect(jsonPath("$.credit.partyName").value("欧阳某某"))
			.andExpect(jsonPath("$.credit.partyKindName").value("自然人"))
			.andExpect(jsonPath("$.credit.creditCode").doesNotExist())
			.andExpect(content().string(not(containsString("修远"))));
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId()))
			.andExpect(content().string(containsString("欧阳某某")))
			.andExpect(content().string(not(containsString("修远"))));
		this.mvc.perform(get("/api/v1/public/decisions/credit.csv").param("number", number))
			.andExpect(content().string(containsString("欧阳某某")))
			.andExpect(content().string(not(containsString("修远"))));
		this.mvc.perform(get("/api/v1/public/decisions").param("party", "欧阳修远"))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/public/decisions").param("party", "欧阳某某").param("number", number))
			.andExpect(jsonPath("$.total").value(1));
		// a party of unknown kind whose name is no organisation's is masked too
		assertThat(CreditRecords.publicName("李四", CaseEvent.PartyCategory.OTHER)).isEqualTo("李某某");
		assertThat(CreditRecords.publicName("某某加油站", CaseEvent.PartyCategory.OTHER)).isEqualTo("某某加油站");
	}

	@Test
	void theOldDueListLeavesADecisionsDocumentToItsPublication() {
		long caseId = CASES.incrementAndGet();
		long documentId = 900_000_000L + caseId % 100_000_000L;
		long other = documentId + 1;
		for (long id : new long[] { documentId, other }) {
			this.jdbc.sql("""
					insert into publicity_due (document_id, agency_id, party_id, type_code, type_name, doc_number,
					  decided_on, due_on, working_days, basis, status, recorded_at)
					values (:document, :agency, null, 'PENALTY_DECISION', '行政处罚决定书', :number, :decided, :due, 7, '依据',
					  'DUE', :at)""")
				.param("document", id)
				.param("agency", this.publisher.agencyId())
				.param("number", "牡环罚〔2026〕" + id + "号")
				.param("decided", Date.valueOf("2026-09-29"))
				.param("due", Date.valueOf("2026-10-14"))
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
		}
		List<Long> before = this.due.due(this.publisher.dataScope().agencyIds(), 200)
			.stream()
			.map(DuePublications.DuePublication::documentId)
			.toList();
		assertThat(before).contains(documentId, other);
		this.publications.issued(new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), "某公司案" + caseId,
				LocalDate.parse("2026-09-29"), "罚款 50000 元", "0".repeat(64), null, null,
				new CaseEvent.PartyFacts("某公司", CaseEvent.PartyCategory.LEGAL_PERSON, null),
				new CaseEvent.DecisionFacts(documentId, "牡环罚〔2026〕" + documentId + "号", List.of("罚款"), null)));
		List<Long> after = this.due.due(this.publisher.dataScope().agencyIds(), 200)
			.stream()
			.map(DuePublications.DuePublication::documentId)
			.toList();
		assertThat(after).doesNotContain(documentId).contains(other);
	}

}
