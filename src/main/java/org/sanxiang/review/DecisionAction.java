package org.sanxiang.review;

/**
 * What a proposed decision does to the party: the penalties of 行政处罚法 第九条 and the
 * environmental statutes, the coercive measures of 行政强制法 第九条, and the licensing acts —
 * the "执法行为类别" a review catalogue entry names.
 */
public enum DecisionAction {

	WARNING("警告"), PUBLIC_CRITICISM("通报批评"), FINE("罚款"), CONFISCATE_GAINS("没收违法所得"), CONFISCATE_PROPERTY("没收非法财物"),
	DAILY_CONTINUING_FINE("按日连续处罚"), REDUCE_QUALIFICATION("降低资质等级"), REVOKE_PERMIT("吊销许可证件"),
	BAR_FROM_APPLYING("一定时期内不得申请行政许可"), RESTRICT_PRODUCTION("责令限制生产"), SUSPEND_FOR_RECTIFICATION("责令停产整治"),
	SUSPEND_OR_CLOSE("责令停产停业、责令关闭"), RESTRICT_PRACTICE("限制从业、禁止从业"), DETENTION_REFERRAL("移送公安机关行政拘留"), SEIZURE("查封、扣押"),
	LICENCE_REVOCATION("撤销行政许可"), LICENCE_REFUSAL("不予行政许可");

	private final String chineseName;

	DecisionAction(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
