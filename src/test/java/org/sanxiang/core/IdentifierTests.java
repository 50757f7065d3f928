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
		assertRefused(() -> CreditCode.parse("91350100M000100Y44"), "credit-code.check-character", "校验码");
		assertRefused(() -> CreditCode.parse("91350100M000100Y4"), "credit-code.length", "18位");
		assertRefused(() -> CreditCode.parse("91350100M0001O0Y43"), "credit-code.charset", "第14位");
		assertRefused(() -> CreditCode.parse("9135A100M000100Y43"), "credit-code.region", "行政区划");
		assertRefused(() -> CreditCode.parse("  "), "credit-code.required", "请填写");
		assertRefused(() -> CreditCode.parse("91350100m000100Y43"), "credit-code.charset", "第9位");
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
		assertRefused(() -> IdNumber.parse("110105194912310021", TODAY), "id-number.check-digit", "校验码");
		assertRefused(() -> IdNumber.parse("11010519491231002", TODAY), "id-number.length", "18位");
		assertRefused(() -> IdNumber.parse("1101051949123100AX", TODAY), "id-number.format", "17位数字");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("10010519491231002"), TODAY), "id-number.region",
				"省级");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010519490230002"), TODAY), "id-number.birth-date",
				"不存在");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010520261130002"), TODAY), "id-number.birth-date",
				"晚于今天");
		assertRefused(() -> IdNumber.parse(IdNumber.withCheckDigit("11010518491231002"), TODAY), "id-number.birth-date",
				"1850");
		assertThat(IdNumber.check(IdNumber.withCheckDigit("11010520261129002"), TODAY)).isEmpty();
	}

	@Test
	void checksRegionCodesStructurally() {
		assertThat(RegionCode.parse("231083").province()).isEqualTo("230000");
		assertThat(RegionCode.parse("230000").isProvince()).isTrue();
		assertRefused(() -> RegionCode.parse("23108"), "region-code.format", "6位数字");
		assertRefused(() -> RegionCode.parse("991083"), "region-code.province", "省级");
		assertRefused(() -> RegionCode.parse("230083"), "region-code.structure", "县级");
		assertRefused(() -> RegionCode.parse(null), "region-code.required", "请填写");
	}

	static void assertRefused(Runnable parse, String code, String message) {
		assertThatThrownBy(parse::run)
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> assertThat(violation.code()).isEqualTo(code))
			.hasMessageContaining(message);
	}

}
