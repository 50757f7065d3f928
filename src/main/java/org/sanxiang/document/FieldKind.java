package org.sanxiang.document;

/** What a document field holds, which decides how it is checked and laid out. */
public enum FieldKind {

	/** One line of text. */
	TEXT(500),
	/** Long text; paragraphs separated by line breaks. */
	PARAGRAPH(50_000),
	/** A calendar date, {@code yyyy-MM-dd}. */
	DATE(10),
	/** An amount in yuan, at most two decimals. */
	MONEY(20),
	/** A table of rows, each with the field's columns. */
	ITEMS(500);

	private final int maxLength;

	FieldKind(int maxLength) {
		this.maxLength = maxLength;
	}

	/** Longest text accepted for the field (for ITEMS: per cell). */
	public int maxLength() {
		return this.maxLength;
	}

}
