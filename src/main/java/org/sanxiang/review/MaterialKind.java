package org.sanxiang.review;

/**
 * The materials a review request carries besides its content (cf. 广东省重大行政执法决定法制审核办法
 * 第十四条): the proposal and its grounds, the investigation record, and — where they exist —
 * the hearing record and report, the risk assessment, the expert opinion.
 */
public enum MaterialKind {

	DRAFT_DECISION("拟作出的决定文书（草案）"), INVESTIGATION_REPORT("案件调查报告"), CASE_APPROVAL("案件处理内部审批表"), NOTICE("行政处罚事先（听证）告知书"),
	NOTICE_SERVICE("告知书送达回证"), STATEMENT_RECORD("陈述申辩笔录或材料"), HEARING_RECORD("听证笔录"), HEARING_REPORT("听证报告"),
	RISK_ASSESSMENT("风险评估报告"), EXPERT_OPINION("专家论证报告"), OTHER("其他材料");

	private final String chineseName;

	MaterialKind(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
