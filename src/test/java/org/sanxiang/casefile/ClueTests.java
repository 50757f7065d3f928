package org.sanxiang.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.subject.PartyKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clue's acts and refusals without Spring: registration checks its dates, the filing
 * period is extended once by the agency head before it runs out, and a clue is decided
 * once — 立案 (refused past the limitation, with the case never opened), 不予立案 with a
 * reason, or 移送 to a named authority.
 */
class ClueTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	static final CaseParty COMPANY = new CaseParty(11L, "牡丹江某化工有限公司", PartyKind.ORGANISATION, "91231000MA1B2C3D4E");

	static Acting on(LocalDate date, Participant who) {
		return new Acting(who, date, date, Instant.parse("2026-03-02T01:00:00Z"));
	}

	static Clue clue(LocalDate actOn, boolean harmed) {
		return Clue.register(7, ClueSource.COMPLAINT, "12369-001", COMPANY, "夜间偷排未经处理的废水", actOn, false, null, harmed,
				on(DAY, CaseFixtures.OFFICER));
	}

	private static String code(Runnable act) {
		try {
			act.run();
		}
		catch (RuleViolation ex) {
			return ex.code();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void aClueIsRegisteredWithThePartyByIdAndPendsFromTheDayOfDiscovery() {
		Clue clue = clue(DAY.minusDays(3), false);
		assertThat(clue.status()).isEqualTo(ClueStatus.PENDING);
		assertThat(clue.partyId()).isEqualTo(11L);
		assertThat(clue.partyKind()).isEqualTo(PartyKind.ORGANISATION);
		assertThat(clue.registeredOn()).isEqualTo(DAY);
		assertThat(clue.limitationLastDay()).isEqualTo(DAY.minusDays(3).plusYears(2));
	}

	@Test
	void registrationRefusesAnActAfterDiscoveryAnEndBeforeTheActAndAnEndOfAnActThatIsNotContinuing() {
		Acting today = on(DAY, CaseFixtures.OFFICER);
		assertThat(code(() -> Clue.register(7, ClueSource.INSPECTION, null, COMPANY, "事实", DAY.plusDays(1), false, null,
				false, today)))
			.isEqualTo("CLUE_ACT_ON");
		assertThat(code(() -> Clue.register(7, ClueSource.INSPECTION, null, COMPANY, "事实", DAY, true, DAY.minusDays(1),
				false, today)))
			.isEqualTo("CLUE_ACT_ENDED_ON");
		assertThat(code(() -> Clue.register(7, ClueSource.INSPECTION, null, COMPANY, "事实", DAY.minusDays(5), false,
				DAY.minusDays(1), false, today)))
			.isEqualTo("CLUE_ACT_ENDED_ON");
		assertThat(code(() -> Clue.register(7, null, null, COMPANY, "事实", DAY, false, null, false, today)))
			.isEqualTo("CLUE_SOURCE");
		assertThat(code(() -> Clue.register(7, ClueSource.INSPECTION, null, CaseParty.named(" "), "事实", DAY, false,
				null, false, today)))
			.isEqualTo("CLUE_PARTY");
		assertThat(
				code(() -> Clue.register(7, ClueSource.INSPECTION, null, COMPANY, " ", DAY, false, null, false, today)))
			.isEqualTo("CLUE_ALLEGED");
	}

	@Test
	void onlyTheAgencyHeadExtendsTheFilingPeriodOnceAndBeforeItRanOut() {
		LocalDate firstDue = DAY.plusDays(15);
		Clue clue = clue(DAY, false);
		assertThat(code(() -> clue.extend("案情复杂", firstDue, on(DAY.plusDays(5), CaseFixtures.OFFICER))))
			.isEqualTo("CLUE_EXTENSION_HEAD");
		Clue late = clue(DAY, false);
		assertThat(code(() -> late.extend("案情复杂", firstDue, on(firstDue.plusDays(1), CaseFixtures.HEAD))))
			.isEqualTo("CLUE_EXTENSION_LATE");
		clue.extend("需要现场监测", firstDue, on(firstDue, CaseFixtures.HEAD));
		assertThat(clue.extended()).isTrue();
		assertThat(code(() -> clue.extend("再延长", firstDue, on(firstDue, CaseFixtures.HEAD))))
			.isEqualTo("CLUE_EXTENSION_ONCE");
	}

	@Test
	void filingRecordsTheCaseAndTheClueIsDecidedOnlyOnce() {
		Clue clue = clue(DAY.minusYears(1), false);
		clue.file(31L, on(DAY.plusDays(2), CaseFixtures.OFFICER), () -> 501L);
		assertThat(clue.status()).isEqualTo(ClueStatus.FILED);
		assertThat(clue.caseId()).isEqualTo(501L);
		assertThat(clue.decisionDocumentId()).isEqualTo(31L);
		assertThat(clue.decidedOn()).isEqualTo(DAY.plusDays(2));
		assertThat(code(() -> clue.refuse("重复", null, on(DAY.plusDays(3), CaseFixtures.OFFICER))))
			.isEqualTo("CLUE_ALREADY_DECIDED");
		assertThat(code(() -> clue.file(null, on(DAY.plusDays(3), CaseFixtures.OFFICER), () -> 502L)))
			.isEqualTo("CLUE_ALREADY_DECIDED");
	}

	@Test
	void filingPastTheLimitationIsRefusedWithTheArticleAndOpensNoCase() {
		Clue clue = clue(DAY.minusYears(2).minusDays(1), false);
		AtomicBoolean opened = new AtomicBoolean();
		assertThatThrownBy(() -> clue.file(null, on(DAY, CaseFixtures.OFFICER), () -> {
			opened.set(true);
			return 1L;
		})).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("第三十六条")
			.extracting((ex) -> ((RuleViolation) ex).code())
			.isEqualTo("CLUE_GATE_LIMITATION");
		assertThat(opened).isFalse();
		assertThat(clue.status()).isEqualTo(ClueStatus.PENDING);
		// the same act discovered on the last day of the period is filed
		Clue inTime = clue(DAY.minusYears(2), false);
		inTime.file(null, on(DAY, CaseFixtures.OFFICER), () -> 2L);
		assertThat(inTime.status()).isEqualTo(ClueStatus.FILED);
		// with harm to life, health or financial safety five years apply
		Clue harmed = clue(DAY.minusYears(2).minusDays(1), true);
		harmed.file(null, on(DAY, CaseFixtures.OFFICER), () -> 3L);
		assertThat(harmed.caseId()).isEqualTo(3L);
	}

	@Test
	void notFilingNeedsItsReasonAndTransferNamesTheAuthority() {
		Clue clue = clue(DAY, false);
		assertThat(code(() -> clue.refuse(" ", null, on(DAY, CaseFixtures.OFFICER)))).isEqualTo("CLUE_REASON");
		assertThat(code(() -> clue.transfer("", "涉嫌犯罪", null, on(DAY, CaseFixtures.OFFICER))))
			.isEqualTo("CLUE_TRANSFER_TO");
		assertThat(code(() -> clue.refuse("理由", null, on(DAY.minusDays(1), CaseFixtures.OFFICER))))
			.isEqualTo("CLUE_DECIDED_BEFORE_REGISTRATION");
		clue.refuse("违法事实不能成立", 41L, on(DAY, CaseFixtures.OFFICER));
		assertThat(clue.status()).isEqualTo(ClueStatus.NOT_FILED);
		assertThat(clue.decisionReason()).isEqualTo("违法事实不能成立");
		Clue transferred = clue(DAY, false);
		transferred.transfer("牡丹江市公安局", "涉嫌污染环境罪", null, on(DAY, CaseFixtures.OFFICER));
		assertThat(transferred.status()).isEqualTo(ClueStatus.TRANSFERRED);
		assertThat(transferred.transferredTo()).isEqualTo("牡丹江市公安局");
	}

}
