package org.sanxiang.licensing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.AgencyDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's licensing pages: the application guides (办事指南) of the licence types —
 * legal basis, conditions, materials, time limits, fees, the windows that handle each and
 * the remedies — and the progress lookup, where an applicant enters the application
 * number and the check code printed on the 受理通知书 (posted, never in the URL). A wrong
 * number and a wrong code answer the same message, and one address may look up only
 * {@link LicensingProgressThrottle#LIMIT} times in ten minutes.
 */
@Controller
class LicensingPortalController {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final Pattern CHECK_CODE = Pattern.compile("[A-Za-z0-9]{1,16}");

	private final Licensing licensing;

	private final LicenceTypes types;

	private final AgencyDirectory agencies;

	private final JdbcClient jdbc;

	private final LicensingProgressThrottle throttle;

	private final String agencyName;

	LicensingPortalController(Licensing licensing, LicenceTypes types, AgencyDirectory agencies, JdbcClient jdbc,
			LicensingProgressThrottle throttle, @Value("${sanxiang.agency-name}") String agencyName) {
		this.licensing = licensing;
		this.types = types;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.agencyName = agencyName;
	}

	/** A window that handles a licence type, as the guide links it. */
	record HandlingWindow(long id, String name, String agencyName, String address, String phone) {
	}

	/** What the applicant sees of the application: nothing of other people. */
	record Progress(String number, String typeName, ApplicationStatus status, java.time.LocalDate receivedOn,
			java.time.LocalDate acceptedOn, boolean deemedAccepted, java.time.LocalDate due, boolean extended,
			List<ApplicationPause> pauses, java.time.LocalDate decidedOn, String decisionNumber) {
	}

	@GetMapping("/portal/licensing/guides")
	String guides(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("types", this.types.all());
		return "portal/licensing-guides";
	}

	@GetMapping("/portal/licensing/guides/{code}")
	String guide(@PathVariable String code, Model model) {
		LicenceType type = Optional.ofNullable(code)
			.filter((c) -> CODE.matcher(c).matches())
			.flatMap(this.types::find)
			.orElseThrow(() -> RuleViolation.notFound("办事指南"));
		model.addAttribute("agencyName", this.agencyName);
		model.addAttribute("type", type);
		model.addAttribute("windows", windowsFor(type.code()));
		return "portal/licensing-guide";
	}

	@GetMapping("/portal/licensing/progress")
	String progressForm(Model model) {
		model.addAttribute("agencyName", this.agencyName);
		return "portal/licensing-progress";
	}

	/**
	 * The lookup: 429 when the address asked too often, 400 in place for a malformed
	 * entry, 404 with one message for a wrong number or a wrong code.
	 */
	@PostMapping("/portal/licensing/progress")
	String progress(@RequestParam(required = false) String number, @RequestParam(required = false) String checkCode,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("agencyName", this.agencyName);
		String n = (number == null) ? "" : number.strip();
		String c = (checkCode == null) ? "" : checkCode.strip();
		model.addAttribute("number", n);
		if (!this.throttle.tryAcquire(request.getRemoteAddr())) {
			return refuse(response, model, HttpStatus.TOO_MANY_REQUESTS, "LICENSING_PROGRESS_BUSY",
					"licensing.portal.progress.busy");
		}
		if (!NUMBER.matcher(n).matches() || !CHECK_CODE.matcher(c).matches()) {
			return refuse(response, model, HttpStatus.BAD_REQUEST, "LICENSING_PROGRESS_INPUT",
					"licensing.portal.progress.invalid");
		}
		Optional<LicenceApplication> found = this.licensing.progress(n, c);
		if (found.isEmpty()) {
			return refuse(response, model, HttpStatus.NOT_FOUND, "LICENSING_PROGRESS_NOT_FOUND",
					"licensing.portal.progress.notFound");
		}
		model.addAttribute("progress", progressOf(found.get()));
		return "portal/licensing-progress";
	}

	private String refuse(HttpServletResponse response, Model model, HttpStatus status, String code,
			String messageKey) {
		response.setStatus(status.value());
		model.addAttribute("errorCode", code);
		model.addAttribute("errorKey", messageKey);
		return "portal/licensing-progress";
	}

	private Progress progressOf(LicenceApplication application) {
		Licensing.Clock clock = this.licensing.clock(application);
		LicenceType type = this.types.type(application.typeCode());
		java.time.LocalDate due = (clock.decisionDue() != null) ? clock.decisionDue() : clock.acceptanceDue();
		return new Progress(application.applicationNumber(), type.name(), application.status(),
				application.receivedOn(), application.acceptedOn(), application.deemedAccepted(), due,
				application.extended(), application.pauses(), application.decidedOn(),
				(application.decidedOn() != null) ? application.decisionNumber() : null);
	}

	private List<HandlingWindow> windowsFor(String code) {
		return this.jdbc.sql("""
				select id, agency_id, name, address, phone from service_window
				where (' ' || matters || ' ') like :pattern order by name, id fetch first 50 rows only""")
			.param("pattern", "% " + code + " %")
			.query((rs, n) -> new HandlingWindow(rs.getLong("id"), rs.getString("name"),
					this.agencies.agency(rs.getLong("agency_id")).name(), rs.getString("address"),
					rs.getString("phone")))
			.list();
	}

}
