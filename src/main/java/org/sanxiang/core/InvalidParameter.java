package org.sanxiang.core;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

/**
 * A request parameter whose value is not one the endpoint knows: 400, naming the
 * parameter and, for an enum, the values it takes. Enum values are the constants' names
 * exactly as the API documents them (upper case); no other spelling is guessed at.
 */
public class InvalidParameter extends RuleViolation {

	private final String name;

	private final String reason;

	public InvalidParameter(String name, Class<?> type) {
		this(name, reason(type));
	}

	private InvalidParameter(String name, String reason) {
		super("INVALID_PARAMETER", "请求参数 " + name + " " + reason, HttpStatus.BAD_REQUEST);
		this.name = name;
		this.reason = reason;
	}

	/** The constant named by {@code value}, null for a missing or blank value. */
	public static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameter(name, type);
		}
	}

	private static String reason(Class<?> type) {
		if (type != null && type.isEnum()) {
			return "的取值无效，可选值：" + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining("、"));
		}
		return "的取值无效";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("errors", Map.of(this.name, this.reason.replaceFirst("^的", "")));
	}

}
