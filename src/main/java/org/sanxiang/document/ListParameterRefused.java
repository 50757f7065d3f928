package org.sanxiang.document;

import java.util.Map;

import org.sanxiang.core.RuleViolation;

import org.springframework.http.HttpStatus;

/** A filter of the document list that names nothing the list knows: 400 naming it. */
class ListParameterRefused extends RuleViolation {

	private final String name;

	private final String reason;

	ListParameterRefused(String name, String reason) {
		super("INVALID_PARAMETER", "请求参数 " + name + " 的取值无效：" + reason, HttpStatus.BAD_REQUEST);
		this.name = name;
		this.reason = reason;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("errors", Map.of(this.name, this.reason));
	}

}
