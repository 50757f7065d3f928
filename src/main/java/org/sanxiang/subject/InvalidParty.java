package org.sanxiang.subject;

import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

/**
 * A party's particulars were refused; lists every refused field (RFC 9457
 * {@code errors}).
 */
class InvalidParty extends RuleViolation {

	private final List<FieldError> errors;

	public InvalidParty(List<FieldError> errors) {
		super("SUBJECT_INVALID", "监管对象信息有误：" + errors.size() + "处，请按提示修改");
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("errors", this.errors);
	}

}
