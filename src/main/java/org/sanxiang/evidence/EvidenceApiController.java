package org.sanxiang.evidence;

import java.time.LocalDate;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence API: list (filtered, paged), plain multipart upload, one item, and an
 * item's custody log (paged). Refusals are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApiController {

	private final EvidenceItems items;

	private final CustodyLog custody;

	private final BusinessTime time;

	EvidenceApiController(EvidenceItems items, CustodyLog custody, BusinessTime time) {
		this.items = items;
		this.custody = custody;
		this.time = time;
	}

	@GetMapping
	ResultPage<EvidenceView> list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) String ownerKind, @RequestParam(required = false) String ownerId,
			@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) String recorder,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Paging.Params paging) {
		return this.items
			.list(new EvidenceItems.Filter(ownerKind, ownerId, kind, recorder, from, to), paging,
					principal.dataScope().agencyIds())
			.map(EvidenceView::of);
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<EvidenceView> upload(@AuthenticationPrincipal SanxiangPrincipal principal,
			@ModelAttribute EvidenceForm form, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long deviceId) {
		if (file == null) {
			throw new RuleViolation("EVIDENCE_FILE_REQUIRED", "请附上文件（file）", HttpStatus.BAD_REQUEST);
		}
		EvidenceItem item = this.items.upload(form.draft(this.time.zone()), new MultipartUpload(file), principal,
				principal.dataScope().agencyIds(), deviceId);
		return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceView.of(item));
	}

	@GetMapping("/{id}")
	EvidenceView item(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id) {
		return EvidenceView.of(this.items.item(id, principal.dataScope().agencyIds()));
	}

	@GetMapping("/{id}/custody")
	ResultPage<CustodyLog.Entry> custody(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			Paging.Params paging) {
		return this.custody.page(this.items.item(id, principal.dataScope().agencyIds()).id(), paging);
	}

}
