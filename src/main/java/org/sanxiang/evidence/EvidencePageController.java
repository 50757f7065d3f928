package org.sanxiang.evidence;

import java.util.UUID;
import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sanxiang.evidence.upload.FinishedUpload;
import org.sanxiang.evidence.upload.UploadFinaliser;
import org.sanxiang.storage.BlobStore;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * The evidence pages: the list with its filters, the upload form (re-shown with the
 * reason when refused), the detail page with the player, the watermark and the custody
 * log, the content (range requests) and the download with its reason.
 */
@Controller
class EvidencePageController {

	private final EvidenceItems items;

	private final CustodyLog custody;

	private final EvidenceContent content;

	private final BusinessTime time;

	private final UploadFinaliser finaliser;

	private final UploadTimeliness timeliness;

	private final RecordingDevices devices;

	EvidencePageController(EvidenceItems items, CustodyLog custody, EvidenceContent content, BusinessTime time,
			UploadFinaliser finaliser, UploadTimeliness timeliness, RecordingDevices devices) {
		this.devices = devices;
		this.finaliser = finaliser;
		this.timeliness = timeliness;
		this.items = items;
		this.custody = custody;
		this.content = content;
		this.time = time;
	}

	@GetMapping("/evidence")
	String list(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String ownerKind,
			@RequestParam(required = false) String ownerId, @RequestParam(required = false) EvidenceKind kind,
			@RequestParam(required = false) String recorder, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Paging.Params paging, Model model) {
		EvidenceItems.Filter filter = new EvidenceItems.Filter(ownerKind, ownerId, kind, recorder, from, to);
		var page = this.items.list(filter, paging, principal.dataScope().agencyIds());
		model.addAttribute("evidence", page);
		model.addAttribute("timeliness", this.timeliness.verdicts(page.items()));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", EvidenceKind.values());
		return "evidence/list";
	}

	@GetMapping("/evidence/new")
	String create(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) String ownerKind, @RequestParam(required = false) String ownerId,
			@RequestParam(required = false) String ownerStage, @RequestParam(required = false) UUID uploadId,
			Model model) {
		if (uploadId != null) {
			finished(uploadId, principal).ifPresent((u) -> model.addAttribute("uploaded", u));
		}
		return form(model, new EvidenceForm(ownerKind, ownerId, ownerStage, null, null, null, null, null, null, null,
				null, null, null, null, false, null, null, null, null), null, principal, null);
	}

	/**
	 * A resumable upload this account finished (the bytes are in the blob store), to be
	 * registered as an item; a 404 refusal for another account's or an unfinished one.
	 */
	private java.util.Optional<FinishedUpload> finished(UUID uploadId, SanxiangPrincipal principal) {
		UploadFinaliser.UploadState state = this.finaliser.finish(uploadId, principal.accountId());
		if (state instanceof UploadFinaliser.UploadState.Finished done) {
			return java.util.Optional.of(done.upload());
		}
		if (state instanceof UploadFinaliser.UploadState.Busy) {
			throw new RuleViolation("UPLOAD_BUSY", "该文件正在保存，请稍候几秒再登记", org.springframework.http.HttpStatus.CONFLICT);
		}
		if (state instanceof UploadFinaliser.UploadState.InProgress) {
			throw new RuleViolation("UPLOAD_NOT_FINISHED", "该文件尚未上传完成，请在上传页面继续上传后再登记",
					org.springframework.http.HttpStatus.CONFLICT);
		}
		throw new RuleViolation("UPLOAD_NOT_FOUND", "未找到该上传（可能已过期或不属于当前账号）",
				org.springframework.http.HttpStatus.NOT_FOUND);
	}

	@PostMapping("/evidence")
	String upload(@AuthenticationPrincipal SanxiangPrincipal principal, @ModelAttribute EvidenceForm form,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) UUID uploadId, @RequestParam(required = false) Long deviceId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (uploadId != null && (file == null || file.isEmpty())) {
				FinishedUpload uploaded = finished(uploadId, principal).orElseThrow();
				model.addAttribute("uploaded", uploaded);
				EvidenceItem item = this.items.register(form.draft(this.time.zone()),
						new BlobStore.StoredBlob(uploaded.digests(), uploaded.size()), uploaded.mediaType(),
						uploaded.fileName(), principal, principal.dataScope().agencyIds(), deviceId);
				redirect.addFlashAttribute("success", "证据已登记：" + item.number());
				return "redirect:/evidence/" + item.id();
			}
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("EVIDENCE_EMPTY", "请选择要上传的文件（文件不能为空）",
						org.springframework.http.HttpStatus.BAD_REQUEST);
			}
			EvidenceItem item = this.items.upload(form.draft(this.time.zone()), new MultipartUpload(file), principal,
					principal.dataScope().agencyIds(), deviceId);
			redirect.addFlashAttribute("success", "证据已登记：" + item.number());
			return "redirect:/evidence/" + item.id();
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			return form(model, form, ex.getMessage(), principal, deviceId);
		}
	}

	private String form(Model model, EvidenceForm form, String error, SanxiangPrincipal principal, Long deviceId) {
		model.addAttribute("devices",
				this.devices.within(java.util.Set.of(principal.agencyId()))
					.stream()
					.filter((d) -> d.status() != DeviceStatus.SCRAPPED)
					.toList());
		model.addAttribute("deviceId",
				(deviceId != null) ? deviceId
						: this.devices.ofAccount(principal.accountId())
							.stream()
							.filter((d) -> d.status() == DeviceStatus.IN_USE)
							.map(RecordingDevice::id)
							.findFirst()
							.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("limitMiB", this.items.properties().multipartLimit().toMegabytes());
		return "evidence/form";
	}

	@GetMapping("/evidence/{id}")
	String detail(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id, Paging.Params paging,
			Model model) {
		EvidenceItem item = this.items.item(id, principal.dataScope().agencyIds());
		this.custody.append(item.id(), CustodyLog.Action.VIEW, principal, null, null);
		model.addAttribute("item", item);
		model.addAttribute("timeliness", this.timeliness.of(item).orElse(null));
		model.addAttribute("recordingDevice", this.devices.ofItem(item.id()).orElse(null));
		model.addAttribute("custody", this.custody.page(item.id(), paging));
		model.addAttribute("watermark", principal.displayName() + " " + this.time.formatSeconds(this.time.now()));
		model.addAttribute("mayDownload", principal.agencyId() == item.agencyId());
		return "evidence/detail";
	}

	@GetMapping("/evidence/{id}/content")
	void content(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, HttpServletResponse response)
			throws IOException {
		EvidenceItem item = this.items.item(id, principal.dataScope().agencyIds());
		this.content.stream(item, range, principal, response);
	}

	@PostMapping("/evidence/{id}/download")
	void download(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(required = false) String reason, HttpServletResponse response) throws IOException {
		EvidenceItem item = this.items.item(id, principal.dataScope().agencyIds());
		this.content.download(item, reason, principal, response);
	}

}
