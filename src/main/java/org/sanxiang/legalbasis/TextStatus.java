package org.sanxiang.legalbasis;

/** Status of a law or of one version of an article: 现行有效 / 已修订 / 已废止. */
enum TextStatus {

	IN_FORCE("现行有效"), REVISED("已修订"), REPEALED("已废止");

	private final String chineseName;

	TextStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
