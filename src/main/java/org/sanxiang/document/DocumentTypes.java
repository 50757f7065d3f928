package org.sanxiang.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.core.RuleViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The catalogue of document types, read from {@code document/types.json} (forms modelled
 * on the ministry's ecology-environment penalty documents; not its complete set, see
 * docs/documents.md). Checked when loaded: a broken catalogue stops the application
 * instead of producing broken documents.
 */
@Component
public class DocumentTypes {

	/** Values the platform fills itself; a type may not declare them as fields. */
	public static final Set<String> COMMON_VALUES = Set.of("agencyName", "docNumber", "issueDate", "title");

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private final Map<String, DocumentType> types;

	public DocumentTypes() {
		this(new ClassPathResource("document/types.json"));
	}

	DocumentTypes(ClassPathResource resource) {
		try (InputStream in = resource.getInputStream()) {
			this.types = parse(JsonMapper.builder().build().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Collection<DocumentType> all() {
		return this.types.values();
	}

	public DocumentType get(String code) {
		DocumentType type = (code != null) ? this.types.get(code) : null;
		if (type == null) {
			throw new RuleViolation("DOCUMENT_TYPE_UNKNOWN", "文书种类不存在：" + code, HttpStatus.NOT_FOUND);
		}
		return type;
	}

	static Map<String, DocumentType> parse(JsonNode root) {
		Map<String, DocumentType> types = new LinkedHashMap<>();
		JsonMapper mapper = JsonMapper.builder().build();
		for (JsonNode t : root.get("types")) {
			String code = t.get("code").asString();
			List<DocumentField> fields = new ArrayList<>();
			for (JsonNode f : t.get("fields")) {
				String name = f.get("name").asString();
				if (!NAME.matcher(name).matches() || COMMON_VALUES.contains(name)) {
					throw new IllegalStateException(code + ": field name not usable as a placeholder: " + name);
				}
				FieldKind kind = FieldKind.valueOf(f.get("kind").asString().toUpperCase(Locale.ROOT));
				List<DocumentField.Column> columns = new ArrayList<>();
				if (f.has("columns")) {
					for (JsonNode c : f.get("columns")) {
						columns.add(new DocumentField.Column(c.get("name").asString(), c.get("label").asString()));
					}
				}
				if ((kind == FieldKind.ITEMS) == columns.isEmpty()) {
					throw new IllegalStateException(code + "." + name + ": columns belong to items fields only");
				}
				Object sample = mapper.convertValue(f.get("sample"), Object.class);
				List<String> choices = new ArrayList<>();
				if (f.has("choices")) {
					f.get("choices").forEach((c) -> choices.add(c.asString()));
					if (kind != FieldKind.TEXT || (sample != null && !choices.contains(sample.toString()))) {
						throw new IllegalStateException(
								code + "." + name + ": choices belong to text fields and hold the sample");
					}
				}
				Map<String, List<String>> requiredWhen = new LinkedHashMap<>();
				if (f.has("requiredWhen")) {
					for (var when : f.get("requiredWhen").properties()) {
						List<String> values = new ArrayList<>();
						when.getValue().forEach((v) -> values.add(v.asString()));
						requiredWhen.put(when.getKey(), values);
					}
				}
				fields.add(new DocumentField(name, f.get("label").asString(), kind, f.get("required").asBoolean(),
						sample, columns, choices, requiredWhen));
			}
			for (DocumentField field : fields) {
				field.requiredWhen().forEach((other, values) -> {
					DocumentField on = fields.stream()
						.filter((g) -> g.name().equals(other))
						.findFirst()
						.orElseThrow(
								() -> new IllegalStateException(code + "." + field.name() + ": no field " + other));
					if (!on.choices().containsAll(values)) {
						throw new IllegalStateException(
								code + "." + field.name() + ": values not among the choices of " + other);
					}
				});
			}
			List<List<String>> oneOf = new ArrayList<>();
			if (t.has("requiredOneOf")) {
				for (JsonNode group : t.get("requiredOneOf")) {
					List<String> names = new ArrayList<>();
					group.forEach((n) -> names.add(n.asString()));
					for (String n : names) {
						if (fields.stream().noneMatch((g) -> g.name().equals(n) && !g.required())) {
							throw new IllegalStateException(code + ": requiredOneOf names no optional field " + n);
						}
					}
					oneOf.add(names);
				}
			}
			JsonNode category = t.get("category");
			JsonNode intro = t.get("intro");
			DocumentType type = new DocumentType(code, t.get("name").asString(),
					(category == null || category.isNull()) ? null : category.asString(), t.get("basis").asString(),
					(intro == null || intro.isNull()) ? null : intro.asString(), fields, oneOf);
			if (types.put(code, type) != null) {
				throw new IllegalStateException("document type declared twice: " + code);
			}
		}
		return java.util.Collections.unmodifiableMap(types);
	}

}
