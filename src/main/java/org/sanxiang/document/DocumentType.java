package org.sanxiang.document;

import java.util.List;
import java.util.Optional;

/**
 * A kind of enforcement document (e.g. 行政处罚决定书): its fields, the legal source of its
 * required content, and the 文号 category character when the document is numbered.
 */
public record DocumentType(String code, String name, String category, String basis, String intro,
		List<DocumentField> fields) {

	public DocumentType {
		fields = List.copyOf(fields);
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
