package org.sanxiang.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task pages: 我的检查任务, the unit head's list and new task, one task with its evidence,
 * the printable 检查通知 with its QR code, the on-site page (phone width; its script keeps
 * the draft in the browser and syncs it through the API), and the acts 完成检查 and 取消, each
 * confirmed first and refused in place in Chinese.
 */
@Controller
class InspectionTaskPageController {

	private final InspectionTasks tasks;

	private final EvidenceItems evidence;

	private final PartyRegistry parties;

	private final OfficerRegistry officers;

	private final TaskNotices notices;

	private final InspectionRatings ratings;

	InspectionTaskPageController(InspectionTasks tasks, EvidenceItems evidence, PartyRegistry parties,
			OfficerRegistry officers, TaskNotices notices, InspectionRatings ratings) {
		this.tasks = tasks;
		this.evidence = evidence;
		this.parties = parties;
		this.officers = officers;
		this.notices = notices;
		this.ratings = ratings;
	}

	@GetMapping("/inspection/tasks")
	String mine(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) Boolean overdue, Paging.Params params, Model model) {
		InspectionTasks.Filter filter = new InspectionTasks.Filter(status, Boolean.TRUE.equals(overdue));
		model.addAttribute("tasks",
				this.tasks.mine(principal, filter, Paging.of(params, "window", false, InspectionTasks.SORTABLE)));
		return list(model, filter, false, principal);
	}

	@GetMapping("/inspection/tasks/all")
	String all(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) Boolean overdue, Paging.Params params, Model model) {
		InspectionTasks.Filter filter = new InspectionTasks.Filter(status, Boolean.TRUE.equals(overdue));
		model.addAttribute("tasks",
				this.tasks.all(principal, filter, Paging.of(params, "window", false, InspectionTasks.SORTABLE)));
		return list(model, filter, true, principal);
	}

	private String list(Model model, InspectionTasks.Filter filter, boolean all, SanxiangPrincipal principal) {
		model.addAttribute("status", filter.status());
		model.addAttribute("overdue", filter.overdueOnly());
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("allTasks", all);
		model.addAttribute("head", this.tasks.head(principal));
		return "inspection/tasks";
	}

	@GetMapping("/inspection/tasks/new")
	String form(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		return form(principal, new TaskForm("COMPLAINT", "", "", "", "", List.of(), "", ""), model);
	}

	@PostMapping("/inspection/tasks")
	String create(@AuthenticationPrincipal SanxiangPrincipal principal, TaskForm form, Model model) {
		try {
			return "redirect:/inspection/tasks/" + this.tasks.create(form.manual(), principal).id();
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			return form(principal, form, model);
		}
	}

	private String form(SanxiangPrincipal principal, TaskForm form, Model model) {
		if (!this.tasks.head(principal)) {
			throw new RuleViolation("INSPECTION_HEAD_ONLY", "只有承办机构负责人可以下达检查任务",
					org.springframework.http.HttpStatus.FORBIDDEN);
		}
		model.addAttribute("form", form);
		model.addAttribute("origins", List.of(TaskOrigin.COMPLAINT, TaskOrigin.SPECIAL));
		model.addAttribute("partyChoices",
				this.parties.search(principal.dataScope().agencyIds(), null, null, 0).items());
		LocalDate today = this.tasks.today();
		model.addAttribute("officerChoices",
				this.officers.within(java.util.Set.of(principal.agencyId()), null)
					.stream()
					.filter((o) -> o.isQualifiedOn(today))
					.toList());
		return "inspection/task-new";
	}

	@GetMapping("/inspection/tasks/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		InspectionTask task = this.tasks.task(id, principal);
		model.addAttribute("task", task);
		model.addAttribute("today", this.tasks.today());
		model.addAttribute("assigned", this.tasks.assignedTo(task, principal));
		model.addAttribute("head", this.tasks.head(principal));
		model.addAttribute("evidence", this.evidence.ofOwner(InspectionTasks.OWNER_KIND, Long.toString(id),
				principal.dataScope().agencyIds()));
		if (task.draft() != null) {
			model.addAttribute("record", OnSiteRecord.parse(task.draft()));
		}
		model.addAttribute("mayReadRating", this.ratings.mayRead(task, principal));
		model.addAttribute("rating", this.ratings.of(task, principal).orElse(null));
		return "inspection/task";
	}

	@GetMapping("/inspection/tasks/{id}/notice")
	String notice(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		InspectionTask task = this.tasks.task(id, principal);
		model.addAttribute("task", task);
		model.addAttribute("publicUrl", this.notices.publicUrl(task));
		model.addAttribute("qrSvg", this.notices.qrSvg(task));
		model.addAttribute("agencyName", principal.agencyName());
		return "inspection/notice";
	}

	@GetMapping("/inspection/tasks/{id}/onsite")
	String onSite(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		InspectionTask task = this.tasks.task(id, principal);
		if (!this.tasks.assignedTo(task, principal)) {
			throw new RuleViolation("INSPECTION_NOT_ASSIGNED", "只有被指派的检查人员可以填写现场检查记录",
					org.springframework.http.HttpStatus.FORBIDDEN);
		}
		model.addAttribute("task", task);
		model.addAttribute("user", principal.username());
		model.addAttribute("evidence", this.evidence.ofOwner(InspectionTasks.OWNER_KIND, Long.toString(id),
				principal.dataScope().agencyIds()));
		return "inspection/onsite";
	}

	@PostMapping("/inspection/tasks/{id}/finish")
	String finish(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		InspectionTask task = this.tasks.task(id, principal);
		try {
			int version = parseVersion(form.get("draftVersion"));
			if (!"true".equals(form.get("confirmed"))) {
				Map<String, String> kept = new LinkedHashMap<>();
				kept.put("draftVersion", Integer.toString(version));
				return confirm(model, task, "finish", kept);
			}
			this.tasks.finish(id, version, principal);
			redirect.addFlashAttribute("success", "检查已完成，现场检查笔录已签发");
			return "redirect:/inspection/tasks/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model);
		}
	}

	@PostMapping("/inspection/tasks/{id}/cancellation")
	String cancel(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		InspectionTask task = this.tasks.task(id, principal);
		try {
			if (!"true".equals(form.get("confirmed"))) {
				Map<String, String> kept = new LinkedHashMap<>();
				kept.put("reason", (form.get("reason") == null) ? "" : form.get("reason"));
				return confirm(model, task, "cancellation", kept);
			}
			this.tasks.cancel(id, form.get("reason"), principal);
			redirect.addFlashAttribute("success", "检查任务已取消");
			return "redirect:/inspection/tasks/" + id;
		}
		catch (RuleViolation ex) {
			return refused(principal, id, ex, model);
		}
	}

	private String confirm(Model model, InspectionTask task, String act, Map<String, String> kept) {
		model.addAttribute("prefix", "itask");
		model.addAttribute("act", act);
		model.addAttribute("form", kept);
		model.addAttribute("confirmKey", "itask.confirm." + act);
		model.addAttribute("confirmArgs", new Object[] { task.taskNumber(), task.partyName() });
		model.addAttribute("confirmAction", "/inspection/tasks/" + task.id() + "/" + act);
		model.addAttribute("confirmBack", "/inspection/tasks/" + task.id());
		return "casefile/act-confirm";
	}

	private String refused(SanxiangPrincipal principal, long id, RuleViolation ex, Model model) {
		if (ex.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
			throw ex;
		}
		model.addAttribute("error", ex.getMessage());
		model.addAttribute("errorCode", ex.code());
		return detail(principal, id, model);
	}

	private static int parseVersion(String value) {
		try {
			return Integer.parseInt((value == null) ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("INSPECTION_DRAFT_VERSION", "现场记录版本号不正确");
		}
	}

	/** What the new-task form carries, as typed. */
	record TaskForm(String origin, String partyId, String itemName, String legalBasis, String checklist,
			List<String> inspectorIds, String from, String to) {

		TaskForm {
			inspectorIds = (inspectorIds == null) ? List.of() : List.copyOf(inspectorIds);
		}

		InspectionTasks.Manual manual() {
			TaskOrigin kind = java.util.Arrays.stream(TaskOrigin.values())
				.filter((candidate) -> candidate.name().equals(this.origin))
				.findFirst()
				.orElseThrow(() -> new RuleViolation("INSPECTION_ORIGIN", "请选择检查类型（投诉核查或专项检查）"));
			List<Long> ids = new ArrayList<>();
			for (String id : this.inspectorIds) {
				ids.add(number(id, "检查人员"));
			}
			Long party = (this.partyId == null || this.partyId.isBlank()) ? null : number(this.partyId, "检查对象");
			return new InspectionTasks.Manual(kind, party, this.itemName, this.legalBasis, this.checklist, ids,
					date(this.from), date(this.to));
		}

		private static long number(String value, String what) {
			try {
				return Long.parseLong(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("INSPECTION_FORM", what + "选择不正确");
			}
		}

		private static LocalDate date(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(value.strip());
				if (date.getYear() < 2000 || date.getYear() > 2100) {
					throw new RuleViolation("INSPECTION_WINDOW", "检查期间的日期须在2000年至2100年之间");
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolation("INSPECTION_WINDOW", "日期格式不正确（应为 年-月-日）");
			}
		}

	}

}
