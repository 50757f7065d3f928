package org.sanxiang.document;

import java.util.List;

/**
 * One field of a document type: its placeholder name ({@code {{name}}} in a DOCX
 * template), the heading printed on the document, its kind, whether the law requires it,
 * and sample content for previews. {@code columns} only for {@link FieldKind#ITEMS}.
 */
public record DocumentField(String name, String label, FieldKind kind, boolean required, Object sample,
		List<Column> columns) {

	public DocumentField {
		columns = (columns != null) ? List.copyOf(columns) : List.of();
	}

	/** A column of an items table: its placeholder name ({@code [name]}) and heading. */
	public record Column(String name, String label) {
	}

}
