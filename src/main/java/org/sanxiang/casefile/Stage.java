package org.sanxiang.casefile;

/**
 * Where a penalty case stands (domain rules §12). The legal transitions between stages
 * are the acts of {@link PenaltyCase}; the side exits (不予处罚, 移送, 撤销立案, 终止调查) end the
 * procedure before a decision and lead to 结案 like a performed decision.
 */
public enum Stage {

	INVESTIGATION("调查取证"), SUSPENDED("中止调查"), INVESTIGATION_ENDED("调查终结"), EXAMINED("案件审查完毕"), NOTIFIED("已告知待送达"),
	DEFENCE("陈述申辩（听证）"), DECIDED("已作出决定"), SERVED("决定已送达（执行）"), NOT_PUNISHED("不予处罚"), TRANSFERRED("已移送"),
	FILING_REVOKED("已撤销立案"), INVESTIGATION_TERMINATED("已终止调查"), CLOSED("已结案"), ARCHIVED("已归档");

	private final String chineseName;

	Stage(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** A side exit: the procedure ended without a penalty decision. */
	public boolean isExit() {
		return this == NOT_PUNISHED || this == TRANSFERRED || this == FILING_REVOKED
				|| this == INVESTIGATION_TERMINATED;
	}

}
