package org.sanxiang.licensing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' licensing pages: the applications (paged, filtered by status, type and
 * overdue), the receive form, one application with its timeline, deadline and next acts,
 * the licences (paged) and one licence with its acts, and the heads' overdue board. Every
 * act is confirmed first; a refusal re-shows the page with the Chinese message in place
 * (the code only as {@code data-code}).
 */
@Controller
class LicensingController {

	private static final String APPLICATIONS = "/licensing/applications/";

	private static final String LICENCES = "/licensing/licences/";

	private static final Map<String, String> APPLICATION_SORTS = Map.of("received", "收件日期", "due", "办理期限", "number",
			"申请编号");

	private static final Map<String, Comparator<Licensing.ApplicationLine>> APPLICATION_ORDERS = Map.of("received",
			Comparator.comparing(Licensing.ApplicationLine::receivedOn)
				.thenComparing(Licensing.ApplicationLine::applicationNumber),
			"due",
			Comparator.comparing(Licensing.ApplicationLine::dueOn)
				.thenComparing(Licensing.ApplicationLine::applicationNumber),
			"number", Comparator.comparing(Licensing.ApplicationLine::applicationNumber));

	private static final Map<String, String> LICENCE_SORTS = Map.of("number", "许可证编号", "validTo", "有效期至");

	private static final Map<String, Comparator<Licence>> LICENCE_ORDERS = Map.of("number",
			Comparator.comparing(Licence::licenceNumber), "validTo",
			Comparator.comparing(Licence::validTo, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Licence::licenceNumber));

	/** The application acts, in the order the page offers them. */
	static final List<String> APPLICATION_ACTS = List.of("accept", "refuse", "notify", "resubmit", "pause", "resume",
			"extend", "grant", "deny");

	static final List<String> LICENCE_ACTS = List.of("change", "renew", "withdraw", "review", "revoke", "cancel");

	private final Licensing licensing;

	private final PartyRegistry parties;

	LicensingController(Licensing licensing, PartyRegistry parties) {
		this.licensing = licensing;
		this.parties = parties;
	}

	// applications

	@GetMapping("/licensing/applications")
	String applications(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String type,
			@RequestParam(required = false) Boolean overdue, Paging.Params params, Model model) {
		Paging paging = Paging.of(params, "received", true, APPLICATION_SORTS);
		String typeName = null;
		if (type != null && !type.isBlank()) {
			typeName = this.licensing.types()
				.stream()
				.filter((t) -> t.code().equals(type.strip()))
				.findFirst()
				.map(LicenceType::name)
				.orElseThrow(() -> new RuleViolation("LICENSING_TYPE_FILTER", "没有该许可事项", HttpStatus.BAD_REQUEST));
		}
		String filterType = typeName;
		boolean overdueOnly = Boolean.TRUE.equals(overdue);
		List<Licensing.ApplicationLine> lines = this.licensing.applicationLines(principal)
			.stream()
			.filter((l) -> status == null || l.status() == status)
			.filter((l) -> filterType == null || l.typeName().equals(filterType))
			.filter((l) -> !overdueOnly || l.overdue())
			.toList();
		model.addAttribute("applications", paging.slice(lines, APPLICATION_ORDERS));
		model.addAttribute("status", status);
		model.addAttribute("type", (typeName == null) ? null : type.strip());
		model.addAttribute("overdue", overdueOnly);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("types", this.licensing.types());
		model.addAttribute("clerk", clerk(principal));
		return "licensing/applications";
	}

	@GetMapping("/licensing/overdue")
	String overdue(@AuthenticationPrincipal SanxiangPrincipal principal, Paging.Params params, Model model) {
		Paging paging = Paging.of(params, "due", false, APPLICATION_SORTS);
		List<Licensing.ApplicationLine> lines = this.licensing.applicationLines(principal)
			.stream()
			.filter((l) -> !l.status().closed())
			.filter((l) -> l.overdue() || (l.workingDaysLeft() != null && l.workingDaysLeft() <= 3))
			.toList();
		model.addAttribute("applications", paging.slice(lines, APPLICATION_ORDERS));
		return "licensing/overdue";
	}

	@GetMapping("/licensing/applications/new")
	String receiveForm(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) String type, Model model) {
		return receiveForm(principal, new ReceiveForm(type, null, null, false, List.of()), model);
	}

	@PostMapping("/licensing/applications")
	String receive(@AuthenticationPrincipal SanxiangPrincipal principal, ReceiveForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			LicenceApplication application = this.licensing.receive(form.receipt(), principal);
			redirect.addFlashAttribute("success", "已收件：" + application.applicationNumber());
			return "redirect:" + APPLICATIONS + application.id();
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			return receiveForm(principal, form, model);
		}
	}

	private String receiveForm(SanxiangPrincipal principal, ReceiveForm form, Model model) {
		if (!clerk(principal)) {
			throw new RuleViolation("LICENSING_CLERK_ONLY", "只有本机关窗口工作人员（执法人员）可以办理收件、受理和补正", HttpStatus.FORBIDDEN);
		}
		model.addAttribute("form", form);
		model.addAttribute("types", this.licensing.types());
		LicenceType chosen = (form.type() == null || form.type().isBlank()) ? null
				: this.licensing.types().stream().filter((t) -> t.code().equals(form.type())).findFirst().orElse(null);
		model.addAttribute("chosen", chosen);
		model.addAttribute("partyChoices",
				this.parties.search(principal.dataScope().agencyIds(), null, null, 0).items());
		return "licensing/receive";
	}

	@GetMapping("/licensing/applications/{id}")
	String application(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		LicenceApplication application = this.licensing.application(id, principal);
		LicenceType type = this.licensing.type(application.typeCode());
		Licensing.Clock clock = this.licensing.clock(application);
		model.addAttribute("app", application);
		model.addAttribute("type", type);
		model.addAttribute("clock", clock);
		model.addAttribute("pauseKinds", PauseKind.values());
		model.addAttribute("today", this.licensing.today());
		model.addAttribute("acts", nextActs(application, type, clock, principal));
		return "licensing/application";
	}

	@PostMapping("/licensing/applications/{id}/acts/{act}")
	String applicationAct(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@PathVariable String act, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!APPLICATION_ACTS.contains(act)) {
			throw RuleViolation.notFound("办理环节");
		}
		LicenceApplication application = this.licensing.application(id, principal);
		try {
			int version = version(form.getFirst("version"));
			if (!"true".equals(form.getFirst("confirmed"))) {
				return confirm(model, act, application.applicationNumber(), application.partyName(),
						APPLICATIONS + id + "/acts/" + act, APPLICATIONS + id, form);
			}
			String reason = form.getFirst("reason");
			switch (act) {
				case "accept" -> this.licensing.accept(id, version, principal);
				case "refuse" -> this.licensing.refuse(id, version, reason, principal);
				case "notify" -> this.licensing.notifyMissing(id, version, items(form.get("items")), principal);
				case "resubmit" -> this.licensing.resubmit(id, version, items(form.get("items")), principal);
				case "pause" -> this.licensing.pause(id, version, pauseKind(form.getFirst("kind")), reason, principal);
				case "resume" -> this.licensing.resume(id, version, date(form.getFirst("lastDay")), principal);
				case "extend" -> this.licensing.extend(id, version, reason, principal);
				case "grant" -> this.licensing.decide(id, version,
						new Licensing.Decision(true, form.getFirst("content"), null), principal);
				default -> this.licensing.decide(id, version, new Licensing.Decision(false, null, reason), principal);
			}
			redirect.addFlashAttribute("success", "已办理：" + actName(act));
			return "redirect:" + APPLICATIONS + id;
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			return application(principal, id, model);
		}
	}

	// licences

	@GetMapping("/licensing/licences")
	String licences(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) LicenceStatus status, Paging.Params params, Model model) {
		Paging paging = Paging.of(params, "number", true, LICENCE_SORTS);
		List<Licence> all = this.licensing.licences(principal)
			.stream()
			.filter((l) -> status == null || l.status() == status)
			.toList();
		model.addAttribute("licences", paging.slice(all, LICENCE_ORDERS));
		model.addAttribute("status", status);
		model.addAttribute("statuses", LicenceStatus.values());
		return "licensing/licences";
	}

	@GetMapping("/licensing/licences/{id}")
	String licence(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		Licence licence = this.licensing.licence(id, principal);
		model.addAttribute("licence", licence);
		model.addAttribute("typeName", this.licensing.type(licence.typeCode()).name());
		model.addAttribute("app", this.licensing.application(licence.applicationId(), principal));
		model.addAttribute("licenceDocuments", this.licensing.licenceDocuments(licence, principal));
		model.addAttribute("head", principal.hasRole(Role.AGENCY_HEAD));
		model.addAttribute("today", this.licensing.today());
		return "licensing/licence";
	}

	@PostMapping("/licensing/licences/{id}/acts/{act}")
	String licenceAct(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@PathVariable String act, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!LICENCE_ACTS.contains(act)) {
			throw RuleViolation.notFound("办理环节");
		}
		Licence licence = this.licensing.licence(id, principal);
		try {
			int version = version(form.getFirst("version"));
			if (!"true".equals(form.getFirst("confirmed"))) {
				return confirm(model, act, licence.licenceNumber(), licence.partyName(), LICENCES + id + "/acts/" + act,
						LICENCES + id, form);
			}
			String reason = form.getFirst("reason");
			switch (act) {
				case "change" -> this.licensing.change(id, version, form.getFirst("content"), reason, principal);
				case "renew" ->
					this.licensing.renew(id, version, required(date(form.getFirst("appliedOn"))), principal);
				case "withdraw" -> this.licensing.end(id, version, LicenceEnded.Kind.WITHDRAWN, reason, principal);
				case "review" -> this.licensing.submitRevocation(id, reason, principal);
				case "revoke" -> this.licensing.end(id, version, LicenceEnded.Kind.REVOKED, reason, principal);
				default -> this.licensing.end(id, version, LicenceEnded.Kind.CANCELLED, reason, principal);
			}
			redirect.addFlashAttribute("success", "已办理：" + actName(act));
			return "redirect:" + LICENCES + id;
		}
		catch (RuleViolation ex) {
			refused(ex, model, response);
			return licence(principal, id, model);
		}
	}

	// helpers

	/** The acts the application's state and the reader's roles allow. */
	static List<String> nextActs(LicenceApplication application, LicenceType type, Licensing.Clock clock,
			SanxiangPrincipal principal) {
		boolean clerk = clerk(principal);
		boolean head = principal.hasRole(Role.AGENCY_HEAD);
		List<String> acts = new ArrayList<>();
		switch (application.status()) {
			case RECEIVED -> {
				if (clerk) {
					acts.addAll(List.of("accept", "refuse", "notify"));
				}
			}
			case CORRECTING -> {
				if (clerk) {
					acts.addAll(List.of("resubmit", "refuse"));
				}
			}
			case ACCEPTED -> {
				if (clerk) {
					acts.add(clock.paused() ? "resume" : "pause");
				}
				if (head && !application.extended() && type.extensionAllowed()) {
					acts.add("extend");
				}
				if (head && !clock.paused()) {
					acts.addAll(List.of("grant", "deny"));
				}
			}
			default -> {
			}
		}
		return acts;
	}

	private static boolean clerk(SanxiangPrincipal principal) {
		return principal.hasRole(Role.OFFICER) || principal.hasRole(Role.UNIT_HEAD);
	}

	private static String confirm(Model model, String act, String number, String partyName, String action, String back,
			MultiValueMap<String, String> form) {
		List<String[]> hidden = new ArrayList<>();
		List<String[]> shown = new ArrayList<>();
		form.forEach((key, values) -> {
			if (key.equals("confirmed") || key.equals("_csrf")) {
				return;
			}
			for (String value : values) {
				hidden.add(new String[] { key, value });
			}
			List<String> filled = values.stream().filter((v) -> v != null && !v.isBlank()).toList();
			if (!key.equals("version") && !filled.isEmpty()) {
				String value = key.equals("kind") ? pauseKind(filled.get(0)).chineseName() : String.join("\n", filled);
				shown.add(new String[] { key, value });
			}
		});
		model.addAttribute("act", act);
		model.addAttribute("number", number);
		model.addAttribute("partyName", partyName);
		model.addAttribute("hidden", hidden);
		model.addAttribute("shown", shown);
		model.addAttribute("confirmAction", action);
		model.addAttribute("confirmBack", back);
		return "licensing/confirm";
	}

	/** The refusal in place; a record not found is answered by the error page. */
	private static void refused(RuleViolation ex, Model model, HttpServletResponse response) {
		if (ex.status().value() == 404) {
			throw ex;
		}
		response.setStatus(ex.status().value());
		model.addAttribute("refusal", ex);
	}

	private static String actName(String act) {
		return switch (act) {
			case "accept" -> "受理";
			case "refuse" -> "不予受理";
			case "notify" -> "一次性告知补正材料";
			case "resubmit" -> "补正材料";
			case "pause" -> "中止计时";
			case "resume" -> "恢复计时";
			case "extend" -> "延长期限";
			case "grant" -> "准予行政许可";
			case "deny" -> "不予行政许可";
			case "change" -> "变更";
			case "renew" -> "延续";
			case "withdraw" -> "撤回";
			case "review" -> "提交撤销法制审核";
			case "revoke" -> "撤销";
			default -> "注销";
		};
	}

	private static int version(String value) {
		try {
			return Integer.parseInt((value == null) ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation("LICENSING_VERSION", "页面已过期，请刷新后再操作");
		}
	}

	private static List<String> items(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).toList();
	}

	private static PauseKind pauseKind(String value) {
		return Arrays.stream(PauseKind.values())
			.filter((k) -> k.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("LICENSING_PAUSE_KIND", "请选择不计时的情形（听证、专家评审、现场核查或检验检测）"));
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				throw new RuleViolation("LICENSING_DATE", "日期须在2000年至2100年之间");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("LICENSING_DATE", "日期格式不正确（应为 年-月-日）");
		}
	}

	private static LocalDate required(LocalDate date) {
		if (date == null) {
			throw new RuleViolation("LICENSING_DATE", "请填写申请延续的日期");
		}
		return date;
	}

	/** What the receive form carries, as typed. */
	record ReceiveForm(String type, String partyId, String subjectMatter, Boolean significantInterest,
			List<String> materials) {

		ReceiveForm {
			materials = (materials == null) ? List.of() : List.copyOf(materials);
		}

		Licensing.Receipt receipt() {
			Long party = null;
			if (this.partyId != null && !this.partyId.isBlank()) {
				try {
					party = Long.parseLong(this.partyId.strip());
				}
				catch (NumberFormatException ex) {
					throw new RuleViolation("LICENSING_PARTY", "请从一企一档选择申请人");
				}
			}
			return new Licensing.Receipt((this.type == null) ? "" : this.type.strip(), party, this.subjectMatter,
					Boolean.TRUE.equals(this.significantInterest), this.materials);
		}

	}

}
