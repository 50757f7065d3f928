package org.sanxiang.document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.legalbasis.Band;
import org.sanxiang.legalbasis.DiscretionCalculator;
import org.sanxiang.legalbasis.DiscretionRequest;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 行政处罚法 第五十一条: on the spot, a warning or a fine of at most 200 元 on a citizen, 3,000 元 on
 * a legal person or other organisation. The shipped sample is lawful and within the
 * product's own benchmark; issuing refuses beyond the limit, in the API and on the page.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-api")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class OnTheSpotLimitTests {

	static final String TYPE = "ON_THE_SPOT_PENALTY_DECISION";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	DocumentTypes types;

	@Autowired
	Documents documents;

	@Autowired
	PartyRegistry parties;

	@Autowired
	DiscretionCalculator calculator;

	@Test
	void theSampleIsACitizensFineWithinTheLimitAndWithinTheBenchmarkOfItsViolationType() {
		Map<String, Object> sample = Samples.of(this.types.get(TYPE));
		Money fine = Money.of(sample.get("fineAmount").toString());
		assertThat(fine.isGreaterThan(Money.yuan(200))).isFalse();
		assertThat(sample.get("penaltyBasis").toString()).contains("《中华人民共和国水污染防治法》第九十一条第二款")
			.contains("《中华人民共和国行政处罚法》第五十一条");
		// the facts of the sample: first offence, some pollution (bait thrown into the
		// water),
		// stopped at once
		DiscretionResult benchmark = this.calculator.calculate(DiscretionRequest.of("WATER-SOURCE-PERSONAL",
				Map.of("FIRST_OFFENCE", "FIRST", "HARM", "POLLUTION", "CORRECTED", "YES"), PartyType.INDIVIDUAL,
				LocalDate.parse(sample.get("penaltyDate").toString())));
		assertThat(benchmark.band()).isEqualTo(Band.GENERAL);
		assertThat(fine.compareTo(benchmark.min())).isGreaterThanOrEqualTo(0);
		assertThat(fine.compareTo(benchmark.max())).isLessThanOrEqualTo(0);
	}

	@Test
	void aCitizenIsFinedOnTheSpotUpTo200Yuan() {
		DocumentFontsFixture.fonts();
		PartySummary person = party(PartyKind.PERSON);
		assertThat(issue(person.id(), "200")).isNotNull();
		assertThatThrownBy(() -> issue(person.id(), "201")).isInstanceOf(ContentRefused.class)
			.hasMessageContaining("第五十一条")
			.hasMessageContaining("二百元")
			.extracting((e) -> ((ContentRefused) e).code())
			.isEqualTo("ON_THE_SPOT_FINE_OVER_LIMIT");
	}

	@Test
	void anOrganisationIsFinedOnTheSpotUpTo3000Yuan() {
		DocumentFontsFixture.fonts();
		PartySummary organisation = party(PartyKind.ORGANISATION);
		assertThat(issue(organisation.id(), "3000")).isNotNull();
		assertThatThrownBy(() -> issue(organisation.id(), "3001")).isInstanceOf(ContentRefused.class)
			.hasMessageContaining("第五十一条")
			.hasMessageContaining("三千元");
	}

	@Test
	void aPartyTypedByHandIsHeldToTheCitizensLimit() {
		DocumentFontsFixture.fonts();
		assertThat(issue(null, "200")).isNotNull();
		assertThatThrownBy(() -> issue(null, "201")).isInstanceOf(ContentRefused.class)
			.hasMessageContaining("二百元")
			.hasMessageContaining("一企一档");
	}

	@Test
	void aWarningIsAlwaysAllowedButAFineWithoutItsAmountIsNot() {
		DocumentFontsFixture.fonts();
		for (PartySummary party : new PartySummary[] { party(PartyKind.PERSON), party(PartyKind.ORGANISATION) }) {
			Map<String, Object> warning = values(null);
			warning.put("penaltyContent", "警告。");
			assertThat(issue(party.id(), warning)).isNotNull();
		}
		assertThatThrownBy(() -> issue(null, values(null))).isInstanceOf(ContentRefused.class)
			.extracting((e) -> ((ContentRefused) e).code())
			.isEqualTo("ON_THE_SPOT_FINE_AMOUNT_REQUIRED");
	}

	@Test
	void theApiRefusesWith422AndThePageShowsTheLimitOnTheFineAmount() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Set<Long> scope = officer.dataScope().agencyIds();
		Document draft = this.documents.draft(TYPE, values("201"), party(PartyKind.PERSON).id(), null, officer, scope);
		this.mvc
			.perform(post("/api/v1/documents/{id}/issue", draft.id()).with(csrf())
				.with(user(officer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + draft.version() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("ON_THE_SPOT_FINE_OVER_LIMIT"))
			.andExpect(jsonPath("$.fields[0].field").value("fineAmount"));
		this.mvc
			.perform(post("/documents/{id}/issue", draft.id()).with(csrf())
				.with(user(officer))
				.param("version", String.valueOf(draft.version()))
				.param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("当场对公民处以罚款不得超过二百元")));
	}

	private Document issue(Long partyId, String fine) {
		return issue(partyId, values(fine));
	}

	private Document issue(Long partyId, Map<String, Object> values) {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Set<Long> scope = officer.dataScope().agencyIds();
		Document draft = this.documents.draft(TYPE, values, partyId, null, officer, scope);
		return this.documents.issue(draft.id(), draft.version(), officer, scope);
	}

	private Map<String, Object> values(String fine) {
		Map<String, Object> values = new HashMap<>(Samples.of(this.types.get(TYPE)));
		values.put("fineAmount", fine);
		return values;
	}

	private PartySummary party(PartyKind kind) {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		return this.parties.search(officer.dataScope().agencyIds(), null, null, 0)
			.items()
			.stream()
			.filter((p) -> p.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

}
