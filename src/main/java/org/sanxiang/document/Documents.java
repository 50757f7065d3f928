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
import org.sanxiang.core.LikePattern;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Agency;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.subject.Party;
import org.sanxiang.subject.PartyKind;
import org.sanxiang.subject.PartyRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document module's application service: loads the {@link Document} aggregate,
 * prepares what an act needs and saves the act through {@link DocumentRepository}, which
 * publishes the events the aggregate registered (sealed and audited in the same
 * transaction). Issuing freezes a draft in one transaction: the content is checked
 * complete, a number is taken, the PDF (and the DOCX from the template in force)
 * rendered, both stored as content-addressed blobs (durable before the row is written),
 * then the act. Nothing changes an issued document afterwards; a correction is a new
 * document that references it. Lists are read with SQL.
 */
@Service
public class Documents {

	static final int MAX_QUERY = 100;

	static final String DRAFT_NUMBER = "（草稿，签发时编号）";

	private final JdbcClient jdbc;

	private final DocumentRepository repository;

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

	private final Signatories signatories;

	private final java.security.SecureRandom random = new java.security.SecureRandom();

	Documents(JdbcClient jdbc, DocumentRepository repository, DocumentTypes types, DocumentTemplates templates,
			DocumentNumbers numbers, PdfRenderer pdf, DocxRenderer docx, DocumentFonts fonts, BlobStore blobs,
			AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock, BusinessTime time,
			PartyRegistry parties, Signatories signatories,
			@Value("${sanxiang.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.signatories = signatories;
		this.jdbc = jdbc;
		this.repository = repository;
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
		return draft(typeCode, values, partyId, null, correctsId, actor, scope);
	}

	/**
	 * A new draft belonging to a record ({@code owner}, e.g. an inspection; null for
	 * none), whose 案卷 export then includes it once issued.
	 */
	@Transactional
	public Document draft(String typeCode, Map<String, ?> values, Long partyId, Document.Owner owner, Long correctsId,
			Actor actor, Set<Long> scope) {
		DocumentType type = this.types.get(typeCode);
		DocumentContent content = DocumentContent.of(type, withParty(type, values, partyId, scope), false);
		Document corrected = (correctsId != null) ? get(correctsId, scope) : null;
		return store(Document.draft(actor.agencyId(), content, partyId, owner, corrected, actor.username(),
				this.clock.instant()));
	}

	/**
	 * 更正: a new draft carrying the content and party of an issued document, naming it.
	 */
	@Transactional
	public Document correction(long id, Actor actor, Set<Long> scope) {
		Document original = get(id, scope);
		DocumentType type = this.types.get(original.typeCode());
		DocumentContent content = DocumentContent.of(type,
				withParty(type, original.values(), original.partyId(), scope), false);
		return store(original.correction(actor.username(), this.clock.instant(), content));
	}

	@Transactional
	public Document save(long id, Map<String, ?> values, int version, Actor actor, Set<Long> scope) {
		return save(id, values, get(id, scope).partyId(), version, actor, scope);
	}

	/** Saves a draft; a party id (or null for none) replaces the one kept. */
	@Transactional
	public Document save(long id, Map<String, ?> values, Long partyId, int version, Actor actor, Set<Long> scope) {
		Document document = current(id, version, scope);
		DocumentType type = this.types.get(document.typeCode());
		document.revise(DocumentContent.of(type, withParty(type, values, partyId, scope), false), partyId,
				this.clock.instant());
		return store(document);
	}

	/**
	 * 签发, in one transaction: the content checked complete, a number taken, the PDF and
	 * DOCX rendered and stored as blobs (durable before the row), then the act on the
	 * aggregate, whose {@link DocumentIssued} the ledger seals and the audit trail
	 * records in this transaction. Of two simultaneous issues of one draft, one wins and
	 * the other is told so (409), its number returned.
	 */
	@Transactional
	public Document issue(long id, int version, Actor actor, Set<Long> scope) {
		Document document = current(id, version, scope);
		DocumentType type = this.types.get(document.typeCode());
		this.signatories.require(type, actor, id);
		DocumentContent content = DocumentContent.of(type, document.values(), true);
		OnTheSpotLimit.check(content, partyKind(document, scope));
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
		document.issue(new Document.Issuance(number, type.name(), template.version(), issueDate, pdfBlob.digests(),
				pdfBlob.size(), docxBlob.sha256(), actor.username(), actor.displayName(), this.clock.instant(), code));
		return store(document);
	}

	/**
	 * What issuing this draft will do, for the person to confirm: the number it will take
	 * (from the register, in the agency's format), the date it will carry. Refuses an
	 * incomplete draft first, so that the person fixes it before being asked.
	 */
	public IssuePreview issuePreview(long id, Set<Long> scope) {
		return issuePreview(id, null, scope);
	}

	/**
	 * {@link #issuePreview(long, Set)} for a person who would issue: refuses first (403)
	 * one who may not sign this type ({@link Signatories}).
	 */
	public IssuePreview issuePreview(long id, Actor actor, Set<Long> scope) {
		Document document = get(id, scope);
		document.requireDraft();
		DocumentType type = this.types.get(document.typeCode());
		if (actor != null) {
			this.signatories.require(type, actor, id);
		}
		OnTheSpotLimit.check(DocumentContent.of(type, document.values(), true), partyKind(document, scope));
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

	/**
	 * 作废, in one transaction: the act on the aggregate (whose {@link DocumentVoided} the
	 * ledger seals and the audit trail records) and the number register marked. Of
	 * several simultaneous voidings of one document one wins; the others are told so
	 * (409).
	 */
	@Transactional
	public Document voidDocument(long id, String reason, Actor actor, Set<Long> scope) {
		Document document = get(id, scope);
		document.voidWith(reason, actor.username(), this.clock.instant());
		Document voided = store(document);
		if (voided.number() != null) {
			this.numbers.markVoided(voided.number(), voided.voidReason());
		}
		return voided;
	}

	/**
	 * Whether the document may be voided with this reason: the reason as it will be kept,
	 * or the refusal.
	 */
	public String checkVoidable(Document document, String reason) {
		return document.checkVoidable(reason);
	}

	public Document get(long id, Set<Long> scope) {
		Document document = this.repository.findById(id).orElseThrow(() -> RuleViolation.notFound("文书"));
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
			if (this.types.all().stream().noneMatch((t) -> t.code().equals(query.type()))) {
				throw new ListParameterRefused("type", "没有这种文书");
			}
			where.append(" and type_code = :type");
			params.put("type", query.type());
		}
		if (query.text() != null && query.text().length() > MAX_QUERY) {
			throw new ListParameterRefused("q", "检索词不超过" + MAX_QUERY + "字");
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" and (doc_number like :q escape '\\' or content like :q escape '\\'"
					+ " or number_key like :key escape '\\')");
			params.put("q", LikePattern.containing(query.text()));
			params.put("key", LikePattern.containing(DocumentNumberKey.of(query.text())));
		}
		long total = this.jdbc.sql("select count(*) from document" + where).params(params).query(Long.class).single();
		String sql = SELECT + where + " order by " + query.sort().orderBy(query.ascending()) + " limit " + query.size()
				+ " offset " + ((long) query.page() * query.size());
		return new DocumentPage(this.jdbc.sql(sql).params(params).query(this::row).list(), total, query.page(),
				query.size());
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

	/**
	 * The kind of the party the document names from 一企一档, or null where it names none.
	 */
	private PartyKind partyKind(Document document, Set<Long> scope) {
		return (document.partyId() != null) ? this.parties.party(document.partyId(), scope).kind() : null;
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

	/** The draft as the person saw it: a draft still, at the version they name. */
	private Document current(long id, int version, Set<Long> scope) {
		Document document = get(id, scope);
		document.requireDraft();
		if (document.version() != version) {
			throw RuleViolation.conflict("该草稿已被他人修改，请刷新后重试");
		}
		return document;
	}

	/**
	 * Saves an act; its events are published on the way, in this transaction. A lost race
	 * (the version moved on, or the row stayed locked by the winner) is a conflict.
	 */
	private Document store(Document document) {
		try {
			return this.repository.save(document);
		}
		catch (ConcurrencyFailureException ex) {
			throw RuleViolation.conflict("该文书已被他人同时办理（修改、签发或作废），请刷新后查看");
		}
	}

	/**
	 * The documents (drafts, issued and voided) that belong to this record, oldest first,
	 * within the scope: what a case page offers on its acts' forms.
	 */
	public List<Document> ofOwner(Document.Owner owner, Set<Long> scope) {
		if (owner == null || scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " where owner_kind = :kind and owner_id = :id and agency_id in (:scope) order by id")
			.param("kind", owner.kind())
			.param("id", owner.id())
			.param("scope", scope)
			.query(this::row)
			.list();
	}

	private static final String SELECT = """
			select id, agency_id, type_code, status, content, doc_number, template_version, issue_date, pdf_sha256,
			       pdf_sm3, pdf_size, docx_sha256, issued_by, issued_at, corrects_id, void_reason, voided_by, voided_at,
			       created_by, created_at, updated_at, version, party_id, issued_by_name, verify_code, number_key,
			       owner_kind, owner_id
			from document""";

	private Document row(ResultSet rs, int i) throws SQLException {
		return new Document(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("type_code"),
				Document.Status.valueOf(rs.getString("status")), rs.getString("content"), rs.getString("doc_number"),
				rs.getString("number_key"), (Integer) rs.getObject("template_version", Integer.class),
				(rs.getDate("issue_date") != null) ? rs.getDate("issue_date").toLocalDate() : null,
				rs.getString("pdf_sha256"), rs.getString("pdf_sm3"), (Long) rs.getObject("pdf_size", Long.class),
				rs.getString("docx_sha256"), rs.getString("issued_by"), rs.getString("issued_by_name"),
				instant(rs, "issued_at"), (Long) rs.getObject("corrects_id", Long.class), rs.getString("void_reason"),
				rs.getString("voided_by"), instant(rs, "voided_at"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "updated_at"), (Long) rs.getObject("party_id", Long.class),
				rs.getString("verify_code"), rs.getString("owner_kind"), rs.getString("owner_id"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
	}

}
