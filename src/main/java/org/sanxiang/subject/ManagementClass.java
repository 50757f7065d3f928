package org.sanxiang.subject;

import java.util.Arrays;
import java.util.Optional;

/**
 * 排污许可管理类别: 重点管理 or 简化管理 (排污许可管理条例 第二条), or 登记管理 — 排污登记 (第二十四条), which needs no permit —
 * for units with very small emissions.
 */
public enum ManagementClass {

	KEY("重点管理"), SIMPLIFIED("简化管理"), REGISTRATION("登记管理");

	private final String chineseName;

	ManagementClass(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** By constant name or Chinese name, as a form or a spreadsheet gives it. */
	public static Optional<ManagementClass> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter((c) -> c.name().equals(t) || c.chineseName.equals(t)).findFirst();
	}

}
