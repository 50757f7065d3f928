package org.sanxiang.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The draft form as the document pages show it: the fields of the type with their values
 * and errors, the rows of item tables, the party kept and those found in 一企一档; and the
 * values read back from a submitted form.
 */
@Component
class DocumentForms {

	private static final int EMPTY_ITEM_ROWS = 3;

	private final DocumentTypes types;

	private final Documents documents;

	private final DocumentFonts fonts;

	private final AgencyDirectory agencies;

	private final PartyRegistry parties;

	DocumentForms(DocumentTypes types, Documents documents, DocumentFonts fonts, AgencyDirectory agencies,
			PartyRegistry parties) {
		this.types = types;
		this.documents = documents;
		this.fonts = fonts;
		this.agencies = agencies;
		this.parties = parties;
	}

	String form(Model model, DocumentType type, Document document, Map<String, ?> values, Map<String, String> errors) {
		model.addAttribute("type", type);
		model.addAttribute("document", document);
		model.addAttribute("values", values);
		model.addAttribute("rows", itemRows(type, values, document == null || document.draft()));
		model.addAttribute("errors", errors);
		model.addAttribute("editable", document == null || document.draft());
		model.addAttribute("fontMissing", !this.fonts.available());
		if (document != null) {
			model.addAttribute("agency", this.agencies.agency(document.agencyId()));
		}
		return "document/form";
	}

	/** A refused act explained in place, on the document's own page. */
	String refused(SanxiangPrincipal principal, long id, String message, Map<String, String> errors, Model model) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		model.addAttribute("error", message);
		partyChoices(principal, document.partyId(), null, model);
		return form(model, this.types.get(document.typeCode()), document, document.values(), errors);
	}

	/** The party kept, and those found in 一企一档 for what was typed, to pick from. */
	void partyChoices(SanxiangPrincipal principal, Long partyId, String partyQuery, Model model) {
		var scope = principal.dataScope().agencyIds();
		List<PartySummary> choices = new ArrayList<>();
		if (partyQuery != null && !partyQuery.isBlank() && partyQuery.length() <= 100) {
			choices.addAll(this.parties.search(scope, partyQuery.strip(), null, 0).items());
		}
		if (partyId != null) {
			model.addAttribute("party", this.parties.party(partyId, scope));
		}
		model.addAttribute("partyChoices", choices);
		model.addAttribute("partyQuery", partyQuery);
	}

	/**
	 * Rows shown for each items field: the existing ones plus a few empty ones on drafts.
	 */
	private static Map<String, List<Map<String, String>>> itemRows(DocumentType type, Map<String, ?> values,
			boolean editable) {
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		for (DocumentField field : type.fields()) {
			if (field.kind() != FieldKind.ITEMS) {
				continue;
			}
			List<Map<String, String>> list = new ArrayList<>();
			if (values.get(field.name()) instanceof List<?> existing) {
				for (Object row : existing) {
					if (row instanceof Map<?, ?> cells) {
						Map<String, String> copy = new LinkedHashMap<>();
						cells.forEach((k, v) -> copy.put(String.valueOf(k), (v != null) ? v.toString() : ""));
						list.add(copy);
					}
				}
			}
			for (int i = 0; editable && i < EMPTY_ITEM_ROWS; i++) {
				list.add(Map.of());
			}
			rows.put(field.name(), list);
		}
		return rows;
	}

	/**
	 * Field values from the form: {@code f.name} for a field, {@code f.name.row.column}
	 * for a cell of an items table.
	 */
	static Map<String, Object> values(DocumentType type, Map<String, String> form) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (DocumentField field : type.fields()) {
			if (field.kind() == FieldKind.ITEMS) {
				TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
				String prefix = "f." + field.name() + ".";
				form.forEach((key, value) -> {
					if (key.startsWith(prefix)) {
						String[] parts = key.substring(prefix.length()).split("\\.", 2);
						if (parts.length == 2 && parts[0].matches("\\d{1,3}")) {
							rows.computeIfAbsent(Integer.parseInt(parts[0]), (k) -> new LinkedHashMap<>())
								.put(parts[1], value);
						}
					}
				});
				if (!rows.isEmpty()) {
					values.put(field.name(), new ArrayList<>(rows.values()));
				}
			}
			else {
				String value = form.get("f." + field.name());
				if (value != null && !value.isBlank()) {
					values.put(field.name(), value);
				}
			}
		}
		return values;
	}

	static Map<String, String> errors(ContentRefused ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fields().forEach((f) -> errors.put(f.get("field"), f.get("reason")));
		return errors;
	}

}
