package org.sanxiang.document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.core.Money;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.legalbasis.Band;
import org.sanxiang.legalbasis.DiscretionCalculator;
import org.sanxiang.legalbasis.DiscretionRequest;
import org.sanxiang.legalbasis.DiscretionResult;
import org.sanxiang.legalbasis.PartyType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 行政处罚决定书 states the party's identifier, how the statement and defence (hearing) were
 * taken into account, and how the discretion benchmark was applied (国办发〔2022〕27号); its
 * sample case agrees with the product's own benchmark.
 */
@SpringBootTest(properties = "sanxiang.test.context=documents-api")
@AutoConfigureMockMvc
@Import(DemoAccounts.class)
class PenaltyDecisionContentTests {

	@Autowired
	DocumentTypes types;

	@Autowired
	DiscretionCalculator calculator;

	@ParameterizedTest
	@CsvSource({ "partyIdentifier, 统一社会信用代码（身份证号码）", "defenseAdoption, 陈述、申辩（听证）意见及采纳情况",
			"benchmarkApplication, 行政处罚裁量基准的适用情况" })
	void aDecisionIsNotIssuedWithout(String field, String label) {
		DocumentType type = this.types.get("PENALTY_DECISION");
		Map<String, Object> values = new HashMap<>(Samples.of(type));
		DocumentContent.of(type, values, true);
		values.remove(field);
		assertThatThrownBy(() -> DocumentContent.of(type, values, true)).isInstanceOf(ContentRefused.class)
			.hasMessage("缺少必填项：" + label)
			.satisfies((e) -> assertThat(((ContentRefused) e).fields())
				.containsExactly(Map.of("field", field, "label", label, "reason", "必填")));
	}

	@Test
	void theSampleCaseIsFinedWithinTheBandTheBenchmarkGivesItsFacts() {
		// 私设暗管, 2025-11 to 2026-03 (30 days and more), not in a sensitive area, first
		// offence
		DiscretionResult benchmark = this.calculator.calculate(
				DiscretionRequest.of("WATER-EVASION", Map.of("EVASION_MANNER", "HIDDEN_PIPE", "DURATION", "GE_30",
						"SENSITIVE_AREA", "NO", "FIRST_OFFENCE", "FIRST"), PartyType.UNIT, LocalDate.of(2026, 4, 23)));
		assertThat(benchmark.band()).isEqualTo(Band.SEVERE);
		for (String[] sample : new String[][] { { "PENALTY_DECISION", "fineAmount" },
				{ "PENALTY_NOTICE", "proposedFineAmount" } }) {
			Money fine = Money.of(Samples.of(this.types.get(sample[0])).get(sample[1]).toString());
			assertThat(fine.compareTo(benchmark.min())).as(sample[0]).isGreaterThanOrEqualTo(0);
			assertThat(fine.compareTo(benchmark.max())).as(sample[0]).isLessThanOrEqualTo(0);
		}
		assertThat(Samples.of(this.types.get("PENALTY_DECISION")).get("benchmarkApplication").toString()).contains("严重")
			.contains("六十四万元以上一百万元以下");
	}

	@Test
	void evidenceIsPreservedFirstOnlyWithTheItemsListedAndTheSevenDaysNamed() {
		DocumentType type = this.types.get("EVIDENCE_PRESERVATION_NOTICE");
		assertThat(type.basis()).isEqualTo("《中华人民共和国行政处罚法》第五十六条");
		Map<String, Object> values = new HashMap<>(Samples.of(type));
		assertThat(DocumentContent.of(type, values, true).text("obligations")).contains("七日内");
		values.remove("preservedItems");
		assertThatThrownBy(() -> DocumentContent.of(type, values, true)).isInstanceOf(ContentRefused.class)
			.hasMessage("缺少必填项：先行登记保存的证据");
	}

}
