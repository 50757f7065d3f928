package org.sanxiang.inspection;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The inspected party's page, reached from the notice's QR code by the task's public
 * code: who may inspect (names and 执法证号 only), what, on which basis and when — so that
 * the party can check the people at the gate. Nothing of the on-site record.
 */
@Controller
class InspectionPortalController {

	private final InspectionTasks tasks;

	private final AgencyDirectory agencies;

	InspectionPortalController(InspectionTasks tasks, AgencyDirectory agencies) {
		this.tasks = tasks;
		this.agencies = agencies;
	}

	@GetMapping("/portal/inspections/{code}")
	String task(@PathVariable String code, Model model) {
		InspectionTask task = this.tasks.byPublicCode(code)
			.orElseThrow(() -> new RuleViolation("INSPECTION_CODE_UNKNOWN", "未找到该检查任务，请核对检查通知上的二维码或任务码",
					HttpStatus.NOT_FOUND));
		model.addAttribute("task", task);
		model.addAttribute("agency", this.agencies.agency(task.agencyId()));
		return "inspection/portal-task";
	}

}
