package org.sanxiang.review;

/** The acts of the procedure that a proposed decision's record lists (行政处罚法 第五章). */
public enum ProcedureAct {

	FILING("立案"), ON_SITE_INSPECTION("现场检查（勘察）"), INQUIRY("调查询问"), SAMPLING("采样"), EVIDENCE_PRESERVATION("先行登记保存"),
	SEIZURE("查封、扣押"), INVESTIGATION_REPORT("调查终结"), CASE_EXAMINATION("案件审查"), NOTICE("事先告知"), NOTICE_SERVED("告知书送达"),
	STATEMENT("陈述、申辩"), STATEMENT_WAIVED("放弃陈述、申辩"), HEARING_REQUESTED("申请听证"), HEARING_WAIVED("放弃听证"),
	HEARING_NOTICE_SERVED("听证通知送达"), HEARING("听证"), HEARING_REPORT("听证报告");

	private final String chineseName;

	ProcedureAct(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
