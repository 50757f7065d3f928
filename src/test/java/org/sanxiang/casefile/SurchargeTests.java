package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 加处罚款 at its boundaries: nothing on the due date, 3 % of the fine from the day after,
 * capped at the fine (the 34th day reaches it), not counted while 复议/诉讼 or an approved
 * plan pauses it.
 */
class SurchargeTests {

	private static final Money FINE = Money.yuan(10_000);

	private static final LocalDate DUE = LocalDate.of(2026, 3, 30);

	@Test
	void nothingIsAddedUpToAndOnTheDueDate() {
		assertThat(Surcharge.amount(FINE, DUE, DUE.minusDays(3), List.of())).isEqualTo(Money.ZERO);
		assertThat(Surcharge.amount(FINE, DUE, DUE, List.of())).isEqualTo(Money.ZERO);
	}

	@Test
	void threePerCentOfTheFineADayFromTheDayAfter() {
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(1), List.of())).isEqualTo(Money.yuan(300));
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(10), List.of())).isEqualTo(Money.yuan(3_000));
		assertThat(Surcharge.amount(Money.of("333.33"), DUE, DUE.plusDays(1), List.of())).isEqualTo(Money.of("10.00"));
	}

	@Test
	void neverMoreThanTheFine() {
		// 33 days: 99 %; the 34th would be 102 %: capped at the fine
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(33), List.of())).isEqualTo(Money.yuan(9_900));
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(34), List.of())).isEqualTo(FINE);
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(400), List.of())).isEqualTo(FINE);
	}

	@Test
	void theDaysOfAPendingReviewOrAnApprovedPlanAreNotCounted() {
		// 复议 applied on day 3 after the due date, decided on day 7: days 3..7 do not
		// count
		Surcharge.Pause review = new Surcharge.Pause(DUE.plusDays(3), DUE.plusDays(7));
		assertThat(Surcharge.days(DUE, DUE.plusDays(10), List.of(review))).isEqualTo(5);
		assertThat(Surcharge.amount(FINE, DUE, DUE.plusDays(10), List.of(review))).isEqualTo(Money.yuan(1_500));
		// still pending: nothing from its first day on
		Surcharge.Pause pending = new Surcharge.Pause(DUE.plusDays(3), null);
		assertThat(Surcharge.days(DUE, DUE.plusDays(300), List.of(pending))).isEqualTo(2);
		// a 延期 approved before the due date until a month later: counted only after it
		Surcharge.Pause deferral = new Surcharge.Pause(DUE.minusDays(5), DUE.plusDays(30));
		assertThat(Surcharge.days(DUE, DUE.plusDays(30), List.of(deferral))).isZero();
		assertThat(Surcharge.days(DUE, DUE.plusDays(31), List.of(deferral))).isEqualTo(1);
	}

}
