package org.sanxiang.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sample values a type declares, for previews and for checking uploaded templates.
 */
final class Samples {

	private Samples() {
	}

	static Map<String, Object> of(DocumentType type) {
		Map<String, Object> values = new LinkedHashMap<>();
		type.fields().forEach((f) -> values.put(f.name(), f.sample()));
		return values;
	}

}
