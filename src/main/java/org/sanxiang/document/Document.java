package org.sanxiang.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * One enforcement document (执法文书), a Spring Data JDBC aggregate whose life is its legal
 * acts: drafted ({@link #draft}) and revised while a draft, issued ({@link #issue}:
 * frozen with its number, PDF digests and 核验码), voided ({@link #voidWith}: its number
 * stays taken, with the reason) and corrected by a new document ({@link #correction})
 * that names it. Each act checks the state it starts from and registers the event that
 * says what happened; {@link Version} makes the loser of two simultaneous acts a conflict
 * (409), not a second act. The party is kept by its id in 一企一档.
 */
@Table("document")
public class Document extends AggregateRoot<Document> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
	};

	@Id
	private Long id;

	private final long agencyId;

	private final String typeCode;

	private Status status;

	private String content;

	@Column("doc_number")
	private String number;

	private String numberKey;

	private Integer templateVersion;

	private LocalDate issueDate;

	private String pdfSha256;

	private String pdfSm3;

	private Long pdfSize;

	private String docxSha256;

	private String issuedBy;

	private String issuedByName;

	private Instant issuedAt;

	private final Long correctsId;

	private String voidReason;

	private String voidedBy;

	private Instant voidedAt;

	private final String createdBy;

	private final Instant createdAt;

	private Instant updatedAt;

	private Long partyId;

	private String verifyCode;

	private final String ownerKind;

	private final String ownerId;

	@Version
	private Integer version;

	@Transient
	private Map<String, Object> values;

	@PersistenceCreator
	Document(Long id, long agencyId, String typeCode, Status status, String content, String number, String numberKey,
			Integer templateVersion, LocalDate issueDate, String pdfSha256, String pdfSm3, Long pdfSize,
			String docxSha256, String issuedBy, String issuedByName, Instant issuedAt, Long correctsId,
			String voidReason, String voidedBy, Instant voidedAt, String createdBy, Instant createdAt,
			Instant updatedAt, Long partyId, String verifyCode, String ownerKind, String ownerId, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.typeCode = typeCode;
		this.status = status;
		this.content = content;
		this.number = number;
		this.numberKey = numberKey;
		this.templateVersion = templateVersion;
		this.issueDate = issueDate;
		this.pdfSha256 = pdfSha256;
		this.pdfSm3 = pdfSm3;
		this.pdfSize = pdfSize;
		this.docxSha256 = docxSha256;
		this.issuedBy = issuedBy;
		this.issuedByName = issuedByName;
		this.issuedAt = issuedAt;
		this.correctsId = correctsId;
		this.voidReason = voidReason;
		this.voidedBy = voidedBy;
		this.voidedAt = voidedAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.partyId = partyId;
		this.verifyCode = verifyCode;
		this.ownerKind = ownerKind;
		this.ownerId = ownerId;
		this.version = version;
	}

	/**
	 * A new draft of an agency, its content checked for form (not yet for completeness).
	 */
	static Document draft(long agencyId, DocumentContent content, Long partyId, Document corrected, String account,
			Instant now) {
		return draft(agencyId, content, partyId, null, corrected, account, now);
	}

	/**
	 * A new draft that belongs to a record (an inspection, a case) named by its kind and
	 * id, or to none ({@code owner} null); a correction belongs where the corrected one
	 * did.
	 */
	static Document draft(long agencyId, DocumentContent content, Long partyId, Owner owner, Document corrected,
			String account, Instant now) {
		Owner kept = (corrected != null && corrected.owner() != null) ? corrected.owner() : owner;
		if (corrected != null && corrected.draft()) {
			throw new RuleViolation("DOCUMENT_CORRECTS_DRAFT", "只能更正已签发或已作废的文书");
		}
		Document draft = new Document(null, agencyId, content.type().code(), Status.DRAFT,
				JSON.writeValueAsString(content.values()), null, null, null, null, null, null, null, null, null, null,
				null, (corrected != null) ? corrected.id() : null, null, null, null, account, now, now, partyId, null,
				(kept != null) ? kept.kind() : null, (kept != null) ? kept.id() : null, null);
		draft.registerEvent(
				(d) -> new DocumentDrafted(d.id(), d.typeCode, (corrected != null) ? "CORRECTION" : "CREATED"));
		return draft;
	}

	/**
	 * 更正: a new draft carrying this document's content and party, which names this one.
	 * Only an issued or voided document is corrected; a draft is simply edited.
	 */
	Document correction(String account, Instant now, DocumentContent content) {
		return draft(this.agencyId, content, this.partyId, owner(), this, account, now);
	}

	/** Saves new content (and party) into a draft; an issued document never changes. */
	void revise(DocumentContent content, Long partyId, Instant now) {
		requireDraft();
		this.content = JSON.writeValueAsString(content.values());
		this.values = null;
		this.partyId = partyId;
		this.updatedAt = now;
		registerEvent((d) -> new DocumentDrafted(d.id(), d.typeCode, "SAVED"));
	}

	/**
	 * 签发: freezes the draft with its number (if the type is numbered), the date and the
	 * stored files' digests, and registers {@link DocumentIssued} — sealed into the
	 * ledger and audited in this transaction — and, for a correction,
	 * {@link DocumentCorrected}.
	 */
	void issue(Issuance issuance) {
		requireDraft();
		this.status = Status.ISSUED;
		this.number = issuance.number();
		this.numberKey = DocumentNumberKey.of(issuance.number());
		this.templateVersion = issuance.templateVersion();
		this.issueDate = issuance.issueDate();
		this.pdfSha256 = issuance.pdf().sha256();
		this.pdfSm3 = issuance.pdf().sm3();
		this.pdfSize = issuance.pdfSize();
		this.docxSha256 = issuance.docxSha256();
		this.issuedBy = issuance.account();
		this.issuedByName = shortened(issuance.accountName(), 100);
		this.issuedAt = issuance.at();
		this.updatedAt = issuance.at();
		this.verifyCode = issuance.verifyCode();
		registerEvent((d) -> new DocumentIssued(d.id(), d.number, d.typeCode, d.partyId, d.agencyId, d.issuedAt,
				issuance.typeName(), issuance.pdf()));
		if (this.correctsId != null) {
			registerEvent((d) -> new DocumentCorrected(d.correctsId, d.id(), d.number, d.typeCode, d.partyId,
					d.agencyId, d.issuedAt));
		}
	}

	/** What issuing fixes on the document, prepared by {@link Documents#issue}. */
	record Issuance(String number, String typeName, Integer templateVersion, LocalDate issueDate, ContentDigests pdf,
			long pdfSize, String docxSha256, String account, String accountName, Instant at, String verifyCode) {
	}

	/**
	 * 作废: an issued document is voided with a reason (2 to 500 characters); its number
	 * stays taken. Registers {@link DocumentVoided}, sealed into the ledger under the
	 * document's subject and audited in this transaction.
	 */
	void voidWith(String reason, String account, Instant now) {
		String why = checkVoidable(reason);
		this.status = Status.VOIDED;
		this.voidReason = why;
		this.voidedBy = account;
		this.voidedAt = now;
		this.updatedAt = now;
		registerEvent((d) -> new DocumentVoided(d.id(), d.number, d.typeCode, d.partyId, d.agencyId, d.pdfSha256, why,
				account, now));
	}

	/** The reason as it will be kept, or the refusal: not issued, or no proper reason. */
	String checkVoidable(String reason) {
		if (this.status != Status.ISSUED) {
			throw new RuleViolation("DOCUMENT_NOT_ISSUED", draft() ? "草稿无需作废，可直接修改" : "该文书已作废", HttpStatus.CONFLICT);
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.length() < 2 || why.length() > 500 || why.chars().anyMatch(Character::isISOControl)) {
			throw new RuleViolation("DOCUMENT_VOID_REASON_REQUIRED", "请填写作废理由（2至500字）");
		}
		return why;
	}

	/** Refuses any change to a document that is no longer a draft. */
	void requireDraft() {
		if (!draft()) {
			throw new RuleViolation("DOCUMENT_FROZEN", "文书已签发，不能再修改；如需更正，请制作更正文书", HttpStatus.CONFLICT);
		}
	}

	private static String shortened(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	public enum Status {

		DRAFT("草稿"), ISSUED("已签发"), VOIDED("已作废");

		private final String chineseName;

		Status(String chineseName) {
			this.chineseName = chineseName;
		}

		public String chineseName() {
			return this.chineseName;
		}

	}

	public long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public Status status() {
		return this.status;
	}

	public boolean draft() {
		return this.status == Status.DRAFT;
	}

	/** The field values, as the document holds them (read-only). */
	public Map<String, Object> values() {
		if (this.values == null) {
			this.values = java.util.Collections.unmodifiableMap(JSON.readValue(this.content, VALUES));
		}
		return this.values;
	}

	public String number() {
		return this.number;
	}

	public Integer templateVersion() {
		return this.templateVersion;
	}

	public LocalDate issueDate() {
		return this.issueDate;
	}

	public String pdfSha256() {
		return this.pdfSha256;
	}

	public String pdfSm3() {
		return this.pdfSm3;
	}

	public Long pdfSize() {
		return this.pdfSize;
	}

	public String docxSha256() {
		return this.docxSha256;
	}

	public String issuedBy() {
		return this.issuedBy;
	}

	public String issuedByName() {
		return this.issuedByName;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Long correctsId() {
		return this.correctsId;
	}

	public String voidReason() {
		return this.voidReason;
	}

	public String voidedBy() {
		return this.voidedBy;
	}

	public Instant voidedAt() {
		return this.voidedAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The version a change must name (optimistic locking). */
	public int version() {
		return (this.version != null) ? this.version : 0;
	}

	public Long partyId() {
		return this.partyId;
	}

	/** The record this document belongs to (kind and id), or null. */
	public Owner owner() {
		return (this.ownerKind != null) ? new Owner(this.ownerKind, this.ownerId) : null;
	}

	/**
	 * The record a document belongs to, as that record names itself: a kind such as
	 * {@code INSPECTION} and an id. The document module checks only their form.
	 */
	public record Owner(String kind, String id) {

		private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

		private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

		public Owner {
			kind = (kind == null) ? "" : kind.strip();
			id = (id == null) ? "" : id.strip();
			if (!KIND.matcher(kind).matches()) {
				throw new RuleViolation("DOCUMENT_OWNER_INVALID", "归属记录类型须为 1–32 位大写字母、数字或下划线", HttpStatus.BAD_REQUEST);
			}
			if (!ID.matcher(id).matches()) {
				throw new RuleViolation("DOCUMENT_OWNER_INVALID", "归属记录编号须为 1–64 位字母、数字或 _ . : -",
						HttpStatus.BAD_REQUEST);
			}
		}

		/** Both given, or neither (null); one without the other is refused. */
		public static Owner of(String kind, String id) {
			boolean noKind = kind == null || kind.isBlank();
			boolean noId = id == null || id.isBlank();
			if (noKind && noId) {
				return null;
			}
			if (noKind || noId) {
				throw new RuleViolation("DOCUMENT_OWNER_INVALID", "归属记录类型与编号须同时填写或同时留空", HttpStatus.BAD_REQUEST);
			}
			return new Owner(kind, id);
		}

	}

	public String verifyCode() {
		return this.verifyCode;
	}

	/** The party's name as written in the document. */
	public String partyName() {
		Object name = values().get("partyName");
		return (name != null) ? name.toString() : null;
	}

	/** Who issued it, as people read it: the name, or the account where none was kept. */
	public String issuer() {
		return (this.issuedByName != null) ? this.issuedByName : this.issuedBy;
	}

	/** How the ledger names this document: its number, or its id when it has none. */
	public String ledgerSubjectId() {
		return ledgerSubjectId(this.number, this.id);
	}

	static String ledgerSubjectId(String number, long id) {
		return (number != null) ? number : "DOC-" + id;
	}

}
