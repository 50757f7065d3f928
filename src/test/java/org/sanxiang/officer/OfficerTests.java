package org.sanxiang.officer;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficerTests {

	final LocalDate from = LocalDate.of(2024, 1, 1);

	final LocalDate to = LocalDate.of(2028, 12, 31);

	Officer officer() {
		return Officer.register(1L, "张伟", "23100020240001", "黑龙江省人民政府", this.from, this.to);
	}

	@Test
	void isQualifiedOnEveryDayOfTheValidityIncludingBothEnds() {
		Officer officer = officer();
		assertThat(officer.isQualifiedOn(this.from)).isTrue();
		assertThat(officer.isQualifiedOn(this.to)).isTrue();
		assertThat(officer.isQualifiedOn(this.from.minusDays(1))).isFalse();
		assertThat(officer.isQualifiedOn(this.to.plusDays(1))).isFalse();
	}

	@Test
	void aSuspendedCertificateDoesNotQualifyUntilRestored() {
		Officer officer = officer();
		officer.changeStatus(OfficerStatus.SUSPENDED);
		assertThat(officer.isQualifiedOn(LocalDate.of(2026, 6, 1))).isFalse();
		officer.changeStatus(OfficerStatus.VALID);
		assertThat(officer.isQualifiedOn(LocalDate.of(2026, 6, 1))).isTrue();
	}

	@Test
	void aRevokedCertificateCannotBeRestored() {
		Officer officer = officer();
		officer.changeStatus(OfficerStatus.REVOKED);
		assertThatThrownBy(() -> officer.changeStatus(OfficerStatus.VALID)).hasMessageContaining("已注销");
		assertThat(officer.isQualifiedOn(LocalDate.of(2026, 6, 1))).isFalse();
	}

	@Test
	void refusesAnInvertedValidity() {
		assertThatThrownBy(() -> Officer.register(1L, "张伟", "23100020240001", "黑龙江省人民政府", this.to, this.from))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("截止日期不早于起始日期");
	}

	@Test
	void refusesMalformedCertificateNumbersAndMarkupInNames() {
		assertThatThrownBy(() -> Officer.register(1L, "张伟", "2310'; --", "黑龙江省人民政府", this.from, this.to))
			.hasMessageContaining("执法证号");
		assertThatThrownBy(() -> Officer.register(1L, "<b>张伟</b>", "23100020240001", "黑龙江省人民政府", this.from, this.to))
			.hasMessageContaining("尖括号");
	}

	@Test
	void aLegalReviewerHasALegalQualification() {
		Officer officer = officer();
		assertThat(officer.isLegalReviewer()).isFalse();
		officer.qualifyAsReviewer(new LegalQualification("A20192301000123", LocalDate.of(2023, 3, 1)));
		assertThat(officer.isLegalReviewer()).isTrue();
		assertThatThrownBy(() -> new LegalQualification("abc", LocalDate.of(2023, 3, 1)))
			.hasMessageContaining("法律职业资格证书编号");
	}

}
