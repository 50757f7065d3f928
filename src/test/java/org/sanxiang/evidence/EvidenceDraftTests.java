package org.sanxiang.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.core.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What an item's registration says is checked for form before anything is stored. */
class EvidenceDraftTests {

	static final Instant START = Instant.parse("2026-05-01T01:30:00Z");

	static EvidenceDraft draft(boolean covert, String basis, BigDecimal lat, BigDecimal lon, Long derivedFrom,
			String derivation, Instant end, List<String> participants) {
		return new EvidenceDraft(EvidenceKind.AUDIO_VISUAL, new EvidenceOwner("INSPECTION", "42", "ON_SITE"), "说明",
				"23100020240001", null, START, end, "某厂区", lat, lon, participants, null, covert, basis, null,
				derivedFrom, derivation);
	}

	@Test
	void aCovertRecordingNeedsItsLegalBasis() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(true, " ", null, null, null, null, START, List.of()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("EVIDENCE_COVERT_BASIS"));
		assertThat(draft(true, "《环境保护法》第二十五条", null, null, null, null, START, List.of()).covertBasis())
			.isEqualTo("《环境保护法》第二十五条");
		assertThat(draft(false, "无关", null, null, null, null, START, List.of()).covertBasis()).isNull();
	}

	@Test
	void coordinatesAreRangeCheckedAndComeInPairs() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(
				() -> draft(false, null, new BigDecimal("91"), new BigDecimal("120"), null, null, START, List.of()));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(
				() -> draft(false, null, new BigDecimal("44"), new BigDecimal("-181"), null, null, START, List.of()));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(false, null, new BigDecimal("44"), null, null, null, START, List.of()));
		assertThat(draft(false, null, new BigDecimal("44.551234"), new BigDecimal("129.6332"), null, null, START,
				List.of())
			.latitude()).isEqualByComparingTo("44.551234");
	}

	@Test
	void aDerivedItemSaysWhatItWasMadeFromAndHow() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(false, null, null, null, 7L, null, START, List.of()));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(false, null, null, null, null, "剪辑", START, List.of()));
		assertThat(draft(false, null, null, null, 7L, "剪辑", START, List.of()).derivedFrom()).isEqualTo(7L);
	}

	@Test
	void theCaptureEndsAfterItStartsAndParticipantsCarryTheirIdentity() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(false, null, null, null, null, null, START.minusSeconds(1), List.of()));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> draft(false, null, null, null, null, null, START, List.of("王某")));
		assertThat(draft(false, null, null, null, null, null, START, List.of("王某 法定代表人", " ")).participantsText())
			.isEqualTo("王某 法定代表人");
	}

	@Test
	void theOwnerIsCheckedForFormOnly() {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> new EvidenceOwner("inspection", "1", null));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> new EvidenceOwner("CASE", "a/b", null));
		assertThat(new EvidenceOwner("CASE", "2026-001", null).stage()).isEqualTo("NONE");
	}

	@Test
	void audioVisualMaterialIsNumberedApart() {
		assertThat(EvidenceKind.AUDIO_VISUAL.series()).isEqualTo("音像");
		assertThat(EvidenceKind.values()).filteredOn((k) -> k != EvidenceKind.AUDIO_VISUAL)
			.allSatisfy((k) -> assertThat(k.series()).isEqualTo("证据"));
	}

}
