package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.subject.PartyKind;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * The decision events carry what a publication needs (双公示): the party's name, kind and
 * credit code, the 决定书's id and 文号, the penalty types and the fine.
 */
class DecisionFactsTests {

	private final CaseFixtures.FakeReview review = new CaseFixtures.FakeReview();

	private final CaseRules rules = CaseRules.all(WEEKDAYS, this.review);

	@Test
	void decisionIssuedCarriesTheOrganisationItsCodeTheDocumentAndThePenalty() {
		PenaltyCase kase = notified(new CaseParty(7L, "牡丹江某化工有限公司", PartyKind.ORGANISATION, "91231000MA1B2C3D4E"));
		kase.decide(on(START.plusDays(1), HEAD), CaseFixtures.decision(kase, 5_000, false, START.plusDays(1)),
				List.of(110L), null, 110L, "牡环罚〔2026〕12号", this.rules);
		CaseEvent.DecisionIssued issued = last(kase, CaseEvent.DecisionIssued.class);
		assertThat(issued.party()).isEqualTo(
				new CaseEvent.PartyFacts("牡丹江某化工有限公司", CaseEvent.PartyCategory.LEGAL_PERSON, "91231000MA1B2C3D4E"));
		assertThat(issued.decision().documentId()).isEqualTo(110L);
		assertThat(issued.decision().number()).isEqualTo("牡环罚〔2026〕12号");
		assertThat(issued.decision().penaltyTypes()).containsExactly("罚款");
		assertThat(issued.decision().fine()).isEqualByComparingTo(BigDecimal.valueOf(5_000));
	}

	@Test
	void aNaturalPersonHasNoCreditCodeAndAPartyTypedByNameTakesTheKindTheDecisionStates() {
		PenaltyCase person = notified(new CaseParty(8L, "张三丰", PartyKind.PERSON, "91231000MA1B2C3D4E"));
		person.decide(on(START.plusDays(1), HEAD), CaseFixtures.decision(person, 5_000, false, START.plusDays(1)),
				List.of(), this.rules);
		CaseEvent.DecisionIssued issued = last(person, CaseEvent.DecisionIssued.class);
		assertThat(issued.party())
			.isEqualTo(new CaseEvent.PartyFacts("张三丰", CaseEvent.PartyCategory.NATURAL_PERSON, null));
		assertThat(issued.decision().documentId()).isNull();
		// typed by name: the decision states a unit with a credit code
		PenaltyCase named = notified(CaseParty.named("牡丹江某化工有限公司"));
		named.decide(on(START.plusDays(1), HEAD), CaseFixtures.decision(named, 5_000, false, START.plusDays(1)),
				List.of(), this.rules);
		assertThat(last(named, CaseEvent.DecisionIssued.class).party()).isEqualTo(
				new CaseEvent.PartyFacts("牡丹江某化工有限公司", CaseEvent.PartyCategory.LEGAL_PERSON, "91231000MA1B2C3D4E"));
	}

	@Test
	void decisionChangedCarriesTheNewDecisionItsDocumentAndTheParty() {
		PenaltyCase kase = notified(new CaseParty(7L, "牡丹江某化工有限公司", PartyKind.ORGANISATION, "91231000MA1B2C3D4E"));
		kase.decide(on(START.plusDays(1), HEAD), CaseFixtures.decision(kase, 5_000, false, START.plusDays(1)),
				List.of(110L), null, 110L, "牡环罚〔2026〕12号", this.rules);
		kase.serve(on(START.plusDays(2), OFFICER), List.of(111L), this.rules);
		kase.applyForRemedy(on(START.plusDays(5), OFFICER), Remedy.Kind.REVIEW, 130L, this.rules);
		kase.recordRemedyOutcome(on(START.plusDays(40), OFFICER), Remedy.Outcome.CHANGED, fine(3_000), "情节较轻", 131L,
				"牡政复决字〔2026〕3号", this.rules);
		CaseEvent.DecisionChanged changed = last(kase, CaseEvent.DecisionChanged.class);
		assertThat(changed.party().creditCode()).isEqualTo("91231000MA1B2C3D4E");
		assertThat(changed.decision().documentId()).isEqualTo(131L);
		assertThat(changed.decision().number()).isEqualTo("牡政复决字〔2026〕3号");
		assertThat(changed.decision().penaltyTypes()).containsExactly("罚款");
		assertThat(changed.decision().fine()).isEqualByComparingTo(BigDecimal.valueOf(3_000));
	}

	private PenaltyCase notified(CaseParty party) {
		PenaltyCase kase = PenaltyCase.file(CaseFixtures.AGENCY, "某化工公司超标排放案", party, null, on(START, OFFICER),
				List.of(101L), "立案审批表");
		ReflectionTestUtils.setField(kase, "id", 1L);
		kase.endInvestigation(on(START, OFFICER), List.of(104L), null, this.rules);
		kase.examine(on(START, CaseFixtures.UNIT_HEAD), false, null, this.rules);
		kase.notify(on(START, OFFICER), fine(5_000), false, List.of(105L), this.rules);
		kase.recordNoticeService(on(START, OFFICER), List.of(106L), this.rules);
		kase.waiveStatement(on(START, OFFICER), List.of(), this.rules);
		return kase;
	}

	@SuppressWarnings("unchecked")
	private static <T> T last(PenaltyCase kase, Class<T> type) {
		Collection<Object> events = (Collection<Object>) ReflectionTestUtils.invokeMethod(kase, "domainEvents");
		return events.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
	}

}
