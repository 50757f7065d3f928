package org.sanxiang.licensing;

import java.util.List;

/**
 * A licence type (行政许可事项) as the bureau publishes it in its service guide (办事指南): legal
 * basis, conditions, the materials to submit, and the time limits in working days —
 * {@code acceptanceDays} to accept, refuse or tell what is missing (行政许可法 第三十二条),
 * {@code decisionDays} to decide after acceptance (第四十二条 or the single law's limit),
 * extendable by 10 working days with the head's approval where {@code extensionAllowed}.
 */
public record LicenceType(String code, String name, String category, String legalBasis, String conditions,
		List<Material> materials, int acceptanceDays, int decisionDays, boolean extensionAllowed,
		String certificateName, Integer validityYears) {

	/** The working days an approved extension adds (行政许可法 第四十二条第一款). */
	public static final int EXTENSION_DAYS = 10;

	/** A material to submit: whether it is required, and the note on its sample form. */
	public record Material(String item, boolean required, String sampleNote) {
	}

	public LicenceType {
		materials = List.copyOf(materials);
	}

	static List<Material> parseMaterials(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).map((line) -> {
			String[] parts = line.split("\\|", -1);
			return new Material(parts[0], parts.length < 2 || "1".equals(parts[1]), (parts.length < 3) ? "" : parts[2]);
		}).toList();
	}

	public List<String> requiredItems() {
		return this.materials.stream().filter(Material::required).map(Material::item).toList();
	}

	/** E.g. "20个工作日（经本机关负责人批准可延长10个工作日）". */
	public String describeLimit() {
		return this.decisionDays + "个工作日" + (this.extensionAllowed ? "（经本机关负责人批准可延长" + EXTENSION_DAYS + "个工作日）" : "");
	}

}
