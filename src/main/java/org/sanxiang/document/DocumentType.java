package org.sanxiang.document;

import java.util.List;
import java.util.Optional;

/**
 * A kind of enforcement document (e.g. 行政处罚决定书): its fields, the legal source of its
 * required content, and the 文号 category character when the document is numbered.
 * {@code requiredOneOf} lists groups of fields of which at least one must be filled (e.g.
 * 听证笔录: the party's signature, or the presiding officer's note that the party refused to
 * sign — 行政处罚法 第六十四条第（八）项).
 */
public record DocumentType(String code, String name, String category, String basis, String intro,
		List<DocumentField> fields, List<List<String>> requiredOneOf) {

	public DocumentType {
		fields = List.copyOf(fields);
		requiredOneOf = (requiredOneOf != null) ? requiredOneOf.stream().map(List::copyOf).toList() : List.of();
	}

	public DocumentType(String code, String name, String category, String basis, String intro,
			List<DocumentField> fields) {
		this(code, name, category, basis, intro, fields, List.of());
	}

	/** Whether an issued document of this type takes a 文号. */
	public boolean numbered() {
		return this.category != null;
	}

	public List<DocumentField> requiredFields() {
		return this.fields.stream().filter(DocumentField::required).toList();
	}

	public Optional<DocumentField> field(String name) {
		return this.fields.stream().filter((f) -> f.name().equals(name)).findFirst();
	}

}
