package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
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
 * The clue pages: the list (paged, by status, with the filing deadline), registration
 * (the party picked from 一企一档 or typed), and one clue with its decisions as forms — each
 * irreversible act confirmed first, every refusal explained in Chinese in place.
 */
@Controller
class CluePageController {

	private static final Map<String, String> DONE = Map.of("extension", "已批准延长立案审查期限十五日", "filing", "已立案，案件已建立",
			"refusal", "已决定不予立案", "transfer", "已移送");

	private final Clues clues;

	private final PartyRegistry parties;

	CluePageController(Clues clues, PartyRegistry parties) {
		this.clues = clues;
		this.parties = parties;
	}

	@GetMapping("/cases/clues")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) ClueStatus status,
			Paging.Params params, Model model) {
		model.addAttribute("clues",
				this.clues.page(principal, status, Paging.of(params, "registered", true, Clues.SORTABLE)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ClueStatus.values());
		return "casefile/clues";
	}

	@GetMapping("/cases/clues/new")
	String form(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String party,
			Model model) {
		return form(principal, party, ClueForm.empty(), model);
	}

	@PostMapping("/cases/clues")
	String register(@AuthenticationPrincipal SanxiangPrincipal principal, ClueForm form, Model model) {
		try {
			return "redirect:/cases/clues/" + this.clues.register(form.registration(), principal).id();
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			return form(principal, null, form, model);
		}
	}

	@GetMapping("/cases/clues/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		Clue clue = this.clues.clueOf(id, principal);
		model.addAttribute("clue", clue);
		model.addAttribute("deadline", this.clues.deadline(clue));
		return "casefile/clue";
	}

	@PostMapping("/cases/clues/{id}/extension")
	String extend(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return act(principal, id, "extension", form, model, redirect);
	}

	@PostMapping("/cases/clues/{id}/filing")
	String file(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return act(principal, id, "filing", form, model, redirect);
	}

	@PostMapping("/cases/clues/{id}/refusal")
	String refuse(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return act(principal, id, "refusal", form, model, redirect);
	}

	@PostMapping("/cases/clues/{id}/transfer")
	String transfer(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return act(principal, id, "transfer", form, model, redirect);
	}

	/** An act on the clue: confirmed first, then done, or refused in place. */
	private String act(SanxiangPrincipal principal, long id, String act, Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Clue clue = this.clues.clueOf(id, principal);
		try {
			Long documentId = FormValues.id(form.get("documentId"), "文书编号");
			LocalDate on = FormValues.date(form.get("on"));
			if (!"true".equals(form.get("confirmed"))) {
				Map<String, String> kept = new LinkedHashMap<>(form);
				kept.remove("_csrf");
				model.addAttribute("prefix", "clue");
				model.addAttribute("act", act);
				model.addAttribute("form", kept);
				model.addAttribute("confirmKey", "clue.confirm." + act);
				model.addAttribute("confirmArgs", new Object[] { clue.partyName() });
				model.addAttribute("confirmAction", "/cases/clues/" + id + "/" + act);
				model.addAttribute("confirmBack", "/cases/clues/" + id);
				return "casefile/act-confirm";
			}
			switch (act) {
				case "extension" -> this.clues.extend(id, form.get("reason"), principal);
				case "filing" -> this.clues.file(id, form.get("title"), documentId, on, principal);
				case "refusal" -> this.clues.refuse(id, form.get("reason"), documentId, on, principal);
				default -> this.clues.transfer(id, form.get("to"), form.get("reason"), documentId, on, principal);
			}
			redirect.addFlashAttribute("success", DONE.get(act));
			return "redirect:/cases/clues/" + id;
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
			model.addAttribute("errorAct", act);
			return detail(principal, id, model);
		}
	}

	private String form(SanxiangPrincipal principal, String party, ClueForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sources", ClueSource.values());
		model.addAttribute("partyQuery", party);
		model.addAttribute("partyChoices",
				this.parties
					.search(principal.dataScope().agencyIds(),
							(party == null || party.isBlank() || party.length() > 100) ? null : party.strip(), null, 0)
					.items());
		return "casefile/clue-new";
	}

	/** What the registration form carries, as typed. */
	record ClueForm(String source, String sourceReference, String partyId, String partyName, String alleged,
			String actOn, Boolean continuing, String actEndedOn, Boolean harmed, String registeredOn) {

		static ClueForm empty() {
			return new ClueForm("", "", "", "", "", "", false, "", false, "");
		}

		Clues.Registration registration() {
			ClueSource kind = java.util.Arrays.stream(ClueSource.values())
				.filter((candidate) -> candidate.name().equals(this.source))
				.findFirst()
				.orElseThrow(() -> new RuleViolation("CLUE_SOURCE", "请选择案源类型"));
			return new Clues.Registration(kind, this.sourceReference, FormValues.id(this.partyId, "一企一档当事人编号"),
					this.partyName, this.alleged, FormValues.date(this.actOn), this.continuing,
					FormValues.date(this.actEndedOn), this.harmed, FormValues.date(this.registeredOn));
		}

	}

}
