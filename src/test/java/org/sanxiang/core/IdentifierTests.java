package org.sanxiang.core;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The examples of GB 32100-2015, GB 11643-1999 and GB/T 2260, and the refusals' codes.
 */
class IdentifierTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@Test
	void acceptsTheCreditCodeExampleOfGb32100() {
		assertThat(CreditCode.parse(" 91350100M000100Y43 ").value()).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.parse("91350100M000100Y43").registrationRegion()).isEqualTo("350100");
		assertThat(CreditCode.withCheckCharacter("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void refusesCreditCodesWithAStableCodePerReason() {
		assertRefused(() -> CreditCode.parse("91350100M000100Y44"), "CREDIT_CODE_CHECK_CHARACTER", "校验码");
		assertRefused(() -> CreditCode.parse("91350100M000100Y4"), "CREDIT_CODE_LENGTH", "18位");
		assertRefused(() -> CreditCode.parse("91350100M0001O0Y43"), "CREDIT_CODE_CHARSET", "第14位");
		assertRefused(() -> CreditCode.parse("9135A100M000100Y43"), "CREDIT_CODE_REGION", "行政区划");
		assertRefused(() -> CreditCode.parse("  "), "CREDIT_CODE_REQUIRED", "请填写");
		assertRefused(() -> CreditCode.parse("91350100m000100Y43"), "CREDIT_CODE_CHARSET", "第9位");
	}

	@Test
	void acceptsTheIdNumberExamplesOfGb11643() {
		assertThat(IdNumber.parse("11010519491231002X", TODAY).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(IdNumber.parse("440524188001010014", TODAY.withYear(2026)).value()).isEqualTo("440524188001010014");
		assertThat(IdNumber.withCheckDigit("11010519491231002")).isEqualTo("11010519491231002X");
	}

	@Test
	void readsALowercaseXAsUppercaseAndMasksAllButFourAndFour() {
		IdNumber id = IdNumber.parse("11010519491231002x", TODAY);
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.masked()).isEqualTo("1101**********002X");
		assertThat(id.toString()).doesNotContain("19491231");
	}

	@Test
	void refusesIdNumbersWithAStableCodePerReason() {
		assertRefused(() -> IdNumber.parse("110105194912310021", TODAY), "ID_NUMBER_CHECK_DIGIT", "校验码");
		assertRefused(() -> IdNumber.parse("11010519491231002", TODAY), "ID_NUMBER_LENGTH", "18位");
		assertRefused(() -> IdNumber.parse("1101051949123100AX", TODAY), "ID_NUMBER_FORMAT", "17位数字");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("10010519491231002"), TODAY), "ID_NUMBER_REGION",
				"省级");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010519490230002"), TODAY), "ID_NUMBER_BIRTH_DATE",
				"不存在");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010520261130002"), TODAY), "ID_NUMBER_BIRTH_DATE",
				"晚于今天");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010518491231002"), TODAY), "ID_NUMBER_BIRTH_DATE",
				"1850");
		assertThat(IdNumber.check(IdNumber.withCheckDigit("11010520261129002"), TODAY)).isEmpty();
	}

	@Test
	void checksRegionCodesStructurally() {
		assertThat(RegionCode.parse("231083").province()).isEqualTo("230000");
		assertThat(RegionCode.parse("230000").isProvince()).isTrue();
		assertRefused(() -> RegionCode.parse("23108"), "REGION_CODE_FORMAT", "6位数字");
		assertRefused(() -> RegionCode.parse("991083"), "REGION_CODE_PROVINCE", "省级");
		assertRefused(() -> RegionCode.parse("230083"), "REGION_CODE_STRUCTURE", "县级");
		assertRefused(() -> RegionCode.parse(null), "REGION_CODE_REQUIRED", "请填写");
	}

	static void assertRefused(Runnable parse, String code, String message) {
		assertThatThrownBy(parse::run)
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> assertThat(violation.code()).isEqualTo(code))
			.hasMessageContaining(message);
	}

}
