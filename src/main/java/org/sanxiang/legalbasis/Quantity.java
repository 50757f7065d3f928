package org.sanxiang.legalbasis;

/**
 * Inputs a fine formula may need beyond the factor answers: a base amount in yuan, or a
 * count.
 */
enum Quantity {

	TOTAL_INVESTMENT("建设项目总投资额", true), DISPOSAL_COST("所需处置费用", true), DIRECT_LOSS("直接损失", true),
	ILLEGAL_GAINS("违法所得", true), ORIGINAL_FINE("原处罚数额", true), OCCURRENCES("违法次数", false), DAYS("违法天数", false);

	private final String chineseName;

	private final boolean money;

	Quantity(String chineseName, boolean money) {
		this.chineseName = chineseName;
		this.money = money;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public boolean isMoney() {
		return this.money;
	}

}
