package org.sanxiang.casefile;

/**
 * The kinds of coercive measure (行政强制措施) an agency records on a case: 查封 and 扣押
 * (生态环境主管部门实施查封、扣押办法; 行政强制法 第二十四、二十五条, at most 30 days and 30 more), and 责令限制生产 and 停产整治
 * (环境保护主管部门实施限制生产、停产整治办法; 限产 at most 3 months and 3 more, 停产整治 until released).
 */
public enum MeasureKind {

	SEAL("查封"), SEIZE("扣押"), RESTRICT_PRODUCTION("责令限制生产"), SUSPEND_PRODUCTION("责令停产整治");

	private final String chineseName;

	MeasureKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** 查封 or 扣押 (property taken under the agency's control). */
	public boolean onProperty() {
		return this == SEAL || this == SEIZE;
	}

}
