package org.sanxiang.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal acts on a penalty case, as its timeline names them, with the stages each may
 * be done in (the explicit transition table). An act outside its stages is refused with
 * {@code CASE_ILLEGAL_TRANSITION}.
 */
public enum CaseAct {

	FILE("立案", Set.of()), RECORD_INSPECTION("现场检查（勘察）", EnumSet.of(Stage.INVESTIGATION)),
	RECORD_INQUIRY("调查询问", EnumSet.of(Stage.INVESTIGATION)), RECORD_RECUSAL("决定回避", investigating()),
	ATTACH_EVIDENCE("附加证据", EnumSet.allOf(Stage.class)), END_INVESTIGATION("调查终结", EnumSet.of(Stage.INVESTIGATION)),
	EXAMINE("案件审查", EnumSet.of(Stage.INVESTIGATION_ENDED)),
	SEND_BACK("退回补充调查", EnumSet.of(Stage.INVESTIGATION_ENDED, Stage.EXAMINED)),
	NOTIFY("事先告知", EnumSet.of(Stage.EXAMINED, Stage.DEFENCE)),
	RECORD_NOTICE_SERVICE("告知书送达", EnumSet.of(Stage.NOTIFIED)), RECORD_STATEMENT("陈述申辩", EnumSet.of(Stage.DEFENCE)),
	WAIVE_STATEMENT("放弃陈述申辩", EnumSet.of(Stage.DEFENCE)), REQUEST_HEARING("申请听证", EnumSet.of(Stage.DEFENCE)),
	WAIVE_HEARING("放弃听证", EnumSet.of(Stage.DEFENCE)), HOLD_HEARING("举行听证", EnumSet.of(Stage.DEFENCE)),
	SUBMIT_FOR_LEGAL_REVIEW("提交法制审核", EnumSet.of(Stage.EXAMINED, Stage.DEFENCE)),
	RECORD_DISCUSSION("集体讨论", EnumSet.of(Stage.EXAMINED, Stage.DEFENCE)),
	DECIDE("作出处罚决定", EnumSet.of(Stage.EXAMINED, Stage.NOTIFIED, Stage.DEFENCE)),
	SERVE("决定书送达", EnumSet.of(Stage.DECIDED)), RECORD_PAYMENT("缴纳罚没款", EnumSet.of(Stage.SERVED)),
	NOT_PUNISH("不予处罚", EnumSet.of(Stage.INVESTIGATION_ENDED, Stage.EXAMINED, Stage.DEFENCE)),
	TRANSFER("移送", EnumSet.of(Stage.INVESTIGATION, Stage.INVESTIGATION_ENDED, Stage.EXAMINED, Stage.DEFENCE)),
	REVOKE_FILING("撤销立案", EnumSet.of(Stage.INVESTIGATION, Stage.INVESTIGATION_ENDED)),
	TERMINATE_INVESTIGATION("终止调查", EnumSet.of(Stage.INVESTIGATION, Stage.SUSPENDED)),
	SUSPEND("中止调查", EnumSet.of(Stage.INVESTIGATION, Stage.INVESTIGATION_ENDED, Stage.EXAMINED)),
	RESUME("恢复调查", EnumSet.of(Stage.SUSPENDED)),
	CLOSE("结案",
			EnumSet.of(Stage.SERVED, Stage.NOT_PUNISHED, Stage.TRANSFERRED, Stage.FILING_REVOKED,
					Stage.INVESTIGATION_TERMINATED)),
	ARCHIVE("归档", EnumSet.of(Stage.CLOSED)), GRANT_PAYMENT_PLAN("批准延期（分期）缴纳", EnumSet.of(Stage.SERVED)),
	APPLY_FOR_REMEDY("申请复议（提起诉讼）", EnumSet.of(Stage.SERVED)),
	RECORD_REMEDY_OUTCOME("复议（诉讼）结果", EnumSet.of(Stage.SERVED)), REMIND("催告", EnumSet.of(Stage.SERVED)),
	APPLY_TO_COURT("申请人民法院强制执行", EnumSet.of(Stage.SERVED)), RECORD_COURT_RULING("人民法院裁定", EnumSet.of(Stage.SERVED)),
	EXTEND_PERIOD("延长办案期限",
			EnumSet.of(Stage.INVESTIGATION, Stage.SUSPENDED, Stage.INVESTIGATION_ENDED, Stage.EXAMINED, Stage.NOTIFIED,
					Stage.DEFENCE)),
	START_EXCLUDED_PERIOD("开始公告、鉴定等期间",
			EnumSet.of(Stage.INVESTIGATION, Stage.INVESTIGATION_ENDED, Stage.EXAMINED, Stage.NOTIFIED, Stage.DEFENCE)),
	END_EXCLUDED_PERIOD("结束公告、鉴定等期间", EnumSet.of(Stage.INVESTIGATION, Stage.SUSPENDED, Stage.INVESTIGATION_ENDED,
			Stage.EXAMINED, Stage.NOTIFIED, Stage.DEFENCE));

	private final String chineseName;

	private final Set<Stage> from;

	CaseAct(String chineseName, Set<Stage> from) {
		this.chineseName = chineseName;
		this.from = from;
	}

	private static Set<Stage> investigating() {
		return EnumSet.of(Stage.INVESTIGATION, Stage.SUSPENDED, Stage.INVESTIGATION_ENDED, Stage.EXAMINED,
				Stage.NOTIFIED, Stage.DEFENCE);
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** The stages in which this act may be done. */
	public Set<Stage> from() {
		return this.from;
	}

	/** An investigative act (调查取证): two qualified officers, none recused. */
	public boolean investigative() {
		return this == RECORD_INSPECTION || this == RECORD_INQUIRY;
	}

}
