package org.sanxiang.officer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 行政处罚法 第五十八条第二款: 行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格 — in force from
 * 2018-01-01, so a reviewer who first reviewed before that day needs no certificate; and
 * 国办发〔2018〕118号's share: reviewers not fewer than 5 % of the officers.
 */
class ReviewerQualificationTests {

	@Test
	void aReviewerWhoFirstReviewedOn20171231NeedsNoLegalProfessionalQualification() {
		LegalQualification before = new LegalQualification(null, LocalDate.of(2017, 12, 31));
		assertThat(before.entitlesReview()).isTrue();
		assertThat(new LegalQualification("  ", LocalDate.of(2017, 12, 31)).certificateNumber()).isNull();
	}

	@Test
	void aReviewerWhoFirstReviewsOn20180101MustHoldIt() {
		assertThatThrownBy(() -> new LegalQualification(null, LocalDate.of(2018, 1, 1)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("第五十八条第二款")
			.hasMessageNotContaining("118号");
		assertThat(new LegalQualification("A20182301000123", LocalDate.of(2018, 1, 1)).entitlesReview()).isTrue();
	}

	@Test
	void aRecordWithoutCertificateIsKeptOnTheOfficer() {
		Officer officer = Officer.register(1L, "刘洋", "23100020240004", "黑龙江省人民政府", LocalDate.of(2024, 1, 1),
				LocalDate.of(2028, 12, 31));
		officer.qualifyAsReviewer(new LegalQualification(null, LocalDate.of(2015, 6, 1)));
		assertThat(officer.isLegalReviewer()).isTrue();
		assertThat(officer.legalQualification().entitlesReview()).isTrue();
	}

	@Test
	void aShareOf4point9PercentWarnsAnd5PercentDoesNot() {
		ReviewerShare below = new ReviewerShare(1, 49, 1000);
		assertThat(below.percent()).isEqualTo(4.9);
		assertThat(below.belowMinimum()).isTrue();
		ReviewerShare enough = new ReviewerShare(1, 50, 1000);
		assertThat(enough.percent()).isEqualTo(5.0);
		assertThat(enough.belowMinimum()).isFalse();
		assertThat(new ReviewerShare(1, 1, 20).belowMinimum()).isFalse();
		// 4.96 % is still below 5 %, however it is rounded for display
		assertThat(new ReviewerShare(1, 124, 2500).belowMinimum()).isTrue();
		assertThat(new ReviewerShare(1, 0, 0).belowMinimum()).isFalse();
	}

}
