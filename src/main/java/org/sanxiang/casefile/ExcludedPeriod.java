package org.sanxiang.casefile;

/**
 * The periods that do not count towards the case handling period besides 中止 and 听证 (行政处罚法
 * 第六十条 “法律、法规、规章另有规定的，从其规定”; 生态环境行政处罚办法 第五十七条: 公告、监测（检测）、评估、认定、鉴定 等时间不计入): the case
 * records when such a period starts and ends, and {@link CaseDeadlines} leaves its days
 * out.
 */
public enum ExcludedPeriod {

	ANNOUNCEMENT("公告"), APPRAISAL("鉴定"), TESTING("监测（检测）"), EVALUATION("评估"), DETERMINATION("认定");

	/** The article that leaves these periods out of the handling period. */
	public static final String ARTICLE = "《中华人民共和国行政处罚法》第六十条；《生态环境行政处罚办法》第五十七条";

	private final String chineseName;

	ExcludedPeriod(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/**
	 * The kind a timeline entry of {@link CaseAct#START_EXCLUDED_PERIOD} records: its
	 * note begins with the kind's name and 期间.
	 */
	static ExcludedPeriod ofNote(String note) {
		for (ExcludedPeriod kind : values()) {
			if (note != null && note.startsWith(kind.chineseName + "期间")) {
				return kind;
			}
		}
		return APPRAISAL;
	}

}
