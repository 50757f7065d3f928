package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.Money;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.GateAnswer;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewFlag;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the case tests share: a Monday-to-Friday calendar, officers with valid, expiring
 * and suspended certificates, the people who act, a proposed decision for a case, and a
 * legal review that passes exactly the contents it was told to.
 */
final class CaseFixtures {

	/**
	 * Two officers of the agency whose 执法证 is valid on the day (the register's first
	 * two).
	 */
	static List<org.sanxiang.officer.Officer> twoQualifiedOfficers(org.sanxiang.officer.OfficerRegistry officers,
			long agencyId, LocalDate on) {
		List<org.sanxiang.officer.Officer> two = officers.within(Set.of(agencyId), "")
			.stream()
			.filter((officer) -> officer.isQualifiedOn(on))
			.limit(2)
			.toList();
		org.assertj.core.api.Assertions.assertThat(two)
			.as("two qualified officers of agency %d on %s", agencyId, on)
			.hasSize(2);
		return two;
	}

	/** Monday to Friday, no holidays: simple enough to count by hand. */
	static final WorkingDays WEEKDAYS = (start, days) -> {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	};

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	static final long AGENCY = 7;

	/** Valid for years. */
	static final ActingOfficer WANG = officer(1, "王执法", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), true);

	static final ActingOfficer LI = officer(2, "李执法", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), true);

	static final ActingOfficer ZHAO = officer(3, "赵执法", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), true);

	/** Expires three weeks after {@link #START}. */
	static final ActingOfficer QIAN = officer(4, "钱执法", LocalDate.of(2021, 1, 1), START.plusDays(20), true);

	/** Suspended (暂扣). */
	static final ActingOfficer SUN = officer(5, "孙执法", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), false);

	static final List<ActingOfficer> POOL = List.of(WANG, LI, ZHAO, QIAN, SUN);

	static final Participant OFFICER = new Participant("wang", "王执法", false);

	static final Participant HEAD = new Participant("head", "张局长", true);

	/** 承办机构负责人: approves the 案件审查. */
	static final Participant UNIT_HEAD = new Participant("unit", "刘科长", false, true);

	private CaseFixtures() {
	}

	static ActingOfficer officer(long id, String name, LocalDate from, LocalDate to, boolean active) {
		return new ActingOfficer(id, name, "2310000" + id, from, to, active);
	}

	static Acting on(LocalDate date, Participant who) {
		return Acting.today(who, date, AT);
	}

	/** A filed case with an id, as the repository would give it. */
	static PenaltyCase filed(long id, LocalDate on) {
		PenaltyCase kase = PenaltyCase.file(AGENCY, "某化工公司超标排放案", "牡丹江某化工有限公司", on(on, OFFICER), List.of(101L),
				"立案审批表");
		ReflectionTestUtils.setField(kase, "id", id);
		return kase;
	}

	static Penalty fine(long yuan) {
		return new Penalty(EnumSet.of(DecisionAction.FINE), Money.yuan(yuan), Money.ZERO);
	}

	/** A fine decision on the case; {@code complex} states 疑难复杂. */
	static ProposedDecision decision(PenaltyCase kase, long fine, boolean complex, LocalDate date) {
		Set<ReviewFlag> flags = complex ? EnumSet.of(ReviewFlag.COMPLEX) : Set.of();
		return new ProposedDecision("CASE", kase.id().toString(), kase.agencyId(), "关于" + kase.title() + "的行政处罚决定",
				date,
				new ProposedDecision.Party(PartyType.UNIT, kase.partyName(), "91231000MA1B2C3D4E",
						"黑龙江省牡丹江市阳明区某工业园区88号"),
				"废水总排口化学需氧量超标1.5倍。", List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", "b".repeat(64))),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第十条", LocalDate.of(2018, 1, 1))),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第八十三条第二项", LocalDate.of(2018, 1, 1))),
				new ProposedDecision.Discretion("较重", "超标1.5倍，属较重情节", false), EnumSet.of(DecisionAction.FINE),
				new Money(BigDecimal.valueOf(fine)), Money.ZERO, false, flags, List.of(), List.of());
	}

	/**
	 * A legal review that needs a review above 200,000 yuan or when complex, and passes
	 * exactly the contents {@link #pass passed}.
	 */
	static final class FakeReview implements LegalReviewGate {

		final Set<String> passed = new HashSet<>();

		static boolean required(ProposedDecision decision) {
			return decision.amount().isGreaterThan(Money.yuan(200_000))
					|| decision.flags().contains(ReviewFlag.COMPLEX);
		}

		void pass(ProposedDecision decision) {
			this.passed.add(decision.digest());
		}

		@Override
		public GateAnswer mayDecide(ProposedDecision decision) {
			if (!required(decision)) {
				return new GateAnswer(true, "不属于须经法制审核的情形", null, null);
			}
			return this.passed.contains(decision.digest()) ? new GateAnswer(true, "审核通过", 1L, 1)
					: new GateAnswer(false, "该决定内容未经法制审核通过", null, null);
		}

	}

}
