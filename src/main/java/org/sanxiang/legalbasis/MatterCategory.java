package org.sanxiang.legalbasis;

/** Category of an enforcement matter in the 权责清单. */
enum MatterCategory {

	PENALTY("行政处罚"), COERCION("行政强制"), INSPECTION("行政检查"), LICENSING("行政许可"), OTHER("其他");

	private final String chineseName;

	MatterCategory(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
