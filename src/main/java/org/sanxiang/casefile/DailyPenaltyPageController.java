package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.Document;
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
 * The 按日连续处罚 pages: one started from the case page (the 责令改正违法行为决定书 served), and the page
 * of a daily penalty with its dates, amounts and steps, the 复查 and the decision as forms
 * shown to whom may do them; both acts are confirmed first (they cannot be undone), a
 * refusal is shown in place in Chinese (its code only as {@code data-code}).
 */
@Controller
class DailyPenaltyPageController {

	/** The document types each act records. */
	static final String ORDER_TYPE = "RECTIFICATION_ORDER";

	static final String DECISION_TYPE = "DAILY_PENALTY_DECISION";

	/** The 复查's findings as the form offers them. */
	static final String REFUSED = "拒不改正";

	static final String CORRECTED = "已改正";

	private static final Map<String, String> DONE = Map.of("reinspection", "已记录复查", "decision", "已记录按日连续处罚决定");

	private final CoerciveMeasures measures;

	private final Cases cases;

	private final CaseActForms forms;

	private final DailyPenaltyForms pages;

	DailyPenaltyPageController(CoerciveMeasures measures, Cases cases, CaseActForms forms, DailyPenaltyForms pages) {
		this.pages = pages;
		this.measures = measures;
		this.cases = cases;
		this.forms = forms;
	}

	@PostMapping("/cases/{id}/daily-penalties")
	String start(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			PenaltyCase kase = this.cases.caseOf(id, principal);
			DailyConduct conduct = null;
			for (DailyConduct candidate : DailyConduct.values()) {
				if (candidate.name().equals(form.get("conduct"))) {
					conduct = candidate;
				}
			}
			LocalDate on = FormValues.date(form.get("on"));
			Long document = document(kase, principal, form.get("documentId"), ORDER_TYPE, "责令改正违法行为决定书");
			DailyPenalty penalty = this.measures.serveOrder(id, conduct, document, on, principal);
			redirect.addFlashAttribute("success", "已记录责令改正违法行为决定书送达");
			return "redirect:/cases/" + id + "/daily-penalties/" + penalty.id();
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("dailyError", ex.getMessage());
			redirect.addFlashAttribute("dailyErrorCode", ex.code());
			return "redirect:/cases/" + id + "#case-daily";
		}
	}

	@GetMapping("/cases/{id}/daily-penalties/{did}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @PathVariable long did,
			Model model) {
		PenaltyCase kase = this.cases.caseOf(id, principal);
		DailyPenalty penalty = this.measures.dailyPenaltiesOf(id, principal)
			.stream()
			.filter((candidate) -> candidate.id() == did)
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("按日连续处罚"));
		boolean actor = this.pages.mayAct(kase, principal);
		model.addAttribute("kase", kase);
		model.addAttribute("daily", penalty);
		model.addAttribute("mayReinspect", actor && penalty.reinspectedOn() == null);
		model.addAttribute("mayDecide", actor && principal.hasRole(Role.AGENCY_HEAD)
				&& Boolean.TRUE.equals(penalty.stillDischarging()) && penalty.decidedOn() == null);
		model.addAttribute("decisionByHead", actor && !principal.hasRole(Role.AGENCY_HEAD)
				&& Boolean.TRUE.equals(penalty.stillDischarging()) && penalty.decidedOn() == null);
		model.addAttribute("issued", actor ? this.forms.issuedOf(kase, principal) : List.of());
		return "casefile/daily-penalty";
	}

	@PostMapping("/cases/{id}/daily-penalties/{did}/{act}")
	String act(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, @PathVariable long did,
			@PathVariable String act, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		if (!DONE.containsKey(act)) {
			throw RuleViolation.notFound("办理环节");
		}
		PenaltyCase kase = this.cases.caseOf(id, principal);
		try {
			LocalDate on = FormValues.date(form.get("on"));
			Boolean discharging = "reinspection".equals(act) ? discharging(form.get("stillDischarging")) : null;
			Long document = "decision".equals(act)
					? document(kase, principal, form.get("documentId"), DECISION_TYPE, "按日连续处罚决定书") : null;
			if (!"true".equals(form.get("confirmed"))) {
				Map<String, String> kept = new LinkedHashMap<>(form);
				kept.remove("_csrf");
				model.addAttribute("prefix", "daily");
				model.addAttribute("act", act);
				model.addAttribute("form", kept);
				model.addAttribute("confirmKey", "daily.confirm.text");
				model.addAttribute("confirmArgs", new Object[] { kase.partyName() });
				model.addAttribute("confirmAction", "/cases/" + id + "/daily-penalties/" + did + "/" + act);
				model.addAttribute("confirmBack", "/cases/" + id + "/daily-penalties/" + did);
				return "casefile/act-confirm";
			}
			if ("reinspection".equals(act)) {
				this.measures.reinspect(id, did, discharging, on, principal);
			}
			else {
				this.measures.decideDaily(id, did, document, on, principal);
			}
			redirect.addFlashAttribute("success", DONE.get(act));
			return "redirect:/cases/" + id + "/daily-penalties/" + did;
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			model.addAttribute("errorAct", act);
			return detail(principal, id, did, model);
		}
	}

	/** The 复查's finding, as the form words it (shown again on the confirm step). */
	private static boolean discharging(String value) {
		if (!REFUSED.equals(value) && !CORRECTED.equals(value)) {
			throw new RuleViolation("DAILY_REINSPECTION_RESULT", "请选择复查结果（拒不改正或者已改正）");
		}
		return REFUSED.equals(value);
	}

	/** The chosen document: an issued document of this case, of the act's type. */
	private Long document(PenaltyCase kase, SanxiangPrincipal person, String value, String type, String name) {
		Long id = FormValues.id(value, name);
		if (id == null) {
			return null;
		}
		Set<Long> own = new java.util.HashSet<>(this.forms.issuedOf(kase, person)
			.stream()
			.filter((document) -> type.equals(document.typeCode()))
			.map(Document::id)
			.toList());
		if (!own.contains(id)) {
			throw new RuleViolation("DAILY_DOCUMENT_NOT_OF_CASE", "请选择本案已签发的" + name);
		}
		return id;
	}

}
