package org.sanxiang.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a document type: its placeholder name ({@code {{name}}} in a DOCX
 * template), the heading printed on the document, its kind, whether the law requires it,
 * and sample content for previews. {@code columns} only for {@link FieldKind#ITEMS}.
 * {@code choices}, for a text field, are the only values it takes (e.g. the 第三十三条 ground
 * of a 不予行政处罚决定书); {@code requiredWhen} makes an optional field required when another
 * field holds one of the listed values (field name → values).
 */
public record DocumentField(String name, String label, FieldKind kind, boolean required, Object sample,
		List<Column> columns, List<String> choices, Map<String, List<String>> requiredWhen) {

	public DocumentField {
		columns = (columns != null) ? List.copyOf(columns) : List.of();
		choices = (choices != null) ? List.copyOf(choices) : List.of();
		requiredWhen = (requiredWhen != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requiredWhen))
				: Map.of();
	}

	public DocumentField(String name, String label, FieldKind kind, boolean required, Object sample,
			List<Column> columns) {
		this(name, label, kind, required, sample, columns, List.of(), Map.of());
	}

	/** Whether the field is required given the other values of the document. */
	boolean requiredGiven(Map<String, Object> values) {
		if (this.required) {
			return true;
		}
		return this.requiredWhen.entrySet()
			.stream()
			.anyMatch((e) -> e.getValue().contains(String.valueOf(values.get(e.getKey()))));
	}

	/** A column of an items table: its placeholder name ({@code [name]}) and heading. */
	public record Column(String name, String label) {
	}

}
