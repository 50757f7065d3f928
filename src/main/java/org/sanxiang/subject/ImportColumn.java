package org.sanxiang.subject;

/**
 * The columns of the party import sheet, matched by header name (a trailing {@code *}
 * marks a required column and is ignored when matching), so their order does not matter.
 */
enum ImportColumn {

	NAME("单位名称", "name", true), CREDIT_CODE("统一社会信用代码", "creditCode", true),
	LEGAL_REPRESENTATIVE("法定代表人", "legalRepresentative", false), ADDRESS("地址", "address", false),
	REGION_CODE("行政区划代码", "regionCode", true), INDUSTRY_CODE("行业代码", "industryCode", false),
	PERMIT_NUMBER("排污许可证编号", "permitNumber", false), PERMIT_VALID_FROM("许可证有效期起", "permitValidFrom", false),
	PERMIT_VALID_TO("许可证有效期至", "permitValidTo", false), MANAGEMENT_CLASS("管理类别", "managementClass", false),
	KEY_POLLUTER("重点排污单位", "keyPolluter", false), PHONE("单位电话", "phone", false),
	CONTACT_NAME("联系人", "contacts[0].name", false), CONTACT_PHONE("联系人电话", "contacts[0].phone", false);

	private final String header;

	private final String field;

	private final boolean required;

	ImportColumn(String header, String field, boolean required) {
		this.header = header;
		this.field = field;
		this.required = required;
	}

	String header() {
		return this.header;
	}

	String field() {
		return this.field;
	}

	boolean required() {
		return this.required;
	}

	/** The header as the template writes it. */
	String templateHeader() {
		return this.required ? this.header + "*" : this.header;
	}

	static ImportColumn byHeader(String text) {
		String t = (text == null) ? "" : text.strip().replace("*", "").replace("＊", "").strip();
		for (ImportColumn column : values()) {
			if (column.header.equals(t)) {
				return column;
			}
		}
		return null;
	}

	static ImportColumn byField(String field) {
		for (ImportColumn column : values()) {
			if (column.field.equals(field)) {
				return column;
			}
		}
		return (field != null && field.startsWith("permitValid")) ? PERMIT_VALID_TO : null;
	}

}
