package org.sanxiang.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The device register's pages: the unit head (承办机构负责人) registers devices, assigns them
 * and changes their status; every other case worker reads the devices assigned to them.
 */
@Controller
class RecordingDeviceController {

	private static final String BACK = "redirect:/evidence/devices/";

	private final RecordingDevices devices;

	private final OfficerRegistry officers;

	RecordingDeviceController(RecordingDevices devices, OfficerRegistry officers) {
		this.devices = devices;
		this.officers = officers;
	}

	@GetMapping("/evidence/devices")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, Model model) {
		boolean head = principal.hasRole(Role.UNIT_HEAD);
		model.addAttribute("head", head);
		model.addAttribute("devices", head ? this.devices.within(principal.dataScope().agencyIds())
				: this.devices.ofAccount(principal.accountId()));
		model.addAttribute("silent", head ? this.devices.silent(principal.dataScope().agencyIds()) : List.of());
		model.addAttribute("types", DeviceType.values());
		model.addAttribute("officers", head ? this.officers.within(Set.of(principal.agencyId()), null) : List.of());
		model.addAttribute("silentDays", this.devices.properties().silentDays());
		return "evidence/devices";
	}

	@GetMapping("/evidence/devices/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Model model) {
		boolean head = principal.hasRole(Role.UNIT_HEAD);
		RecordingDevice device = head ? this.devices.device(id, principal.dataScope().agencyIds())
				: this.devices.ofAccount(principal.accountId())
					.stream()
					.filter((d) -> d.id() == id)
					.findFirst()
					.orElseThrow(() -> org.sanxiang.core.RuleViolation.notFound("记录设备"));
		model.addAttribute("head", head);
		model.addAttribute("device", device);
		model.addAttribute("history", this.devices.history(id));
		model.addAttribute("statuses", DeviceStatus.values());
		model.addAttribute("officers", head ? this.officers.within(Set.of(device.agencyId()), null) : List.of());
		return "evidence/device";
	}

	@PostMapping("/evidence/devices")
	String register(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String name,
			@RequestParam(required = false) String serialNumber, @RequestParam(required = false) DeviceType type,
			@RequestParam(required = false) Long officerId, RedirectAttributes redirect) {
		RecordingDevice device = this.devices.register(name, serialNumber, type, officerId, principal);
		redirect.addFlashAttribute("success", "已登记记录设备：" + device.label());
		return BACK + device.id();
	}

	@PostMapping("/evidence/devices/{id}/status")
	String changeStatus(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(required = false) DeviceStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		RecordingDevice device = this.devices.changeStatus(id, version, status, changedOn, reason,
				principal.dataScope().agencyIds(), principal);
		redirect.addFlashAttribute("success", "设备状态已改为：" + device.status().chineseName());
		return BACK + id;
	}

	@PostMapping("/evidence/devices/{id}/officer")
	String assign(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam int version, @RequestParam(required = false) Long officerId, RedirectAttributes redirect) {
		this.devices.assign(id, version, officerId, principal.dataScope().agencyIds(), principal);
		redirect.addFlashAttribute("success", "已保存配发人员");
		return BACK + id;
	}

}
