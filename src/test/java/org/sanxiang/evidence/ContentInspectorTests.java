package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.core.RuleViolation;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content checks on their own: every accepted type passes with its media type, and
 * every file of the hostile corpus is refused with a 4xx and a Chinese reason.
 */
class ContentInspectorTests {

	static final EvidenceProperties LIMITS = new EvidenceProperties(DataSize.ofMegabytes(50),
			Map.of("image", DataSize.ofMegabytes(1)), 0, null, 0);

	final ContentInspector inspector = new ContentInspector(LIMITS);

	static List<EvidenceFiles.Sample> accepted() {
		return EvidenceFiles.accepted();
	}

	static List<EvidenceFiles.Sample> hostile() {
		return EvidenceFiles.hostile();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void wellFormedFilesOfEachTypeAreTaken(EvidenceFiles.Sample sample) {
		assertThat(inspect(sample)).isEqualTo(sample.type());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void hostileFilesAreRefusedWithTheReason(EvidenceFiles.Sample sample) {
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> inspect(sample)).satisfies((ex) -> {
			assertThat(ex.status().is4xxClientError()).isTrue();
			assertThat(ex.getMessage()).containsPattern("\\p{IsHan}");
		});
	}

	@org.junit.jupiter.api.Test
	void theCorpusHasAtLeastFifteenHostileFiles() {
		assertThat(EvidenceFiles.hostile()).hasSizeGreaterThanOrEqualTo(15);
	}

	private String inspect(EvidenceFiles.Sample sample) {
		return this.inspector.inspect(() -> new ByteArrayInputStream(sample.bytes()), sample.bytes().length,
				sample.type(), sample.name());
	}

}
