package org.sanxiang.inspection;

import tools.jackson.databind.json.JsonMapper;

/**
 * How a draw's frozen input and outcome are stored and downloaded: JSON of the records'
 * components (IDs, classes, dates and counts — no names, no personal data).
 */
final class DrawJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DrawJson() {
	}

	static String of(Object value) {
		return JSON.writeValueAsString(value);
	}

	static DrawInput input(String json) {
		return JSON.readValue(json, DrawInput.class);
	}

	static DrawOutcome outcome(String json) {
		return JSON.readValue(json, DrawOutcome.class);
	}

}
