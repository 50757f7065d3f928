package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.RuleViolation;

/**
 * The fields of the forms after the decision (分期、复议诉讼、人民法院裁定) read with a Chinese message
 * when they are not what they should be.
 */
final class AfterDecisionForms {

	/** Rows offered on the payment plan's form. */
	static final int PLAN_ROWS = 6;

	private AfterDecisionForms() {
	}

	/** The instalments typed, one per filled row (a row half filled is refused). */
	static List<Instalment> plan(CaseActForms.ActForm form) {
		List<String> dates = (form.planDueOn() == null) ? List.of() : form.planDueOn();
		List<String> amounts = (form.planAmount() == null) ? List.of() : form.planAmount();
		List<Instalment> plan = new ArrayList<>();
		for (int i = 0; i < Math.max(dates.size(), amounts.size()); i++) {
			String date = (i < dates.size()) ? dates.get(i) : null;
			String amount = (i < amounts.size()) ? amounts.get(i) : null;
			boolean noDate = date == null || date.isBlank();
			boolean noAmount = amount == null || amount.isBlank();
			if (noDate && noAmount) {
				continue;
			}
			if (noDate || noAmount) {
				throw new RuleViolation("CASE_PLAN", "第" + (i + 1) + "期须同时填写缴纳期限和金额");
			}
			LocalDate due = FormValues.date(date);
			plan.add(new Instalment(due, CaseActForms.amount(amount)));
		}
		if (plan.isEmpty()) {
			throw new RuleViolation("CASE_PLAN", "请填写延期或分期缴纳的期限和金额");
		}
		return plan;
	}

	static Remedy.Kind remedy(String text) {
		for (Remedy.Kind kind : Remedy.Kind.values()) {
			if (kind.name().equals(text)) {
				return kind;
			}
		}
		throw new RuleViolation("CASE_REMEDY_KIND", "请选择行政复议或者行政诉讼");
	}

	static Remedy.Outcome outcome(String text) {
		for (Remedy.Outcome outcome : Remedy.Outcome.values()) {
			if (outcome.name().equals(text)) {
				return outcome;
			}
		}
		throw new RuleViolation("CASE_REMEDY_OUTCOME", "请选择复议（诉讼）结果");
	}

	static boolean granted(Boolean granted) {
		if (granted == null) {
			throw new RuleViolation("CASE_COURT_RULING", "请选择准予或者不予强制执行");
		}
		return granted;
	}

}
