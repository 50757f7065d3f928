package org.sanxiang.legalbasis;

import java.util.List;
import java.util.Set;

/**
 * When a measure that goes with a penalty (限制生产, 停产整治, 停工/停业整治, 报请停业、关闭) may be proposed.
 * Never from a discretion band alone: each statute names its own condition.
 */
public enum MeasureCondition {

	/**
	 * 大气污染防治法 第一百条、第一百零八条、第一百一十七条, 水污染防治法 第八十二条, 排污许可管理条例 第三十六条: 「拒不改正的」/「逾期不改正的」 — a
	 * follow-up measure on a recorded refusal.
	 */
	AFTER_REFUSAL("经责令改正，拒不改正或者逾期不改正", List.of(Circumstance.REFUSED_TO_CORRECT)),

	/**
	 * 实施限制生产、停产整治办法 第五条: exceeding an emission standard or the daily total load —
	 * 可以责令限制生产.
	 */
	EXCEEDANCE("超过污染物排放标准或者重点污染物日最高允许排放总量控制指标（实施限制生产、停产整治办法第五条）", List.of()),

	/**
	 * 实施限制生产、停产整治办法 第六条 (cases), 第七条 (exceptions: then 限制生产 instead).
	 */
	SUSPENSION_CASE("实施限制生产、停产整治办法第六条所列情形之一",
			List.of(Circumstance.EVASION_AND_EXCEEDING, Circumstance.TOXIC_OVER_THREE_TIMES,
					Circumstance.ANNUAL_TOTAL_EXCEEDED, Circumstance.EXCEEDING_AFTER_RESTRICTION,
					Circumstance.INCIDENT_EXCEEDING)),

	/** 实施限制生产、停产整治办法 第八条: 报经有批准权的人民政府责令停业、关闭. */
	CLOSURE_CASE("实施限制生产、停产整治办法第八条所列情形之一",
			List.of(Circumstance.TOXIC_REPEAT, Circumstance.RESUMED_AFTER_SUSPENSION,
					Circumstance.REPEAT_AFTER_RELEASE)),

	/** 「情节严重的」 where the statute names no case list: the benchmark's 严重 band. */
	SEVERE_CIRCUMSTANCES("情节严重（裁量基准「严重」档）", List.of()),

	/**
	 * The statute offers the measure as the decision-maker's alternative (噪声污染防治法 第七十五条
	 * 「责令改正或者限制生产、停产整治」): offered, never imposed.
	 */
	OPTION("法律规定可以选择适用", List.of()),

	/** The statute imposes the measure together with the fine (「并…」). */
	ALWAYS("法律规定与罚款一并适用", List.of());

	/** 实施限制生产、停产整治办法 第七条: 限制生产 instead of 停产整治. */
	static final Set<Circumstance> SUSPENSION_EXCEPTIONS = Set.of(Circumstance.PUBLIC_UTILITY, Circumstance.LIVELIHOOD,
			Circumstance.SAFETY_RISK);

	private final String chineseName;

	private final List<Circumstance> anyOf;

	MeasureCondition(String chineseName, List<Circumstance> anyOf) {
		this.chineseName = chineseName;
		this.anyOf = anyOf;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/** The circumstances of which one must be recorded; empty when none is needed. */
	List<Circumstance> anyOf() {
		return this.anyOf;
	}

}
