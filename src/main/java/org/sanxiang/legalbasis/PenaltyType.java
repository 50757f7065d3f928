package org.sanxiang.legalbasis;

/**
 * Kinds of penalty and accompanying orders (行政处罚法 第九条, plus the orders that environmental
 * statutes attach to a penalty).
 */
enum PenaltyType {

	WARNING("警告"), PUBLIC_CRITICISM("通报批评"), FINE("罚款"), CONFISCATE_ILLEGAL_GAINS("没收违法所得"), ORDER_CORRECTION("责令改正"),
	ORDER_STOP_CONSTRUCTION("责令停止建设"), ORDER_RESTORE("责令恢复原状"), RESTRICT_PRODUCTION("责令限制生产"),
	SUSPEND_FOR_RECTIFICATION("责令停产整治"), SUSPEND_OR_CLOSE("报请责令停业、关闭"), REVOKE_PERMIT("吊销许可证件"),
	DETENTION_REFERRAL("移送公安机关行政拘留"), DAILY_CONTINUING_FINE("按日连续处罚"), SUSPEND_WORK_OR_BUSINESS("责令停工整治或者停业整治"),
	ORDER_FILING("责令备案"), ORDER_STOP_VIOLATION("责令停止违法行为");

	/**
	 * Measures a statute allows only under a condition of its own (拒不改正, the cases of
	 * 实施限制生产、停产整治办法 …): never part of a discretion band, always a
	 * {@link ConditionalMeasure}.
	 */
	static final java.util.Set<PenaltyType> CONDITIONAL = java.util.EnumSet.of(RESTRICT_PRODUCTION,
			SUSPEND_FOR_RECTIFICATION, SUSPEND_WORK_OR_BUSINESS, SUSPEND_OR_CLOSE);

	private final String chineseName;

	PenaltyType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
