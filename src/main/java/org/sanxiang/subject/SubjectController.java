package org.sanxiang.subject;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Paging;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workspace pages of regulated parties: search, the file (一企一档), the form. */
@Controller
class SubjectController {

	private final PartyRegistry registry;

	private final SubjectFile files;

	private final AgencyDirectory agencies;

	SubjectController(PartyRegistry registry, SubjectFile files, AgencyDirectory agencies) {
		this.registry = registry;
		this.files = files;
		this.agencies = agencies;
	}

	@GetMapping("/subjects")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, Paging.Params paging, Model model) {
		model.addAttribute("result", this.registry.page(principal.dataScope().agencyIds(), q, region, paging));
		model.addAttribute("q", q);
		model.addAttribute("region", region);
		return "subject/list";
	}

	@GetMapping("/subjects/{partyId}")
	String file(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId, Model model) {
		model.addAttribute("file", this.files.of(partyId, principal.dataScope().agencyIds()));
		model.addAttribute("today", this.registry.today());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("mayReveal", principal.roles().stream().anyMatch(PartyRegistry.MAY_REVEAL::contains));
		return "subject/file";
	}

	@PostMapping("/subjects/{partyId}/reveal")
	String reveal(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId,
			@RequestParam(required = false) String field, Model model) {
		String value = this.registry.reveal(partyId, field, principal.roles(), principal.dataScope().agencyIds());
		model.addAttribute("revealed", Map.of(field, value));
		return file(principal, partyId, model);
	}

	@GetMapping("/subjects/new")
	String newForm(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(defaultValue = "ORGANISATION") PartyKind kind, Model model) {
		return form(principal, PartyForm.empty(kind), null, Map.of(), model);
	}

	@PostMapping("/subjects")
	String create(@AuthenticationPrincipal SanxiangPrincipal principal, PartyForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long agencyId = (form.agencyId() == null) ? principal.agencyId() : form.agencyId();
			Party party = this.registry.register(agencyId, form.toDraft(), principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "已登记：" + party.name());
			return "redirect:/subjects/" + party.id();
		}
		catch (InvalidParty ex) {
			response.setStatus(422);
			return form(principal, form, null, errors(ex), model);
		}
	}

	@GetMapping("/subjects/{partyId}/edit")
	String editForm(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId, Model model) {
		Party party = this.registry.party(partyId, principal.dataScope().agencyIds());
		return form(principal, PartyForm.of(party), party.id(), Map.of(), model);
	}

	@PostMapping("/subjects/{partyId}")
	String update(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long partyId, PartyForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Party party = this.registry.party(partyId, principal.dataScope().agencyIds());
		try {
			int version = (form.version() == null) ? -1 : form.version();
			this.registry.update(partyId, version, form.toDraft(), principal.dataScope().agencyIds());
			redirect.addFlashAttribute("success", "已保存");
			return "redirect:/subjects/" + partyId;
		}
		catch (InvalidParty ex) {
			response.setStatus(422);
			return form(principal, form, party.id(), errors(ex), model);
		}
	}

	private String form(SanxiangPrincipal principal, PartyForm form, Long partyId, Map<String, String> errors,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("partyId", partyId);
		model.addAttribute("errors", errors);
		model.addAttribute("classes", ManagementClass.values());
		model.addAttribute("agencies", this.agencies.within(principal.dataScope()));
		return "subject/form";
	}

	private static Map<String, String> errors(InvalidParty ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.errors()) {
			errors.putIfAbsent(error.field().replaceAll("contacts\\[(\\d)]\\.", "contact$1."), error.message());
		}
		return errors;
	}

}
