package org.sanxiang.legalbasis;

/**
 * Discretion bands (裁量阶次), from 不予处罚 (行政处罚法 第三十三条) to 严重. Ordered: a later constant is
 * heavier.
 */
public enum Band {

	NO_PENALTY("不予处罚"), MINOR("轻微"), GENERAL("一般"), SERIOUS("较重"), SEVERE("严重");

	private final String chineseName;

	Band(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	Band lighter() {
		return (this == MINOR || this == NO_PENALTY) ? this : values()[ordinal() - 1];
	}

}
