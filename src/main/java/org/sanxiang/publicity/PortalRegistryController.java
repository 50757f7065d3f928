package org.sanxiang.publicity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.officer.OfficerPublicTokens;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.publicity.PortalUpdateDuty.Registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 事前公开 of who enforces: the agencies (执法主体) and the officers with their certificates
 * (执法人员, paged, by agency); and 事中公示: an officer's public page reached by the QR code's
 * opaque token. Officers show name, agency, certificate number, validity and status —
 * nothing more (no ID numbers, no phones).
 */
@Controller
class PortalRegistryController {

	private final AgencyDirectory agencies;

	private final OfficerRegistry officers;

	private final OfficerPublicTokens tokens;

	private final PortalUpdateDuty duty;

	private final BusinessTime time;

	private final String agencyName;

	PortalRegistryController(AgencyDirectory agencies, OfficerRegistry officers, OfficerPublicTokens tokens,
			PortalUpdateDuty duty, BusinessTime time, @Value("${sanxiang.agency-name}") String agencyName) {
		this.agencies = agencies;
		this.officers = officers;
		this.tokens = tokens;
		this.duty = duty;
		this.time = time;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/agencies")
	String agencies(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("directory", this.agencies);
		model.addAttribute("updatedAt", this.duty.lastChanged(Registry.AGENCY).map(this.time::format).orElse(null));
		return "portal/agencies";
	}

	@GetMapping("/portal/officers")
	String officers(@RequestParam(name = "agency", required = false) String agency, Paging.Params paging, Model model,
			HttpServletResponse response) {
		List<Agency> all = this.agencies.all();
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", all);
		model.addAttribute("directory", this.agencies);
		model.addAttribute("today", this.officers.today());
		model.addAttribute("updatedAt", this.duty.lastChanged(Registry.OFFICER).map(this.time::format).orElse(null));
		Set<Long> ids = all.stream().map(Agency::id).collect(Collectors.toSet());
		Long chosen = null;
		if (agency != null && !agency.isBlank()) {
			chosen = all.stream()
				.filter((a) -> String.valueOf(a.id()).equals(agency.strip()))
				.map(Agency::id)
				.findFirst()
				.orElse(null);
			if (chosen == null) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("error", "没有这个执法主体，请从列表中选择");
			}
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("officers", this.officers.page((chosen != null) ? Set.of(chosen) : ids, null, paging));
		return "portal/officers";
	}

	@GetMapping("/portal/officers/{token}")
	String officer(@PathVariable("token") String token, Model model) {
		var officer = this.tokens.byToken(token)
			.orElseThrow(() -> new RuleViolation("OFFICER_NOT_FOUND", "未找到该执法证的公开信息，请核对二维码或到执法证查询页面输入执法证号",
					HttpStatus.NOT_FOUND));
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("officer", officer);
		model.addAttribute("agency", this.agencies.agency(officer.agencyId()));
		model.addAttribute("qualified", officer.isQualifiedOn(this.officers.today()));
		return "portal/officer";
	}

}
