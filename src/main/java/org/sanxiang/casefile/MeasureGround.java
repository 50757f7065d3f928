package org.sanxiang.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a coercive measure is proposed (domain rules §2.2, §2.3): the mandatory (应当) and
 * optional (可以) cases of 查封、扣押, the specific triggers of 限制生产 and 停产整治, and a recorded
 * refusal to correct (拒不改正) after 责令改正, which any production measure may follow.
 */
public enum MeasureGround {

	SERIOUS_POLLUTION("已造成严重污染", true, property()),
	EVASION("通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据、不正常运行防治污染设施等逃避监管的方式排放污染物", true, property()),
	INCIDENT_NOT_STOPPED("较大、重大和特别重大突发环境事件发生后未按要求停止排放污染物", true, property()),
	HAZARDOUS_DISCHARGE("违法排放、倾倒、处置含传染病病原体的废物、危险废物、含重金属污染物或者持久性有机污染物等有毒物质", false, property()),
	PROTECTED_AREA("在饮用水水源一级保护区、自然保护区核心区违法排放、倾倒、处置污染物", false, property()),
	ILLEGAL_SLUDGE("违法排放、倾倒化工、制药、石化、印染、电镀、造纸、制革等工业污泥", false, property()),
	OTHER_SERIOUS("其他造成或者可能造成严重污染的违法排放污染物行为", false, property()),
	EXCEEDS_STANDARD("超过污染物排放标准排放污染物", false, EnumSet.of(MeasureKind.RESTRICT_PRODUCTION)),
	EXCEEDS_DAILY_LOAD("超过重点污染物日最高允许排放总量控制指标", false, EnumSet.of(MeasureKind.RESTRICT_PRODUCTION)),
	EVASION_AND_EXCEEDANCE("通过逃避监管的方式排放污染物且超过排放标准", false, EnumSet.of(MeasureKind.SUSPEND_PRODUCTION)),
	TOXIC_OVER_THREE_TIMES("排放重金属、持久性有机污染物等有毒物质超过排放标准三倍以上", false, EnumSet.of(MeasureKind.SUSPEND_PRODUCTION)),
	ANNUAL_CAP_EXCEEDED("超过重点污染物年度排放总量控制指标", false, EnumSet.of(MeasureKind.SUSPEND_PRODUCTION)),
	EXCEEDS_AFTER_RESTRICTION("被责令限制生产后仍然超过排放标准排放", false, EnumSet.of(MeasureKind.SUSPEND_PRODUCTION)),
	ACCIDENT_EXCEEDANCE("因突发环境事件造成污染物排放超过排放标准", false, EnumSet.of(MeasureKind.SUSPEND_PRODUCTION)), CORRECTION_REFUSED(
			"责令改正后拒不改正或者逾期不改正", false, EnumSet.of(MeasureKind.RESTRICT_PRODUCTION, MeasureKind.SUSPEND_PRODUCTION));

	private final String chineseName;

	private final boolean mandatory;

	private final Set<MeasureKind> kinds;

	MeasureGround(String chineseName, boolean mandatory, Set<MeasureKind> kinds) {
		this.chineseName = chineseName;
		this.mandatory = mandatory;
		this.kinds = kinds;
	}

	private static Set<MeasureKind> property() {
		return EnumSet.of(MeasureKind.SEAL, MeasureKind.SEIZE);
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** Whether the law says the measure shall (应当) be taken. */
	public boolean mandatory() {
		return this.mandatory;
	}

	public boolean allows(MeasureKind kind) {
		return this.kinds.contains(kind);
	}

}
