package org.sanxiang.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.legalbasis.PartyType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposedDecisionTests {

	@Test
	void theSameContentHasTheSameDigestWhateverTheOrderOfItsSets() {
		Set<DecisionAction> oneOrder = new LinkedHashSet<>(List.of(DecisionAction.FINE, DecisionAction.WARNING));
		Set<DecisionAction> otherOrder = new LinkedHashSet<>(List.of(DecisionAction.WARNING, DecisionAction.FINE));
		ProposedDecision a = ReviewClassifierTests.decision(PartyType.UNIT, oneOrder, Money.yuan(1000), false,
				Set.of(ReviewFlag.COMPLEX, ReviewFlag.PUBLIC_INTEREST));
		ProposedDecision b = ReviewClassifierTests.decision(PartyType.UNIT, otherOrder, Money.of("1000.00"), false,
				Set.of(ReviewFlag.PUBLIC_INTEREST, ReviewFlag.COMPLEX));
		assertThat(a.digest()).isEqualTo(b.digest()).matches("[0-9a-f]{64}");
		assertThat(a.changesSince(b)).isEmpty();
	}

	@Test
	void changingTheAmountChangesTheDigestAndShowsInTheDiff() {
		ProposedDecision before = ReviewClassifierTests.fine(PartyType.UNIT, "200000");
		ProposedDecision after = ReviewClassifierTests.fine(PartyType.UNIT, "180000");
		assertThat(after.digest()).isNotEqualTo(before.digest());
		assertThat(after.changesSince(before)).singleElement().satisfies((change) -> {
			assertThat(change.label()).isEqualTo("罚款");
			assertThat(change.before()).isEqualTo("200000.00");
			assertThat(change.after()).isEqualTo("180000.00");
		});
	}

	@Test
	void theDiscretionRangeIsWrittenOnlyWhenStatedSoThatEarlierSnapshotsKeepTheirDigest() {
		ProposedDecision plain = ReviewClassifierTests.fine(PartyType.UNIT, "80000");
		assertThat(plain.canonicalText()).doesNotContain("裁量幅度");
		// a snapshot stored before the range existed (no such fields) reads back to the
		// same digest
		String stored = ReviewRound.JSON.writeValueAsString(plain)
			.replace(",\"minimum\":null", "")
			.replace(",\"maximum\":null", "");
		assertThat(stored).doesNotContain("minimum");
		assertThat(ReviewRound.JSON.readValue(stored, ProposedDecision.class).digest()).isEqualTo(plain.digest());
		ProposedDecision ranged = new ProposedDecision(plain.subjectKind(), plain.subjectId(), plain.agencyId(),
				plain.title(), plain.decisionDate(), plain.party(), plain.facts(), plain.evidence(), plain.violated(),
				plain.penaltyBasis(),
				new ProposedDecision.Discretion(plain.discretion().band(), plain.discretion().explanation(), false,
						Money.yuan(50_000), Money.yuan(100_000)),
				plain.actions(), plain.fine(), plain.confiscated(), plain.hearingHeld(), plain.flags(),
				plain.procedure(), plain.materials());
		assertThat(ranged.canonicalText()).contains("裁量幅度: 50000.00 - 100000.00\n");
		assertThat(ranged.digest()).isNotEqualTo(plain.digest());
		assertThatThrownBy(() -> new ProposedDecision.Discretion("较重", "说明", false, Money.yuan(100_000), null))
			.hasMessageContaining("同时填写下限和上限");
	}

	@Test
	void aNewlineInAFactCannotForgeAnotherLine() {
		ProposedDecision plain = ReviewClassifierTests.fine(PartyType.UNIT, "1000");
		String forged = plain.canonicalText().replace("违法事实: ", "违法事实: x\n罚款: 1.00\n");
		assertThat(plain.canonicalText().lines()).noneMatch((line) -> line.startsWith("x"));
		assertThat(forged).isNotEqualTo(plain.canonicalText());
		ProposedDecision multiline = new ProposedDecision(plain.subjectKind(), plain.subjectId(), plain.agencyId(),
				plain.title(), plain.decisionDate(), plain.party(), "第一行\n罚款: 1.00", plain.evidence(), plain.violated(),
				plain.penaltyBasis(), plain.discretion(), plain.actions(), plain.fine(), plain.confiscated(),
				plain.hearingHeld(), plain.flags(), plain.procedure(), plain.materials());
		assertThat(multiline.canonicalText().lines().filter((line) -> line.startsWith("罚款: "))).hasSize(1);
	}

	@Test
	void aSnapshotWithoutItsEssentialsIsRefusedInChinese() {
		ProposedDecision plain = ReviewClassifierTests.fine(PartyType.UNIT, "1000");
		assertThatThrownBy(() -> new ProposedDecision(plain.subjectKind(), plain.subjectId(), plain.agencyId(),
				plain.title(), plain.decisionDate(), plain.party(), " ", plain.evidence(), plain.violated(),
				plain.penaltyBasis(), plain.discretion(), plain.actions(), plain.fine(), plain.confiscated(), false,
				Set.of(), List.of(), List.of()))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("请填写认定的违法事实");
		assertThatThrownBy(() -> new ProposedDecision(plain.subjectKind(), plain.subjectId(), plain.agencyId(),
				plain.title(), plain.decisionDate(), plain.party(), plain.facts(), plain.evidence(), plain.violated(),
				plain.penaltyBasis(), plain.discretion(), Set.of(DecisionAction.WARNING), Money.yuan(5), null, false,
				Set.of(), List.of(), List.of()))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("填写了罚款金额，决定内容须包含罚款");
	}

}
