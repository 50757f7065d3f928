package org.sanxiang.legalbasis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;

/**
 * An edit of the legal basis was refused; lists every refused field (RFC 9457
 * {@code errors}) so a form can show each message beside its field. Nothing was written.
 */
class InvalidLegalInput extends RuleViolation {

	private final List<Problem> problems;

	public InvalidLegalInput(List<Problem> problems) {
		super(problems.size() == 1 ? problems.get(0).code() : "INVALID_LEGAL_INPUT",
				(problems.size() == 1) ? problems.get(0).message() : "输入有误：" + problems.size() + "处，请按提示修改");
		this.problems = List.copyOf(problems);
	}

	static InvalidLegalInput of(String field, String code, String message) {
		return new InvalidLegalInput(List.of(new Problem(field, code, message)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** Field → Chinese message, the first problem of each field. */
	public Map<String, String> messages() {
		Map<String, String> messages = new LinkedHashMap<>();
		this.problems.forEach((p) -> messages.putIfAbsent(p.field(), p.message()));
		return messages;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("errors", this.problems);
	}

	/** One refused field: its form name, a stable code, a Chinese message. */
	public record Problem(String field, String code, String message) {
	}

}
