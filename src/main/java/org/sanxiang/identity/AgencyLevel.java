package org.sanxiang.identity;

/** Level of an enforcement agency (执法主体) in the org tree: 省厅 → 市局 → 分局/县局. */
public enum AgencyLevel {

	PROVINCE("省级"), CITY("市级"), DISTRICT("县级/分局");

	private final String chineseName;

	AgencyLevel(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** The level directly below this one, or {@code null} at the bottom of the tree. */
	AgencyLevel child() {
		return switch (this) {
			case PROVINCE -> CITY;
			case CITY -> DISTRICT;
			case DISTRICT -> null;
		};
	}

}
