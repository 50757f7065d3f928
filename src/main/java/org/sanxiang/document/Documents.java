package org.sanxiang.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.core.AccessRefused;
import org.sanxiang.core.Actor;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.Party;
import org.sanxiang.subject.PartyRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, issuing and voiding documents. Issuing freezes a draft in one transaction:
 * the content is checked complete, a number is taken, the PDF (and the DOCX from the
 * template in force) rendered, both stored as content-addressed blobs (durable before the
 * row is written), the row frozen, and the PDF's digests sealed into the ledger. Nothing
 * changes an issued document afterwards; a correction is a new document that references
 * it.
 */
@Service
public class Documents {

	static final String DRAFT_NUMBER = "（草稿，签发时编号）";

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DocumentTypes types;

	private final DocumentTemplates templates;

	private final DocumentNumbers numbers;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final DocumentFonts fonts;

	private final BlobStore blobs;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BusinessTime time;

	private final PartyRegistry parties;

	private final String publicBaseUrl;

	private final java.security.SecureRandom random = new java.security.SecureRandom();

	private final JsonMapper json = JsonMapper.builder().build();

	Documents(JdbcClient jdbc, DocumentTypes types, DocumentTemplates templates, DocumentNumbers numbers,
			PdfRenderer pdf, DocxRenderer docx, DocumentFonts fonts, BlobStore blobs, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock, BusinessTime time, PartyRegistry parties,
			@Value("${sanxiang.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.jdbc = jdbc;
		this.types = types;
		this.templates = templates;
		this.numbers = numbers;
		this.pdf = pdf;
		this.docx = docx;
		this.fonts = fonts;
		this.blobs = blobs;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.time = time;
		this.parties = parties;
		this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
	}

	@Transactional
	public Document draft(String typeCode, Map<String, ?> values, Long correctsId, Actor actor, Set<Long> scope) {
		return draft(typeCode, values, null, correctsId, actor, scope);
	}

	/**
	 * A new draft; with a party id, the party is the one in 一企一档 and its name and code
	 * are taken from there (representative and address where left blank), not retyped.
	 */
	@Transactional
	public Document draft(String typeCode, Map<String, ?> values, Long partyId, Long correctsId, Actor actor,
			Set<Long> scope) {
		DocumentType type = this.types.get(typeCode);
		DocumentContent content = DocumentContent.of(type, withParty(type, values, partyId, scope), false);
		if (correctsId != null) {
			Document corrected = get(correctsId, scope);
			if (corrected.draft()) {
				throw new RuleViolation("DOCUMENT_CORRECTS_DRAFT", "只能更正已签发或已作废的文书");
			}
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into document (agency_id, type_code, status, content, corrects_id, party_id, created_by, created_at,
					                      updated_at)
					values (:agency, :type, 'DRAFT', :content, :corrects, :party, :by, :at, :at)""")
			.param("agency", actor.agencyId())
			.param("type", type.code())
			.param("content", this.json.writeValueAsString(content.values()))
			.param("corrects", correctsId)
			.param("party", partyId)
			.param("by", actor.username())
			.param("at", now)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		this.events.publishEvent(new DocumentDrafted(id, type.code(), (correctsId != null) ? "CORRECTION" : "CREATED"));
		return get(id, scope);
	}

	/** A new draft carrying the content of an issued document, to correct it. */
	@Transactional
	public Document correction(long id, Actor actor, Set<Long> scope) {
		Document original = get(id, scope);
		return draft(original.typeCode(), original.values(), original.partyId(), original.id(), actor, scope);
	}

	@Transactional
	public Document save(long id, Map<String, ?> values, int version, Actor actor, Set<Long> scope) {
		return save(id, values, editable(id, scope).partyId(), version, actor, scope);
	}

	/** Saves a draft; a party id (or null for none) replaces the one kept. */
	@Transactional
	public Document save(long id, Map<String, ?> values, Long partyId, int version, Actor actor, Set<Long> scope) {
		Document document = editable(id, scope);
		DocumentType type = this.types.get(document.typeCode());
		DocumentContent content = DocumentContent.of(type, withParty(type, values, partyId, scope), false);
		int updated = this.jdbc.sql("""
				update document set content = :content, party_id = :party, updated_at = :at, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'""")
			.param("content", this.json.writeValueAsString(content.values()))
			.param("party", partyId)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw RuleViolation.conflict("该草稿已被他人修改或已签发，请刷新后重试");
		}
		this.events.publishEvent(new DocumentDrafted(id, document.typeCode(), "SAVED"));
		return get(id, scope);
	}

	@Transactional
	public Document issue(long id, int version, Actor actor, Set<Long> scope) {
		Document document = editable(id, scope);
		if (document.version() != version) {
			throw RuleViolation.conflict("该草稿已被他人修改，请刷新后重试");
		}
		DocumentType type = this.types.get(document.typeCode());
		DocumentContent content = DocumentContent.of(type, document.values(), true);
		Agency agency = this.agencies.agency(document.agencyId());
		LocalDate issueDate = this.time.today();
		String code = verifyCode();
		RenderedValues.Verification verification = RenderedValues.Verification.of(code,
				this.publicBaseUrl + "/portal/verify?code=" + code);
		this.fonts.checkCoverage(new RenderedValues(content, agency.name(), "", issueDate, verification).allTexts());
		String number = null;
		if (type.numbered()) {
			number = this.numbers.take(agency.id(), agency.shortName(), type.category(), issueDate.getYear(), id)
				.text();
		}
		RenderedValues values = new RenderedValues(content, agency.name(), (number != null) ? number : "", issueDate,
				verification);
		byte[] pdfBytes = this.pdf.render(values);
		DocumentTemplates.TemplateVersion template = this.templates.activeOn(type.code(), issueDate);
		byte[] docxBytes = this.docx.render(this.templates.bytes(template), values);
		BlobStore.StoredBlob pdfBlob = this.blobs.put(pdfBytes);
		BlobStore.StoredBlob docxBlob = this.blobs.put(docxBytes);
		int updated = this.jdbc.sql("""
				update document set status = 'ISSUED', doc_number = :number, template_version = :template,
				       issue_date = :date, pdf_sha256 = :sha, pdf_sm3 = :sm3, pdf_size = :size, docx_sha256 = :docx,
				       issued_by = :by, issued_by_name = :name, issued_at = :at, updated_at = :at, verify_code = :code,
				       number_key = :key, version = version + 1
				where id = :id and version = :version and status = 'DRAFT'""")
			.param("number", number)
			.param("template", template.version())
			.param("date", java.sql.Date.valueOf(issueDate))
			.param("sha", pdfBlob.sha256())
			.param("sm3", pdfBlob.digests().sm3())
			.param("size", pdfBlob.size())
			.param("docx", docxBlob.sha256())
			.param("by", actor.username())
			.param("name", shortened(actor.displayName(), 100))
			.param("code", code)
			.param("key", DocumentNumberKey.of(number))
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw RuleViolation.conflict("该草稿已被他人修改或已签发，请刷新后重试");
		}
		Document issued = get(id, scope);
		this.events.publishEvent(
				new DocumentIssued(id, type.code(), type.name(), number, pdfBlob.digests(), issued.ledgerSubjectId()));
		return issued;
	}

	/**
	 * What issuing this draft will do, for the person to confirm: the number it will take
	 * (from the register, in the agency's format), the date it will carry. Refuses an
	 * incomplete draft first, so that the person fixes it before being asked.
	 */
	public IssuePreview issuePreview(long id, Set<Long> scope) {
		Document document = editable(id, scope);
		DocumentType type = this.types.get(document.typeCode());
		DocumentContent.of(type, document.values(), true);
		Agency agency = this.agencies.agency(document.agencyId());
		LocalDate date = this.time.today();
		DocumentNumbers.NumberFormat format = this.numbers.format(agency.id(), agency.shortName());
		String next = type.numbered()
				? this.numbers.next(agency.id(), agency.shortName(), type.category(), date.getYear()) : null;
		String readable = format.pattern()
			.replace("{prefix}", format.prefix())
			.replace("{category}", (type.category() != null) ? type.category() : "")
			.replace("{year}", "年份")
			.replace("{seq}", "顺序号");
		return new IssuePreview(document, type.name(), next, readable, date);
	}

	/** What issuing will do: the number expected, the register's format, the date. */
	public record IssuePreview(Document document, String typeName, String nextNumber, String numberFormat,
			LocalDate issueDate) {
	}

	@Transactional
	public Document voidDocument(long id, String reason, Actor actor, Set<Long> scope) {
		Document document = get(id, scope);
		String why = checkVoidable(document, reason);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update document set status = 'VOIDED', void_reason = :reason, voided_by = :by, voided_at = :at,
				       updated_at = :at, version = version + 1
				where id = :id and status = 'ISSUED'""")
			.param("reason", why)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.param("id", id)
			.update();
		if (document.number() != null) {
			this.numbers.markVoided(document.number(), why);
		}
		String statement = "voided: " + document.ledgerSubjectId() + "\npdf-sha256: " + document.pdfSha256()
				+ "\nreason: " + why.replace('\n', ' ') + "\ntime: " + now + "\naccount: " + actor.username() + "\n";
		this.events.publishEvent(new DocumentVoided(id, document.ledgerSubjectId(), statement));
		return get(id, scope);
	}

	/**
	 * Whether the document may be voided with this reason: the reason as it will be kept,
	 * or the refusal.
	 */
	public String checkVoidable(Document document, String reason) {
		if (document.status() != Document.Status.ISSUED) {
			throw new RuleViolation("DOCUMENT_NOT_ISSUED", document.draft() ? "草稿无需作废，可直接修改" : "该文书已作废",
					HttpStatus.CONFLICT);
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.length() < 2 || why.length() > 500 || why.chars().anyMatch(Character::isISOControl)) {
			throw new RuleViolation("DOCUMENT_VOID_REASON_REQUIRED", "请填写作废理由（2至500字）");
		}
		return why;
	}

	public Document get(long id, Set<Long> scope) {
		Document document = this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> RuleViolation.notFound("文书"));
		if (!scope.contains(document.agencyId())) {
			this.events.publishEvent(
					new AccessRefused("DOCUMENT_READ_REFUSED", "Document", String.valueOf(id), "outside data scope"));
			throw RuleViolation.notFound("文书");
		}
		return document;
	}

	/**
	 * One page of the documents in scope, filtered and sorted, with the total. A 文号 typed
	 * with ASCII brackets or spaces finds the number.
	 */
	public DocumentPage list(Set<Long> scope, DocumentQuery query) {
		StringBuilder where = new StringBuilder(" where agency_id in (:scope)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("scope", scope.isEmpty() ? List.of(-1L) : scope);
		if (query.status() != null) {
			where.append(" and status = :status");
			params.put("status", query.status().name());
		}
		if (query.type() != null && !query.type().isBlank()) {
			where.append(" and type_code = :type");
			params.put("type", this.types.get(query.type()).code());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (doc_number like :q escape '\\' or content like :q escape '\\'"
					+ " or number_key like :key escape '\\')");
			params.put("q", "%" + like(query.text().strip()) + "%");
			params.put("key", "%" + like(DocumentNumberKey.of(query.text())) + "%");
		}
		long total = this.jdbc.sql("select count(*) from document" + where).params(params).query(Long.class).single();
		String sql = SELECT + where + " order by " + query.sort().orderBy(query.ascending()) + " limit " + query.size()
				+ " offset " + ((long) query.page() * query.size());
		return new DocumentPage(this.jdbc.sql(sql).params(params).query(this::row).list(), total, query.page(),
				query.size());
	}

	private static String shortened(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The archival PDF of an issued document, or a draft rendered now (marked as draft).
	 */
	public byte[] pdf(Document document) {
		if (!document.draft()) {
			return this.blobs.read(document.pdfSha256())
				.orElseThrow(() -> new RuleViolation("DOCUMENT_FILE_MISSING", "文书文件缺失，请联系系统管理员核查文件库", HttpStatus.GONE));
		}
		return this.pdf.render(draftValues(document));
	}

	public byte[] docx(Document document) {
		if (!document.draft()) {
			return this.blobs.read(document.docxSha256())
				.orElseThrow(() -> new RuleViolation("DOCUMENT_FILE_MISSING", "文书文件缺失，请联系系统管理员核查文件库", HttpStatus.GONE));
		}
		LocalDate today = this.time.today();
		return this.docx.render(this.templates.bytes(this.templates.activeOn(document.typeCode(), today)),
				draftValues(document));
	}

	/**
	 * A type rendered with its sample data by the given (or the active) template version.
	 */
	public byte[] preview(String typeCode, Integer templateVersion, String format, Actor actor) {
		DocumentType type = this.types.get(typeCode);
		LocalDate today = this.time.today();
		Agency agency = this.agencies.agency(actor.agencyId());
		String sampleNumber = type.numbered()
				? this.numbers.format(agency.id(), agency.shortName()).format(type.category(), today.getYear(), 1)
						+ "（样稿）"
				: "（样稿）";
		RenderedValues values = new RenderedValues(DocumentContent.of(type, Samples.of(type), true), agency.name(),
				sampleNumber, today);
		if ("docx".equals(format)) {
			DocumentTemplates.TemplateVersion template = (templateVersion != null)
					? this.templates.version(typeCode, templateVersion) : this.templates.activeOn(typeCode, today);
			return this.docx.render(this.templates.bytes(template), values);
		}
		if (!"pdf".equals(format)) {
			throw new RuleViolation("DOCUMENT_FORMAT_UNKNOWN", "格式应为 pdf 或 docx", HttpStatus.BAD_REQUEST);
		}
		return this.pdf.render(values);
	}

	public DocumentType type(Document document) {
		return this.types.get(document.typeCode());
	}

	private RenderedValues draftValues(Document document) {
		DocumentType type = this.types.get(document.typeCode());
		Agency agency = this.agencies.agency(document.agencyId());
		return new RenderedValues(DocumentContent.of(type, document.values(), false), agency.name(),
				type.numbered() ? DRAFT_NUMBER : "（草稿）", this.time.today());
	}

	/**
	 * The values with the party's particulars from 一企一档 where the type has the field (the
	 * register is the source; a natural person's ID number stays as typed, sealed).
	 */
	private Map<String, ?> withParty(DocumentType type, Map<String, ?> values, Long partyId, Set<Long> scope) {
		if (partyId == null) {
			return values;
		}
		Party party = this.parties.party(partyId, scope);
		Map<String, Object> filled = new LinkedHashMap<>((values != null) ? values : Map.of());
		put(type, filled, "partyName", party.name(), true);
		put(type, filled, "partyIdentifier", party.creditCode(), true);
		put(type, filled, "legalRepresentative", party.legalRepresentative(), false);
		put(type, filled, "partyAddress", party.address(), false);
		return filled;
	}

	/**
	 * Name and code are the party's identity and always the register's; representative
	 * and address fill a blank (a document may name another address, e.g. for service).
	 */
	private static void put(DocumentType type, Map<String, Object> values, String field, String value,
			boolean identity) {
		Object typed = values.get(field);
		boolean blank = typed == null || typed.toString().isBlank();
		if (value != null && !value.isBlank() && type.field(field).isPresent() && (identity || blank)) {
			values.put(field, value);
		}
	}

	/** A 核验码: 12 characters without look-alikes (no 0/O, 1/I/L), as XXXX-XXXX-XXXX. */
	private String verifyCode() {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	private Document editable(long id, Set<Long> scope) {
		Document document = get(id, scope);
		if (!document.draft()) {
			throw new RuleViolation("DOCUMENT_FROZEN", "文书已签发，不能再修改；如需更正，请制作更正文书", HttpStatus.CONFLICT);
		}
		return document;
	}

	private static final String SELECT = """
			select id, agency_id, type_code, status, content, doc_number, template_version, issue_date, pdf_sha256,
			       pdf_sm3, pdf_size, docx_sha256, issued_by, issued_at, corrects_id, void_reason, voided_by, voided_at,
			       created_by, created_at, updated_at, version, party_id, issued_by_name, verify_code
			from document""";

	private Document row(ResultSet rs, int i) throws SQLException {
		return new Document(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("type_code"),
				Document.Status.valueOf(rs.getString("status")), this.json.readValue(rs.getString("content"), VALUES),
				rs.getString("doc_number"), (Integer) rs.getObject("template_version", Integer.class),
				(rs.getDate("issue_date") != null) ? rs.getDate("issue_date").toLocalDate() : null,
				rs.getString("pdf_sha256"), rs.getString("pdf_sm3"), (Long) rs.getObject("pdf_size", Long.class),
				rs.getString("docx_sha256"), rs.getString("issued_by"), instant(rs, "issued_at"),
				(Long) rs.getObject("corrects_id", Long.class), rs.getString("void_reason"), rs.getString("voided_by"),
				instant(rs, "voided_at"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getInt("version"), (Long) rs.getObject("party_id", Long.class),
				rs.getString("issued_by_name"), rs.getString("verify_code"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
	}

}
