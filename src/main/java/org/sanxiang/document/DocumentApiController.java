package org.sanxiang.document;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents as JSON: the types with their fields, template versions and previews, drafts,
 * issuing, voiding, the issued files and the number register. Staff only; template upload
 * and activation for legal reviewers (URL policy in SecurityConfig).
 */
@RestController
class DocumentApiController {

	private final DocumentTypes types;

	private final DocumentTemplates templates;

	private final Documents documents;

	private final DocumentNumbers numbers;

	private final BusinessTime time;

	DocumentApiController(DocumentTypes types, DocumentTemplates templates, Documents documents,
			DocumentNumbers numbers, BusinessTime time) {
		this.time = time;
		this.types = types;
		this.templates = templates;
		this.documents = documents;
		this.numbers = numbers;
	}

	@GetMapping("/api/v1/documents/templates")
	List<TypeView> templates() {
		LocalDate today = this.time.today();
		return this.types.all()
			.stream()
			.map((t) -> TypeView.of(t, this.templates.activeOn(t.code(), today).version()))
			.toList();
	}

	@GetMapping("/api/v1/documents/templates/{code}")
	Map<String, Object> template(@PathVariable String code) {
		DocumentType type = this.types.get(code);
		return Map.of("type", TypeView.of(type, this.templates.activeOn(code, this.time.today()).version()), "versions",
				this.templates.versions(code));
	}

	@GetMapping("/api/v1/documents/templates/{code}/preview")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable String code,
			@RequestParam(defaultValue = "pdf") String format, @RequestParam(required = false) Integer version) {
		DocumentType type = this.types.get(code);
		return DocumentFiles.file(this.documents.preview(code, version, format, principal), format,
				type.name() + "（样稿）");
	}

	@GetMapping("/api/v1/documents/templates/{code}/versions/{version}/docx")
	ResponseEntity<byte[]> templateFile(@PathVariable String code, @PathVariable int version) {
		DocumentTemplates.TemplateVersion v = this.templates.version(code, version);
		return DocumentFiles.file(this.templates.bytes(v), "docx", this.types.get(code).name() + "模板第" + version + "版");
	}

	@PostMapping("/api/v1/documents/templates/{code}")
	ResponseEntity<DocumentTemplates.TemplateVersion> upload(@AuthenticationPrincipal SanxiangPrincipal principal,
			@PathVariable String code, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "note", required = false) String note) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.templates.upload(code, file.getOriginalFilename(), file.getBytes(), note, principal.username()));
	}

	@PostMapping("/api/v1/documents/templates/{code}/versions/{version}/activate")
	DocumentTemplates.TemplateVersion activate(@AuthenticationPrincipal SanxiangPrincipal principal,
			@PathVariable String code, @PathVariable int version,
			@RequestBody(required = false) ActivateRequest request) {
		return this.templates.activate(code, version, (request != null) ? request.effectiveFrom() : null,
				principal.username());
	}

	/**
	 * One page of documents (page 0-based; size at most 200) with the total; sorted by
	 * UPDATED (default), DATE (签发日期) or NUMBER, dir DESC (default) or ASC.
	 */
	@GetMapping("/api/v1/documents")
	PageView list(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) Document.Status status, @RequestParam(required = false) String type,
			@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "UPDATED") DocumentQuery.Sort sort,
			@RequestParam(defaultValue = "DESC") Direction dir) {
		DocumentPage result = this.documents.list(principal.dataScope().agencyIds(),
				new DocumentQuery(status, type, query, sort, dir == Direction.ASC, page, size));
		return new PageView(result.items().stream().map(this::view).toList(), result.total(), result.page(),
				result.size());
	}

	@PostMapping("/api/v1/documents")
	ResponseEntity<DocumentView> draft(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestBody DraftRequest request) {
		Document draft = this.documents.draft(request.type(), request.values(), request.partyId(),
				Document.Owner.of(request.ownerKind(), request.ownerId()), request.correctsId(), principal,
				principal.dataScope().agencyIds());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(draft));
	}

	@GetMapping("/api/v1/documents/{id}")
	DocumentView one(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id) {
		return view(this.documents.get(id, principal.dataScope().agencyIds()));
	}

	@PutMapping("/api/v1/documents/{id}")
	DocumentView save(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestBody SaveRequest request) {
		if (request.partyId() == null) {
			return view(this.documents.save(id, request.values(), request.version(), principal,
					principal.dataScope().agencyIds()));
		}
		return view(this.documents.save(id, request.values(), request.partyId(), request.version(), principal,
				principal.dataScope().agencyIds()));
	}

	@PostMapping("/api/v1/documents/{id}/issue")
	DocumentView issue(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestBody VersionRequest request) {
		return view(this.documents.issue(id, request.version(), principal, principal.dataScope().agencyIds()));
	}

	@PostMapping("/api/v1/documents/{id}/void")
	DocumentView voidDocument(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestBody VoidRequest request) {
		return view(this.documents.voidDocument(id, request.reason(), principal, principal.dataScope().agencyIds()));
	}

	@GetMapping("/api/v1/documents/{id}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SanxiangPrincipal principal, @PathVariable long id,
			@RequestParam(defaultValue = "pdf") String format) {
		Document document = this.documents.get(id, principal.dataScope().agencyIds());
		byte[] bytes = "docx".equals(format) ? this.documents.docx(document) : this.documents.pdf(document);
		return DocumentFiles.file(bytes, "docx".equals(format) ? "docx" : "pdf", fileName(document));
	}

	@GetMapping("/api/v1/documents/numbers")
	List<DocumentNumbers.RegisteredNumber> register(@AuthenticationPrincipal SanxiangPrincipal principal,
			@RequestParam(required = false) Integer year) {
		return this.numbers.register(principal.agencyId(), (year != null) ? year : this.time.today().getYear());
	}

	static String fileName(Document document) {
		return (document.number() != null) ? document.number() : document.typeCode() + "-" + document.id();
	}

	private DocumentView view(Document d) {
		return new DocumentView(d.id(), d.agencyId(), d.typeCode(), this.types.get(d.typeCode()).name(),
				d.status().name(), d.number(), d.values(), d.issueDate(), d.pdfSha256(), d.pdfSm3(), d.pdfSize(),
				d.templateVersion(), d.issuedBy(), d.issuer(), d.issuedAt(), d.correctsId(), d.voidReason(),
				d.voidedAt(), d.createdBy(), d.createdAt(), d.updatedAt(), d.version(), d.partyId(), d.partyName(),
				d.verifyCode(), (d.owner() != null) ? d.owner().kind() : null,
				(d.owner() != null) ? d.owner().id() : null);
	}

	record TypeView(String code, String name, String category, boolean numbered, String basis,
			List<DocumentField> fields, int activeTemplateVersion) {

		static TypeView of(DocumentType t, int active) {
			return new TypeView(t.code(), t.name(), t.category(), t.numbered(), t.basis(), t.fields(), active);
		}

	}

	record DocumentView(long id, long agencyId, String type, String typeName, String status, String number,
			Map<String, Object> values, LocalDate issueDate, String pdfSha256, String pdfSm3, Long pdfSize,
			Integer templateVersion, String issuedBy, String issuerName, Instant issuedAt, Long correctsId,
			String voidReason, Instant voidedAt, String createdBy, Instant createdAt, Instant updatedAt, int version,
			Long partyId, String partyName, String verifyCode, String ownerKind, String ownerId) {
	}

	record PageView(List<DocumentView> items, long total, int page, int size) {
	}

	/** Sort direction. */
	enum Direction {

		ASC, DESC

	}

	record DraftRequest(String type, Map<String, Object> values, Long partyId, Long correctsId, String ownerKind,
			String ownerId) {
	}

	record SaveRequest(Map<String, Object> values, Long partyId, int version) {
	}

	record VersionRequest(int version) {
	}

	record VoidRequest(String reason) {
	}

	record ActivateRequest(LocalDate effectiveFrom) {
	}

}
