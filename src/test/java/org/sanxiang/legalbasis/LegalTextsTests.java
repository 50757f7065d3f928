package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A citation resolves to the text in force on the date asked, across revisions. */
@SpringBootTest
class LegalTextsTests {

	@Autowired
	LegalTexts texts;

	@Test
	void theAirLawPenaltyArticleNamesTheAuthorityOfItsTime() {
		ResolvedProvision before = this.texts.resolve(Citation.parse("AIR 99(2)"), LocalDate.of(2017, 6, 1));
		ResolvedProvision after = this.texts.resolve(Citation.parse("AIR 99(2)"), LocalDate.of(2018, 10, 26));
		assertThat(before.version().text()).contains("环境保护主管部门").doesNotContain("生态环境主管部门");
		assertThat(before.version().status()).isEqualTo(TextStatus.REVISED);
		assertThat(before.version().effectiveTo()).isEqualTo(LocalDate.of(2018, 10, 25));
		assertThat(after.version().text()).contains("生态环境主管部门");
		assertThat(after.version().status()).isEqualTo(TextStatus.IN_FORCE);
	}

	@Test
	void aRenumberedArticleResolvesToTheTextOfItsDate() {
		Citation article27 = Citation.parse("LPL", "第二十七条");
		assertThat(this.texts.resolve(article27, LocalDate.of(2020, 1, 1)).version().text())
			.startsWith("当事人有下列情形之一的，应当依法从轻或者减轻行政处罚");
		assertThat(this.texts.resolve(article27, LocalDate.of(2021, 7, 15)).version().text())
			.startsWith("违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关");
		assertThat(this.texts.history("LPL", 27)).hasSize(2);
	}

	@Test
	void lawsAreFoundByCodeShortTitleOrFullTitle() {
		assertThat(this.texts.law("大气污染防治法").code()).isEqualTo("AIR");
		assertThat(this.texts.law("《中华人民共和国水污染防治法》").code()).isEqualTo("WATER");
		assertThat(this.texts.laws("固体废物")).extracting(LegalText::code).containsExactly("SOLID");
		assertThat(this.texts.laws("%")).isEmpty();
		assertThat(this.texts.search("按日连续处罚", LocalDate.of(2026, 1, 1))).extracting(ArticleVersion::lawCode)
			.contains("ENV", "AIR", "WATER", "SOLID", "PERMIT");
	}

	@Test
	void refusesUnknownLawsArticlesAndDatesBeforeTheFirstVersion() {
		assertThatThrownBy(() -> this.texts.resolve(Citation.parse("NOPE 1"), LocalDate.of(2026, 1, 1)))
			.extracting("code")
			.isEqualTo("UNKNOWN_LAW");
		assertThatThrownBy(() -> this.texts.resolve(Citation.parse("AIR 1"), LocalDate.of(2026, 1, 1)))
			.extracting("code")
			.isEqualTo("UNKNOWN_ARTICLE");
		assertThatThrownBy(() -> this.texts.resolve(Citation.parse("SOLID 112"), LocalDate.of(2020, 8, 31)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("2020-09-01");
		assertThatThrownBy(() -> Citation.parse("AIR", "第九十九")).extracting("code").isEqualTo("INVALID_ARTICLE_NUMBER");
	}

	@Test
	void citationsReadAndPrintTheChineseNumbering() {
		assertThat(Citation.parse("SOLID", "第一百一十二条第一款第（三）项")).isEqualTo(new Citation("SOLID", 112, 1, 3));
		assertThat(Citation.parse("AIR", "99(2)").label()).isEqualTo("第九十九条第（二）项");
		assertThat(new Citation("AIR", 108, 0, 0).label()).isEqualTo("第一百零八条");
		assertThat(new Citation("ENV", 10, 0, 0).label()).isEqualTo("第十条");
		for (int n = 1; n <= 999; n++) {
			assertThat(ChineseNumerals.parse(ChineseNumerals.of(n))).isEqualTo(n);
		}
		assertThat(Map.of("a", ChineseNumerals.of(120))).containsEntry("a", "一百二十");
	}

	@Test
	void everyCitationOfTheCatalogueResolvesOnTheBenchmarkDate(@Autowired ViolationCatalogue catalogue,
			@Autowired EnforcementMatters matters) {
		LocalDate benchmarkDate = LocalDate.of(2021, 7, 15);
		// a law enacted after the benchmark date (噪声污染防治法, 2022-06-05) is asked from its
		// own start
		java.util.function.Function<Citation, LocalDate> on = (c) -> {
			LocalDate effective = this.texts.law(c.lawCode()).effectiveOn();
			return effective.isAfter(benchmarkDate) ? effective : benchmarkDate;
		};
		for (ViolationType type : catalogue.all()) {
			type.violated().forEach((c) -> assertThat(this.texts.resolve(c, on.apply(c))).isNotNull());
			type.penaltyProvisions()
				.forEach((c) -> assertThat(this.texts.resolve(c, on.apply(c)).excerpt()).isNotBlank());
		}
		assertThat(matters.all(null, null)).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy((m) -> m.basis().forEach((c) -> this.texts.resolve(c, on.apply(c))));
		assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(20);
	}

}
