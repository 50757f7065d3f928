package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case workers' case pages: the cases in the reader's data scope by stage, newest
 * first; one case with its whole-process timeline (全过程记录); and the 立案 form, whose
 * refusals are explained in Chinese in place. Who may read and act is the service's.
 */
@Controller
class CasePageController {

	private final Cases cases;

	private final CaseDetailPage detailPage;

	private final CaseNumbers numbers;

	CasePageController(Cases cases, CaseDetailPage detailPage, CaseNumbers numbers) {
		this.cases = cases;
		this.detailPage = detailPage;
		this.numbers = numbers;
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String officer, @RequestParam(required = false) String party,
			@RequestParam(required = false) String deadline, @RequestParam(required = false) String filedFrom,
			@RequestParam(required = false) String filedTo, Paging.Params params, Model model) {
		CaseFilter filter;
		try {
			filter = CaseFilter.parse(stage, officer, party, deadline, filedFrom, filedTo);
		}
		catch (RuleViolation ex) {
			filter = CaseFilter.none();
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
		}
		var page = model.containsAttribute("error")
				? ResultPage.<Cases.CaseSummary>of(List.of(),
						Paging.of(Paging.Params.defaults(), "filed", true, Cases.SORTABLE), 0, false)
				: this.cases.filtered(principal, filter, Paging.of(params, "filed", true, Cases.SORTABLE));
		model.addAttribute("cases", page);
		model.addAttribute("caseNumbers",
				this.numbers.numbersOf(page.items().stream().map(Cases.CaseSummary::id).toList()));
		model.addAttribute("stage", filter.stage());
		model.addAttribute("filter", new FilterForm(stage, officer, party, deadline, filedFrom, filedTo));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("statuses", CaseDeadline.Status.values());
		model.addAttribute("officers", this.cases.officersInScope(principal));
		model.addAttribute("canFile", principal.hasRole(Role.OFFICER) || principal.hasRole(Role.UNIT_HEAD)
				|| principal.hasRole(Role.AGENCY_HEAD));
		return "casefile/list";
	}

	/** The list's filter as typed, shown again in the form. */
	record FilterForm(String stage, String officer, String party, String deadline, String filedFrom, String filedTo) {
	}

	@GetMapping("/cases/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		this.detailPage.fill(id, principal, model);
		return "casefile/detail";
	}

	@GetMapping("/cases/new")
	String form(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String party,
			Model model) {
		model.addAttribute("form", new FilingForm("", "", "", "", "", "", false, "", false));
		partyChoices(principal, party, model);
		return "casefile/new";
	}

	/** The parties of 一企一档 in the reader's scope matching the search (the first page). */
	private void partyChoices(SanxiangPrincipal principal, String party, Model model) {
		model.addAttribute("partyQuery", party);
		model.addAttribute("partyChoices", this.cases.partyChoices(principal, party));
	}

	@PostMapping("/cases")
	String file(@AuthenticationPrincipal SanxiangPrincipal principal, FilingForm form, Model model,
			RedirectAttributes redirect) {
		try {
			PenaltyCase filed = this.cases.fileDirect(form.title(), FormValues.id(form.partyId(), "一企一档当事人编号"),
					form.partyName(), FormValues.date(form.actOn()), Boolean.TRUE.equals(form.continuing()),
					FormValues.date(form.actEndedOn()), Boolean.TRUE.equals(form.harmed()), ids(form.documentIds()),
					form.note(), principal);
			redirect.addFlashAttribute("success", "已立案，请在调查取证中记录每一项执法行为");
			return "redirect:/cases/" + filed.id();
		}
		catch (RuleViolation ex) {
			model.addAttribute("form", form);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			partyChoices(principal, null, model);
			return "casefile/new";
		}
	}

	/** Document ids as typed: numbers separated by commas (either width) or spaces. */
	static List<Long> ids(String text) {
		List<Long> ids = new ArrayList<>();
		if (text == null) {
			return ids;
		}
		for (String part : text.split("[,，、\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(part));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("CASE_DOCUMENT_IDS", "文书编号须为数字，多个编号用逗号分隔");
			}
		}
		return ids;
	}

	/** What the 立案 form carries. */
	record FilingForm(String title, String partyName, String documentIds, String note, String partyId, String actOn,
			Boolean continuing, String actEndedOn, Boolean harmed) {
	}

}
