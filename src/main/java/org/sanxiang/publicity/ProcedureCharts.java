package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.calendar.TimeLimitRule;
import org.sanxiang.calendar.TimeLimitRules;
import org.sanxiang.core.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * The enforcement procedures the portal shows as flowcharts (执法程序, 事前公开): the general
 * penalty procedure (行政处罚法 第五十四条 to 第六十九条), the simplified one (第五十一条 to 第五十三条) and 查封、扣押
 * (行政强制法 第十八条 to 第二十八条). Each step's time limit is read from the statutory time-limit
 * table in force on the day, so a change of the table changes the page.
 */
@Component
class ProcedureCharts {

	private static final List<Procedure> PROCEDURES = List.of(new Procedure("general", "一般程序（行政处罚）", "行政处罚法 第五章第三节",
			List.of(new Step("立案", "CASE_FILING"), new Step("调查取证（两名以上执法人员，出示执法证件）", null), new Step("案件审查", null),
					new Step("事先告知（陈述、申辩、要求听证的权利）", "HEARING_REQUEST"), new Step("听证（当事人要求的）", "HEARING_NOTICE"),
					new Step("重大执法决定法制审核", "LEGAL_REVIEW"), new Step("作出行政处罚决定", "CASE_HANDLING"),
					new Step("送达决定书", "SERVICE_OF_DECISION"), new Step("决定公示", "PUBLISH_PENALTY_OR_LICENCE_DECISION"),
					new Step("执行（缴纳罚款）", "FINE_PAYMENT"))),
			new Procedure("simplified", "简易程序（当场处罚）", "行政处罚法 第五章第二节",
					List.of(new Step("出示执法证件", null), new Step("告知违法事实、处罚理由和依据及享有的权利", null), new Step("听取陈述、申辩", null),
							new Step("填写当场处罚决定书并当场交付", null), new Step("报所属行政机关备案", "ON_THE_SPOT_RECORD"),
							new Step("当场收缴的罚款交至行政机关", "ON_SPOT_FINE_HANDOVER"))),
			new Procedure("seizure", "查封、扣押（行政强制措施）", "行政强制法 第三章",
					List.of(new Step("报行政机关负责人批准（情况紧急当场实施的，事后补办批准手续）", "EMERGENCY_SEIZURE_APPROVAL"),
							new Step("通知当事人到场，制作现场笔录，全程音像记录", null), new Step("当场交付查封、扣押决定书和清单", null),
							new Step("查封、扣押期限", "SEIZURE_DURATION"),
							new Step("核查当事人的解除申请", "RELEASE_APPLICATION_CHECK"),
							new Step("送达解除查封、扣押决定", "RELEASE_DECISION_SERVICE"))));

	private final TimeLimitRules rules;

	ProcedureCharts(TimeLimitRules rules) {
		this.rules = rules;
	}

	/** The procedures with the time limits in force on {@code date}. */
	List<Chart> on(LocalDate date) {
		return PROCEDURES.stream()
			.map((p) -> new Chart(p.id(), p.name(), p.basis(),
					p.steps().stream().map((s) -> new ChartStep(s.name(), limit(s, date))).toList()))
			.toList();
	}

	/**
	 * The day the charts last changed: the latest effective date among the rules they
	 * show.
	 */
	Optional<LocalDate> updatedOn(LocalDate date) {
		return on(date).stream()
			.flatMap((c) -> c.steps().stream())
			.map(ChartStep::limit)
			.filter((l) -> l != null)
			.map(TimeLimitRule::effectiveFrom)
			.max(LocalDate::compareTo);
	}

	private TimeLimitRule limit(Step step, LocalDate date) {
		if (step.ruleCode() == null) {
			return null;
		}
		try {
			return this.rules.inForce(step.ruleCode(), date);
		}
		catch (RuleViolation none) {
			return null;
		}
	}

	private record Procedure(String id, String name, String basis, List<Step> steps) {
	}

	private record Step(String name, String ruleCode) {
	}

	/** A procedure as drawn. */
	record Chart(String id, String name, String basis, List<ChartStep> steps) {
	}

	/** A step and its time limit in force ({@code null} where the law sets none). */
	record ChartStep(String name, TimeLimitRule limit) {
	}

}
