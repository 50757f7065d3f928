package org.sanxiang.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 案卷 download, from the evidence list filtered to one owner (导出案卷) and from the API:
 * the owner checked and the files collected first, so that a refusal is a problem detail
 * (400, 404, 410); then the ZIP streamed into the response.
 */
@Controller
class CaseFileExportController {

	private final CaseFileExport export;

	CaseFileExportController(CaseFileExport export) {
		this.export = export;
	}

	@GetMapping({ "/evidence/export", "/api/v1/evidence/export" })
	@Operation(summary = "导出某记录的案卷（ZIP）：目录、文书 PDF、证据原件、监管链记录与含账本包含证明的清单（manifest.json）")
	void export(@AuthenticationPrincipal SanxiangPrincipal principal, @RequestParam(required = false) String ownerKind,
			@RequestParam(required = false) String ownerId, HttpServletResponse response) throws IOException {
		CaseFileExport.Prepared prepared = this.export.prepare(ownerKind, ownerId, principal,
				principal.dataScope().agencyIds());
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(prepared.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		OutputStream out = response.getOutputStream();
		this.export.write(prepared, out);
		out.flush();
	}

}
