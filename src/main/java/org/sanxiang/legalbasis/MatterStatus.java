package org.sanxiang.legalbasis;

/** Status of one version of an enforcement matter: 现行 / 已修订 / 已取消. */
enum MatterStatus {

	IN_FORCE("现行"), REVISED("已修订"), RETIRED("已取消");

	private final String chineseName;

	MatterStatus(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
