package org.sanxiang.inspection;

/**
 * The classes of the object pool (检查对象名录库): a party belongs to the first that applies —
 * 特殊监管对象 (flagged in this module), 重点排污单位 (subject's key polluter), 一般排污单位 (any other
 * party with a 排污许可 management class).
 */
public enum ObjectClass {

	SPECIAL("特殊监管对象"), KEY_POLLUTER("重点排污单位"), GENERAL("一般排污单位");

	private final String chineseName;

	ObjectClass(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/**
	 * A text of the draw function, which quotes classes by code (「KEY_POLLUTER」), with
	 * each class named in Chinese instead, for the people who read it.
	 */
	static String named(String text) {
		String named = text;
		for (ObjectClass objectClass : values()) {
			named = named.replace("「" + objectClass.name() + "」", "「" + objectClass.chineseName + "」");
		}
		return named;
	}

}
