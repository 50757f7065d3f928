package org.sanxiang.core;

import java.io.OutputStream;

/**
 * Renders a report to PDF with the installation's one PDF engine and embedded CJK font,
 * for a module that may not use the module that owns them (the document module implements
 * it). The page is well-formed XHTML with its styles inline; it names the font as
 * {@link #FONT_FAMILY} (regular 400, bold 700).
 */
public interface PdfRendering {

	/** The CSS {@code font-family} of the embedded CJK font. */
	String FONT_FAMILY = "SanxiangDocument";

	/**
	 * The text with each character the embedded font cannot draw replaced by its code
	 * ({@code [U+1F600]}), so that nothing prints as an empty box or silently vanishes.
	 * @throws Unavailable when the installation has no CJK font
	 */
	String printable(String text);

	/**
	 * Renders the page to {@code out}, a bounded number at a time.
	 * @throws Unavailable when no font is installed, or when too many renders wait (try
	 * again later)
	 */
	void render(String xhtml, OutputStream out);

}
