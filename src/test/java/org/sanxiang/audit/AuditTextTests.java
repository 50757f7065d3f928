package org.sanxiang.audit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTextTests {

	@Property
	void escapedTextHasNoControlCharactersAndRespectsTheLimit(@ForAll @StringLength(max = 500) String text,
			@ForAll @IntRange(min = 40, max = 300) int limit) {
		String escaped = AuditText.escape(text, limit);
		assertThat(escaped).hasSizeLessThanOrEqualTo(limit);
		assertThat(escaped.chars().noneMatch(Character::isISOControl)).isTrue();
	}

	@Property
	void printableTextWithoutBackslashesIsKeptAsItIs(@ForAll("printable") String text) {
		assertThat(AuditText.escape(text, 1000)).isEqualTo(text);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> printable() {
		return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withChars("生态环境 <>'\";-=").ofMaxLength(200);
	}

	@Test
	void lineBreaksBecomeVisibleEscapesSoNoFakeLineCanBeInjected() {
		assertThat(AuditText.escape("admin\r\nLOGIN_SUCCEEDED root", 100)).isEqualTo("admin\\r\\nLOGIN_SUCCEEDED root");
	}

	@Test
	void overlongTextIsTruncatedWithItsOriginalLength() {
		String escaped = AuditText.escape("x".repeat(1_000_000), 64);
		assertThat(escaped).hasSize(64).endsWith("原长1000000字符]");
	}

}
