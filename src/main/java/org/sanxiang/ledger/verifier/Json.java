package org.sanxiang.ledger.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for the verifier, which carries no library but
 * Bouncy Castle: objects become {@link Map}s, arrays {@link List}s, numbers {@link Long}
 * (integers) or {@link Double}, and {@code null} null.
 */
final class Json {

	private final String text;

	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) throws ProofException {
		Json json = new Json(text);
		json.space();
		Object value = json.value(0);
		json.space();
		if (json.at != text.length()) {
			throw json.error("unexpected text after the value");
		}
		return value;
	}

	private Object value(int depth) throws ProofException {
		if (depth > 64) {
			throw error("nested too deeply");
		}
		if (this.at >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.at);
		return switch (c) {
			case '{' -> object(depth);
			case '[' -> array(depth);
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object(int depth) throws ProofException {
		Map<String, Object> map = new LinkedHashMap<>();
		this.at++;
		space();
		if (peek('}')) {
			this.at++;
			return map;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("expected a member name");
			}
			String name = string();
			space();
			expect(':');
			space();
			map.put(name, value(depth + 1));
			space();
			if (peek(',')) {
				this.at++;
				continue;
			}
			expect('}');
			return map;
		}
	}

	private List<Object> array(int depth) throws ProofException {
		List<Object> list = new ArrayList<>();
		this.at++;
		space();
		if (peek(']')) {
			this.at++;
			return list;
		}
		while (true) {
			space();
			list.add(value(depth + 1));
			space();
			if (peek(',')) {
				this.at++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() throws ProofException {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			if (this.at >= this.text.length()) {
				throw error("unterminated string");
			}
			char c = this.text.charAt(this.at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (this.at >= this.text.length()) {
				throw error("unterminated escape");
			}
			char e = this.text.charAt(this.at++);
			switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (this.at + 4 > this.text.length()) {
						throw error("short \\u escape");
					}
					try {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					}
					catch (NumberFormatException ex) {
						throw error("bad \\u escape");
					}
					this.at += 4;
				}
				default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Object number() throws ProofException {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		String n = this.text.substring(start, this.at);
		if (n.isEmpty()) {
			throw error("unexpected character '" + this.text.charAt(start) + "'");
		}
		try {
			return (n.contains(".") || n.contains("e") || n.contains("E")) ? (Object) Double.parseDouble(n)
					: (Object) Long.parseLong(n);
		}
		catch (NumberFormatException ex) {
			throw error("bad number " + n);
		}
	}

	private Object literal(String word, Object value) throws ProofException {
		if (!this.text.startsWith(word, this.at)) {
			throw error("unexpected text");
		}
		this.at += word.length();
		return value;
	}

	private boolean peek(char c) {
		return this.at < this.text.length() && this.text.charAt(this.at) == c;
	}

	private void expect(char c) throws ProofException {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		this.at++;
	}

	private void space() {
		while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
	}

	private ProofException error(String what) {
		return new ProofException("the manifest is not valid JSON at character " + this.at + ": " + what);
	}

}
