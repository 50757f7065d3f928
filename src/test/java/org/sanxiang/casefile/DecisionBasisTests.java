package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.review.ProposedDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.UNIT_HEAD;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;
import static org.sanxiang.casefile.CaseFixtures.fine;
import static org.sanxiang.casefile.CaseFixtures.on;

/**
 * 从旧兼从轻 and the discretion recorded with the decision: which version of each provision
 * was applied and why, the band with its range and explanation, on the case and in
 * {@code DecisionIssued}.
 */
class DecisionBasisTests {

	private static final LocalDate ACT = LocalDate.of(2025, 6, 1);

	private static final LocalDate OLD = LocalDate.of(2018, 1, 1);

	private static final LocalDate NEW = LocalDate.of(2026, 1, 1);

	private final CaseRules rules = CaseRules.all(WEEKDAYS, new CaseFixtures.FakeReview());

	private final LocalDate after = LocalDate.of(2026, 3, 10);

	@Test
	void theVersionInForceWhenTheActWasDoneIsAppliedAndSaidSo() {
		ProposedDecision decision = CaseFixtures.decision(served(), 50_000, false, this.after);
		// the provision unchanged since 2018
		DecisionBasis same = DecisionBasis.of(decision, ACT, (provision, date) -> OLD);
		assertThat(same.lawApplied()).contains("《中华人民共和国水污染防治法》第八十三条第二项", "2018-01-01", "同一版本");
		// amended on 2026-01-01, the old version cited: 从旧
		DecisionBasis old = DecisionBasis.of(decision, ACT, (provision, date) -> date.isBefore(NEW) ? OLD : NEW);
		assertThat(old.lawApplied()).contains("从旧", "2026-01-01施行", "2025-06-01");
	}

	@Test
	void aNewerLighterVersionIsAppliedAsTheLighterOne() {
		PenaltyCase kase = served();
		ProposedDecision cited = CaseFixtures.decision(kase, 50_000, false, this.after);
		ProposedDecision newer = new ProposedDecision(cited.subjectKind(), cited.subjectId(), cited.agencyId(),
				cited.title(), cited.decisionDate(), cited.party(), cited.facts(), cited.evidence(),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第十条", NEW)),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第八十三条第二项", NEW)),
				new ProposedDecision.Discretion("一般", "首次违法，及时改正", true, Money.yuan(10_000), Money.yuan(100_000)),
				cited.actions(), cited.fine(), cited.confiscated(), false, cited.flags(), cited.procedure(),
				cited.materials());
		DecisionBasis basis = DecisionBasis.of(newer, ACT, (provision, date) -> date.isBefore(NEW) ? OLD : NEW);
		assertThat(basis.lawApplied()).contains("从轻", "作出决定时有效的2026-01-01施行的新版本", "2018-01-01");
		assertThat(basis.discretion()).isEqualTo("裁量阶次：一般；裁量幅度：10000 至 100000 元；减轻处罚；裁量说明：首次违法，及时改正");
		// a version in force neither then nor now is said so
		DecisionBasis neither = DecisionBasis.of(newer, ACT, (provision, date) -> OLD);
		assertThat(neither.lawApplied()).contains("既非违法行为发生时");
		// the legal texts cannot tell
		assertThat(DecisionBasis.stated(newer).lawApplied()).contains("无法核对");
	}

	@Test
	void theDecisionKeepsItsBasisAndCarriesItInDecisionIssued() {
		PenaltyCase kase = served();
		ProposedDecision decision = CaseFixtures.decision(kase, 50_000, false, this.after);
		DecisionBasis basis = DecisionBasis.of(decision, ACT, (provision, date) -> OLD);
		kase.decide(on(this.after, HEAD), decision, List.of(), basis, this.rules);
		assertThat(kase.decidedLaw()).isEqualTo(basis.lawApplied());
		assertThat(kase.decidedDiscretion()).isEqualTo("裁量阶次：较重；裁量说明：超标1.5倍，属较重情节");
		java.util.Collection<Object> events = org.springframework.test.util.ReflectionTestUtils.invokeMethod(kase,
				"domainEvents");
		assertThat(events).filteredOn(CaseEvent.DecisionIssued.class::isInstance).singleElement().satisfies((event) -> {
			CaseEvent.DecisionIssued issued = (CaseEvent.DecisionIssued) event;
			assertThat(issued.lawApplied()).isEqualTo(basis.lawApplied());
			assertThat(issued.discretion()).contains("较重");
		});
	}

	private PenaltyCase served() {
		PenaltyCase kase = CaseFixtures.filed(1, START);
		kase.endInvestigation(on(START, OFFICER), List.of(), null, this.rules);
		kase.examine(on(START, UNIT_HEAD), false, null, this.rules);
		kase.notify(on(START, OFFICER), fine(50_000), false, List.of(), this.rules);
		kase.recordNoticeService(on(START, OFFICER), List.of(), this.rules);
		return kase;
	}

}
