package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyLevel;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.ProposedDecision.Discretion;
import org.sanxiang.review.ProposedDecision.EvidenceRef;
import org.sanxiang.review.ProposedDecision.Material;
import org.sanxiang.review.ProposedDecision.Party;
import org.sanxiang.review.ProposedDecision.Provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewClassifierTests {

	static final String HASH = "a".repeat(64);

	static ReviewCatalogue catalogue(boolean inclusive, long unit, long individual) {
		CatalogueEntry amounts = new CatalogueEntry("1", "拟处以较大数额罚款或者没收的",
				Set.of(DecisionAction.FINE, DecisionAction.CONFISCATE_GAINS),
				Map.of(PartyType.UNIT, new AmountThreshold(Money.yuan(unit), inclusive), PartyType.INDIVIDUAL,
						new AmountThreshold(Money.yuan(individual), inclusive)),
				false, Set.of(), Set.of(), Set.of(), false);
		CatalogueEntry permit = new CatalogueEntry("2", "拟吊销许可证件、责令停产停业或者关闭的",
				Set.of(DecisionAction.REVOKE_PERMIT, DecisionAction.SUSPEND_OR_CLOSE), Map.of(), false, Set.of(),
				Set.of(), Set.of(), false);
		return new ReviewCatalogue(1, 1, LocalDate.of(2026, 1, 1), null, List.of(amounts, permit));
	}

	static ProposedDecision fine(PartyType party, String amount) {
		return decision(party, Set.of(DecisionAction.FINE), Money.of(amount), false, Set.of());
	}

	static ProposedDecision decision(PartyType party, Set<DecisionAction> actions, Money fine, boolean hearing,
			Set<ReviewFlag> flags) {
		return new ProposedDecision("CASE", "42", 1, "关于某公司超标排放案的行政处罚决定", LocalDate.of(2026, 12, 1),
				new Party(party, party == PartyType.UNIT ? "牡丹江某化工有限公司" : "张三", "91231000MA1B2C3D4E",
						"黑龙江省牡丹江市阳明区某工业园区88号"),
				"2026年10月9日现场检查发现废水总排口化学需氧量超标1.5倍。", List.of(new EvidenceRef("证据-1", "书证", "监测报告", HASH)),
				List.of(new Provision("《中华人民共和国水污染防治法》第十条", LocalDate.of(2018, 1, 1))),
				List.of(new Provision("《中华人民共和国水污染防治法》第八十三条第二项", LocalDate.of(2018, 1, 1))),
				new Discretion("一般", "超标1.5倍，属一般情节", false), actions, fine, Money.ZERO, hearing, flags, List.of(),
				List.of(new Material(MaterialKind.DRAFT_DECISION, null, HASH)));
	}

	@ParameterizedTest(name = "单位 {0} 元, 含本数 {1} → 须审核 {2}")
	@CsvSource({ "199999, true, false", "200000, true, true", "200001, true, true", "199999, false, false",
			"200000, false, false", "200001, false, true", "199999.99, true, false", "200000.01, false, true" })
	void anOrganisationsFineIsClassifiedAtTheConfiguredThreshold(String amount, boolean inclusive, boolean expected) {
		Classification classification = ReviewClassifier.classify(fine(PartyType.UNIT, amount),
				catalogue(inclusive, 200_000, 20_000), AgencyLevel.CITY);
		assertThat(classification.reviewRequired()).isEqualTo(expected);
		if (expected) {
			assertThat(classification.reviewGrounds()).singleElement().satisfies((ground) -> {
				assertThat(ground.source()).isEqualTo("法制审核目录清单（第1版，2026-01-01施行）第1项");
				assertThat(ground.facts()).contains(inclusive ? "200,000.00 元以上（含本数）" : "超过 200,000.00 元（不含本数）");
			});
		}
	}

	@ParameterizedTest(name = "个人 {0} 元, 含本数 {1} → 须审核 {2}")
	@CsvSource({ "19999, true, false", "20000, true, true", "20001, true, true", "20000, false, false",
			"20001, false, true", "199999, false, true" })
	void aPersonsFineIsClassifiedAtThePersonsThreshold(String amount, boolean inclusive, boolean expected) {
		assertThat(ReviewClassifier
			.classify(fine(PartyType.INDIVIDUAL, amount), catalogue(inclusive, 200_000, 20_000), AgencyLevel.CITY)
			.reviewRequired()).isEqualTo(expected);
	}

	@Test
	void aDecisionAfterAHearingIsMajorWhateverItsAmount() {
		ProposedDecision warning = decision(PartyType.UNIT, Set.of(DecisionAction.WARNING), Money.ZERO, true, Set.of());
		Classification classification = ReviewClassifier.classify(warning, catalogue(true, 200_000, 20_000),
				AgencyLevel.CITY);
		assertThat(classification.reviewRequired()).isTrue();
		assertThat(classification.reviewGrounds()).singleElement()
			.satisfies((ground) -> assertThat(ground.source()).isEqualTo("《中华人民共和国行政处罚法》第五十八条第一款第二项"));
		assertThat(classification.requiredMaterials()).contains(MaterialKind.HEARING_RECORD,
				MaterialKind.HEARING_REPORT);
		ProposedDecision noHearing = decision(PartyType.UNIT, Set.of(DecisionAction.WARNING), Money.ZERO, false,
				Set.of());
		assertThat(ReviewClassifier.classify(noHearing, catalogue(true, 200_000, 20_000), AgencyLevel.CITY)
			.reviewRequired()).isFalse();
	}

	@Test
	void theLawsOwnCasesApplyWhateverTheCatalogueSays() {
		ProposedDecision complex = decision(PartyType.UNIT, Set.of(DecisionAction.WARNING), Money.ZERO, false,
				Set.of(ReviewFlag.COMPLEX, ReviewFlag.PUBLIC_INTEREST));
		Classification classification = ReviewClassifier.classify(complex, catalogue(true, 200_000, 20_000),
				AgencyLevel.CITY);
		assertThat(classification.reviewGrounds()).extracting(Classification.Ground::source)
			.containsExactly("《中华人民共和国行政处罚法》第五十八条第一款第一项", "《中华人民共和国行政处罚法》第五十八条第一款第三项");
		assertThat(classification.collectiveDiscussionRequired()).isTrue();
	}

	@Test
	void halfAMillionOrMoreGoesToCollectiveDiscussion() {
		assertThat(ReviewClassifier
			.classify(fine(PartyType.UNIT, "499999.99"), catalogue(true, 200_000, 20_000), AgencyLevel.CITY)
			.collectiveDiscussionRequired()).isFalse();
		Classification half = ReviewClassifier.classify(fine(PartyType.UNIT, "500000"),
				catalogue(true, 200_000, 20_000), AgencyLevel.CITY);
		assertThat(half.collectiveDiscussionRequired()).isTrue();
		assertThat(half.discussionGrounds()).singleElement()
			.satisfies((ground) -> assertThat(ground.source()).isEqualTo("《生态环境行政处罚办法》第五十二条"));
	}

	@Test
	void anEntryCoversOnlyTheLevelsItNames() {
		CatalogueEntry branch = new CatalogueEntry("1", "分局拟处十万元以上罚款的", Set.of(DecisionAction.FINE),
				Map.of(PartyType.UNIT, new AmountThreshold(Money.yuan(100_000), true)), false, Set.of(),
				Set.of(AgencyLevel.DISTRICT), Set.of(), false);
		ReviewCatalogue tiered = new ReviewCatalogue(1, 3, LocalDate.of(2026, 1, 1), null, List.of(branch));
		assertThat(ReviewClassifier.classify(fine(PartyType.UNIT, "150000"), tiered, AgencyLevel.DISTRICT)
			.reviewRequired()).isTrue();
		assertThat(ReviewClassifier.classify(fine(PartyType.UNIT, "150000"), tiered, AgencyLevel.CITY).reviewRequired())
			.isFalse();
	}

	@Test
	void actionsAloneCanMakeADecisionMajor() {
		ProposedDecision revoke = decision(PartyType.UNIT, Set.of(DecisionAction.REVOKE_PERMIT), Money.ZERO, false,
				Set.of());
		Classification classification = ReviewClassifier.classify(revoke, catalogue(true, 200_000, 20_000),
				AgencyLevel.CITY);
		assertThat(classification.reviewGrounds()).singleElement()
			.satisfies((ground) -> assertThat(ground.facts()).isEqualTo("拟吊销许可证件"));
	}

	@Test
	void aRequestLacksWhatItsClassificationRequires() {
		ProposedDecision hearing = decision(PartyType.UNIT, Set.of(DecisionAction.FINE), Money.yuan(300_000), true,
				Set.of(ReviewFlag.SOCIAL_IMPACT));
		Classification classification = ReviewClassifier.classify(hearing, catalogue(true, 200_000, 20_000),
				AgencyLevel.CITY);
		assertThat(ReviewClassifier.missing(hearing, classification)).containsExactly("案件调查报告", "行政处罚事先（听证）告知书",
				"告知书送达回证", "听证笔录", "听证报告", "风险评估报告");
	}

	@Test
	void anEntryWithoutCriteriaOrADuplicateNumberIsRefused() {
		assertThatThrownBy(
				() -> new CatalogueEntry("1", "空的", Set.of(), Map.of(), false, Set.of(), Set.of(), Set.of(), false))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("未设定任何适用条件");
		CatalogueEntry one = catalogue(true, 1, 1).entries().get(0);
		assertThatThrownBy(() -> new ReviewCatalogue(1, 1, LocalDate.of(2026, 1, 1), null, List.of(one, one)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("序号重复");
	}

}
