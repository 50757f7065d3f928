package org.sanxiang.legalbasis;

import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The enforcement matter form: what was typed (or the current version), as a draft. */
final class MatterForm {

	private MatterForm() {
	}

	static MultiValueMap<String, String> of(MatterVersion current) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", current.matter().code());
		form.add("name", current.matter().name());
		form.add("category", current.matter().category().name());
		form.put("levels", List.copyOf(current.matter().levels()));
		if (current.matter().randomInspection()) {
			form.add("randomInspection", "1");
		}
		form.add("basis", String.join("\n", current.matter().basis().stream().map(Citation::toString).toList()));
		form.put("violationCodes", List.copyOf(current.matter().violationCodes()));
		form.add("basedOn", String.valueOf(current.version()));
		return form;
	}

	static MatterDraft draft(MultiValueMap<String, String> form) {
		return new MatterDraft(form.getFirst("code"), form.getFirst("name"), form.getFirst("category"),
				form.get("levels"), form.containsKey("randomInspection"), form.getFirst("basis"),
				form.get("violationCodes"));
	}

	static int basedOn(MultiValueMap<String, String> form) {
		Integer basedOn = FormDates.number(form.getFirst("basedOn"));
		return (basedOn != null) ? basedOn : -1;
	}

}
