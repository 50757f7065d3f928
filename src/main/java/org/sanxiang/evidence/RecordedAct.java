package org.sanxiang.evidence;

/**
 * The enforcement acts the recording policy speaks about (执法全过程记录): the acts with the
 * highest risk, which must be filmed without a gap — 查封扣押, 限产停产, 停业关闭, 强制拆除 and any act
 * in the 执法办案场所 — and those where video is recommended — on-site inspection,
 * investigation, hearings, 留置送达 and 公告送达.
 */
public enum RecordedAct {

	SEIZURE("查封、扣押"), PRODUCTION_RESTRICTION("责令限制生产、停产整治"), CLOSURE("责令停业、关闭"), DEMOLITION("强制拆除"),
	CASE_HANDLING_PREMISES("执法办案场所内的执法活动"), SITE_INSPECTION("现场检查"), INVESTIGATION("调查取证、询问"), HEARING("听证"),
	SERVICE_BY_LEAVING("留置送达"), SERVICE_BY_NOTICE("公告送达");

	private final String chineseName;

	RecordedAct(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
