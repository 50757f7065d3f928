package org.sanxiang.document;

import org.sanxiang.core.AuditableEvent;

/** A template version was uploaded or activated. */
public record DocumentTemplateChanged(String typeCode, int version, String change,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "DOCUMENT_TEMPLATE_" + this.change;
	}

	@Override
	public String objectType() {
		return "DocumentTemplate";
	}

	@Override
	public String objectId() {
		return this.typeCode + "#" + this.version;
	}

}
