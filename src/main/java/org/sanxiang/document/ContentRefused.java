package org.sanxiang.document;

import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

/**
 * Document content that the type does not accept: each offending field named, with its
 * printed heading and the reason.
 */
public class ContentRefused extends RuleViolation {

	private final List<Map<String, String>> fields;

	ContentRefused(String code, String message, List<Map<String, String>> fields) {
		super(code, message);
		this.fields = List.copyOf(fields);
	}

	public List<Map<String, String>> fields() {
		return this.fields;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("fields", this.fields);
	}

}
