package org.sanxiang.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 15 MB CJK font is for PDF rendering only: it is on the class path outside
 * {@code static/}, where nothing serves it, and the pages use the system's fonts.
 */
class DocumentFontPlacementTests {

	@Test
	void theBuiltFontIsOutsideTheServedStaticResources() {
		assertThat(getClass().getResource("/static/fonts/NotoSerifSC-Regular.ttf")).isNull();
		assertThat(getClass().getResource("/static/fonts/NotoSerifSC-Bold.ttf")).isNull();
		if (getClass().getResource("/" + DocumentFonts.BUILT + "NotoSerifSC-Regular.ttf") != null) {
			assertThat(DocumentFontsFixture.fonts().source()).isEqualTo("Noto Serif SC");
		}
	}

	@Test
	void thePagesUseTheSystemCjkSansSerifAndDownloadNoFont() throws IOException {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/css/sanxiang.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(css).doesNotContain("@font-face").doesNotContain(".ttf");
		assertThat(css).contains("--bs-body-font-family: system-ui", "\"PingFang SC\"", "\"Microsoft YaHei\"",
				"\"Noto Sans CJK SC\"", "sans-serif;");
	}

}
