package org.sanxiang.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.DateRange;

/**
 * The values of one document, checked against its type: required fields present, every
 * value of the right kind and size, no control characters, no unknown fields. Values are
 * strings (items: a list of rows of strings), trimmed.
 */
public record DocumentContent(DocumentType type, Map<String, Object> values) {

	static final int MAX_ROWS = 200;

	public DocumentContent {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** Checks and normalises {@code raw}; a draft may leave required fields empty. */
	public static DocumentContent of(DocumentType type, Map<String, ?> raw, boolean complete) {
		Map<String, ?> input = (raw != null) ? raw : Map.of();
		List<Map<String, String>> errors = new ArrayList<>();
		for (String name : input.keySet()) {
			if (type.field(name).isEmpty()) {
				errors.add(error(name, name, "该文书没有此项"));
			}
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (DocumentField field : type.fields()) {
			Object value = input.get(field.name());
			String problem;
			if (field.kind() == FieldKind.ITEMS) {
				problem = items(field, value, values);
			}
			else {
				problem = scalar(field, value, values);
			}
			if (problem != null) {
				errors.add(error(field.name(), field.label(), problem));
			}
			else if (field.kind() == FieldKind.TEXT && !field.choices().isEmpty() && values.containsKey(field.name())
					&& !field.choices().contains(values.get(field.name()).toString())) {
				values.remove(field.name());
				errors.add(error(field.name(), field.label(), "应为以下之一：" + String.join("；", field.choices())));
			}
		}
		if (complete) {
			for (DocumentField field : type.fields()) {
				boolean invalid = errors.stream().anyMatch((e) -> e.get("field").equals(field.name()));
				if (!invalid && field.requiredGiven(values) && !values.containsKey(field.name())) {
					errors.add(error(field.name(), field.label(), "必填"));
				}
			}
			for (List<String> group : type.requiredOneOf()) {
				if (group.stream().noneMatch(values::containsKey)) {
					List<String> labels = group.stream().map((n) -> type.field(n).orElseThrow().label()).toList();
					errors.add(error(group.get(0), String.join("或者", labels), "必填"));
				}
			}
		}
		if (!errors.isEmpty()) {
			boolean onlyMissing = errors.stream().allMatch((e) -> "必填".equals(e.get("reason")));
			String list = String.join("、", errors.stream().map((e) -> e.get("label")).toList());
			throw new ContentRefused(onlyMissing ? "DOCUMENT_FIELD_REQUIRED" : "DOCUMENT_FIELD_INVALID",
					(onlyMissing ? "缺少必填项：" : "以下各项不符合要求：") + list, errors);
		}
		return new DocumentContent(type, values);
	}

	public String text(String name) {
		Object value = this.values.get(name);
		return (value instanceof String s) ? s : null;
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, String>> rows(String name) {
		Object value = this.values.get(name);
		return (value instanceof List<?> list) ? (List<Map<String, String>>) list : List.of();
	}

	private static String scalar(DocumentField field, Object value, Map<String, Object> values) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String) && !(value instanceof Number)) {
			return "应为文字";
		}
		String text = value.toString().replace("\r\n", "\n").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > field.kind().maxLength()) {
			return "超过" + field.kind().maxLength() + "字";
		}
		String bad = controlCharacter(text, field.kind() == FieldKind.PARAGRAPH);
		if (bad != null) {
			return bad;
		}
		switch (field.kind()) {
			case DATE -> {
				try {
					LocalDate date = LocalDate.parse(text);
					if (!DateRange.accepts(date)) {
						return DateRange.OutOfRange.message();
					}
					text = date.toString();
				}
				catch (DateTimeParseException ex) {
					return "日期格式应为 yyyy-MM-dd";
				}
			}
			case MONEY -> {
				try {
					BigDecimal amount = new BigDecimal(text);
					if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1e12")) >= 0) {
						return "金额应为不小于0、最多两位小数的元数";
					}
					text = amount.setScale(2).toPlainString();
				}
				catch (NumberFormatException ex) {
					return "金额应为数字";
				}
			}
			default -> {
			}
		}
		values.put(field.name(), text);
		return null;
	}

	private static String items(DocumentField field, Object value, Map<String, Object> values) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof List<?> list)) {
			return "应为表格（行的列表）";
		}
		if (list.size() > MAX_ROWS) {
			return "超过" + MAX_ROWS + "行";
		}
		List<Map<String, String>> rows = new ArrayList<>();
		for (Object element : list) {
			if (!(element instanceof Map<?, ?> cells)) {
				return "每行应为各列的值";
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (Object key : cells.keySet()) {
				if (field.columns().stream().noneMatch((c) -> c.name().equals(key))) {
					return "没有此列：" + key;
				}
			}
			for (DocumentField.Column column : field.columns()) {
				Object cell = cells.get(column.name());
				String text = (cell != null) ? cell.toString().strip() : "";
				if (text.length() > field.kind().maxLength()) {
					return column.label() + "超过" + field.kind().maxLength() + "字";
				}
				String bad = controlCharacter(text, false);
				if (bad != null) {
					return column.label() + bad;
				}
				row.put(column.name(), text);
			}
			if (row.values().stream().anyMatch((v) -> !v.isEmpty())) {
				rows.add(Collections.unmodifiableMap(row));
			}
		}
		if (!rows.isEmpty()) {
			values.put(field.name(), List.copyOf(rows));
		}
		return null;
	}

	private static String controlCharacter(String text, boolean lineBreaksAllowed) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' && lineBreaksAllowed) {
				continue;
			}
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				return c == '\n' ? "不能换行" : "含有控制字符";
			}
		}
		return null;
	}

	private static Map<String, String> error(String name, String label, String reason) {
		return Map.of("field", name, "label", label, "reason", reason);
	}

}
