package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;

import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An item's chain-of-custody report (监管链报告) as a PDF, for whoever may see the item (its
 * data scope, as the detail page: another agency finds nothing, an administrator is
 * refused).
 */
@Controller
class CustodyReportController {

	private final EvidenceItems items;

	private final CustodyReport report;

	CustodyReportController(EvidenceItems items, CustodyReport report) {
		this.items = items;
		this.report = report;
	}

	@GetMapping("/evidence/{id}/custody.pdf")
	ResponseEntity<byte[]> custodyReport(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id) {
		EvidenceItem item = this.items.item(id, principal.dataScope().agencyIds());
		byte[] pdf = this.report.pdf(item, principal);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("监管链报告-" + item.number() + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

}
