package org.sanxiang.document;

import org.junit.jupiter.api.Assumptions;

/**
 * The fonts as the application finds them. Without a CJK font (a machine that built
 * without npm) PDF tests skip with a message — except under {@code CI=true}, where the
 * build must have fetched the font.
 */
final class DocumentFontsFixture {

	private static DocumentFonts fonts;

	private DocumentFontsFixture() {
	}

	static synchronized DocumentFonts fonts() {
		if (fonts == null) {
			fonts = new DocumentFonts("", "");
		}
		if (!fonts.available()) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true but no CJK font: the build should have fetched Noto Serif SC");
			}
			Assumptions.abort("No CJK TrueType font on this machine (build with npm to fetch Noto Serif SC)");
		}
		return fonts;
	}

}
