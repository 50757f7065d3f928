package org.sanxiang.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Paging;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's service windows (政务服务窗口): the windows of every agency (or one), paged; a
 * window's address, hours, the staff on duty today (name, duties, 执法证号 linking to the
 * certificate check — nothing personal), the licence types handled linking to their
 * application guides, the progress lookup and the complaint channels.
 */
@Controller
class ServiceWindowPortalController {

	private final ServiceWindows windows;

	private final AgencyDirectory agencies;

	private final String agencyName;

	ServiceWindowPortalController(ServiceWindows windows, AgencyDirectory agencies,
			@Value("${sanxiang.agency-name}") String agencyName) {
		this.windows = windows;
		this.agencies = agencies;
		this.agencyName = agencyName;
	}

	@GetMapping("/portal/windows")
	String list(@RequestParam(name = "agency", required = false) String agency, Paging.Params paging, Model model,
			HttpServletResponse response) {
		List<Agency> all = this.agencies.all();
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("agencies", all);
		model.addAttribute("directory", this.agencies);
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
		Set<Long> scope = (chosen != null) ? Set.of(chosen) : all.stream().map(Agency::id).collect(Collectors.toSet());
		model.addAttribute("windows", this.windows.page(scope, paging));
		return "portal/windows";
	}

	@GetMapping("/portal/windows/{id}")
	String detail(@PathVariable long id, Model model) {
		ServiceWindow window = this.windows.publicWindow(id);
		LocalDate today = this.windows.today();
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("window", window);
		model.addAttribute("agency", this.agencies.agency(window.agencyId()));
		model.addAttribute("today", today);
		model.addAttribute("openToday", window.openOn(today.getDayOfWeek()));
		model.addAttribute("onDuty", this.windows.onDuty(window, today));
		return "portal/windows-detail";
	}

}
