package org.sanxiang.legalbasis;

/**
 * A fact of the case the calculator weighs beyond the benchmark's factors, each with the
 * provision that makes it matter:
 * <ul>
 * <li>行政处罚法 第三十三条 — 不予处罚: 及时改正, 没有造成危害后果 / 危害后果轻微, 初次违法, 没有主观过错;</li>
 * <li>行政处罚法 第三十条、第三十二条 — grounds for 从轻或者减轻;</li>
 * <li>the facts a conditional measure needs: 拒不改正 (大气法 第一百条 …), the cases of
 * 实施限制生产、停产整治办法 第六条, its exceptions (第七条) and its escalation to 停业、关闭 (第八条).</li>
 * </ul>
 */
public enum Circumstance {

	CORRECTED_IN_TIME(Group.NO_PENALTY, "违法行为已及时改正"), NO_HARM(Group.NO_PENALTY, "没有造成危害后果"),
	SLIGHT_HARM(Group.NO_PENALTY, "危害后果轻微"), FIRST_OFFENCE(Group.NO_PENALTY, "初次违法"),
	NO_FAULT(Group.NO_PENALTY, "当事人有证据足以证明没有主观过错"),

	ELIMINATED_HARM(Group.REDUCTION, "主动消除或者减轻违法行为危害后果"), COERCED(Group.REDUCTION, "受他人胁迫或者诱骗实施违法行为"),
	CONFESSED(Group.REDUCTION, "主动供述行政机关尚未掌握的违法行为"), MERIT(Group.REDUCTION, "配合行政机关查处违法行为有立功表现"),
	MINOR_AGE(Group.REDUCTION, "已满十四周岁不满十八周岁（行政处罚法第三十条）"),

	REFUSED_TO_CORRECT(Group.MEASURE, "经责令改正，拒不改正或者逾期不改正（已记录）"),
	EVASION_AND_EXCEEDING(Group.MEASURE, "通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行防治污染设施等逃避监管的方式排放污染物，超过排放标准"),
	TOXIC_OVER_THREE_TIMES(Group.MEASURE, "非法排放含重金属、持久性有机污染物等严重危害环境、损害人体健康的污染物超过排放标准三倍以上"),
	ANNUAL_TOTAL_EXCEEDED(Group.MEASURE, "超过重点污染物排放总量年度控制指标排放污染物"),
	EXCEEDING_AFTER_RESTRICTION(Group.MEASURE, "被责令限制生产后仍然超过排放标准排放污染物"),
	INCIDENT_EXCEEDING(Group.MEASURE, "因突发事件造成污染物排放超过排放标准或者重点污染物排放总量控制指标"),
	PUBLIC_UTILITY(Group.MEASURE, "城镇污水处理、垃圾处理、危险废物处置等公共设施的运营单位"), LIVELIHOOD(Group.MEASURE, "生产经营业务涉及基本民生、公共利益"),
	SAFETY_RISK(Group.MEASURE, "实施停产整治可能影响生产安全"),
	TOXIC_REPEAT(Group.MEASURE, "两年内因排放含重金属、持久性有机污染物等有毒物质超过排放标准受过两次以上行政处罚，又实施前列行为"),
	RESUMED_AFTER_SUSPENSION(Group.MEASURE, "被责令停产整治后拒不停产或者擅自恢复生产"),
	REPEAT_AFTER_RELEASE(Group.MEASURE, "停产整治决定解除后，跟踪检查发现又实施同一违法行为");

	/** What a circumstance is weighed for. */
	public enum Group {

		NO_PENALTY, REDUCTION, MEASURE

	}

	private final Group group;

	private final String chineseName;

	Circumstance(Group group, String chineseName) {
		this.group = group;
		this.chineseName = chineseName;
	}

	public Group group() {
		return this.group;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
