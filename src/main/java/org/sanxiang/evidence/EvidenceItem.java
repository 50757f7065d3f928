package org.sanxiang.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.ContentDigests;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One evidence item (证据), a Spring Data JDBC aggregate with a single act: it is
 * registered ({@link #register}) with its number, what was recorded, by whom and where,
 * and the digests of its stored content, and never changed afterwards — no method sets a
 * field, the repository only inserts, and the database refuses UPDATE and DELETE. A clip,
 * a redacted copy or a transcode is a new item naming its original
 * ({@link #derivedFrom}).
 */
@Table("evidence_item")
public class EvidenceItem extends AggregateRoot<EvidenceItem> {

	@Id
	private Long id;

	private final long agencyId;

	private final String ownerKind;

	private final String ownerId;

	private final String ownerStage;

	private final String series;

	private final int seq;

	private final String itemNumber;

	private final EvidenceKind kind;

	private final String description;

	private final long officerId;

	private final String officerName;

	private final String officerCertificate;

	private final String device;

	private final Instant captureStart;

	private final Instant captureEnd;

	private final String place;

	private final BigDecimal latitude;

	private final BigDecimal longitude;

	private final String participants;

	private final String mainContent;

	private final boolean covert;

	private final String covertBasis;

	private final String interruptionNotes;

	private final Long derivedFrom;

	private final String derivation;

	private final String sha256;

	private final String sm3;

	private final long contentSize;

	private final String mediaType;

	private final String fileName;

	private final String uploadedBy;

	private final String uploadedByName;

	private final Instant uploadedAt;

	@PersistenceCreator
	EvidenceItem(Long id, long agencyId, String ownerKind, String ownerId, String ownerStage, String series, int seq,
			String itemNumber, EvidenceKind kind, String description, long officerId, String officerName,
			String officerCertificate, String device, Instant captureStart, Instant captureEnd, String place,
			BigDecimal latitude, BigDecimal longitude, String participants, String mainContent, boolean covert,
			String covertBasis, String interruptionNotes, Long derivedFrom, String derivation, String sha256,
			String sm3, long contentSize, String mediaType, String fileName, String uploadedBy, String uploadedByName,
			Instant uploadedAt) {
		this.id = id;
		this.agencyId = agencyId;
		this.ownerKind = ownerKind;
		this.ownerId = ownerId;
		this.ownerStage = ownerStage;
		this.series = series;
		this.seq = seq;
		this.itemNumber = itemNumber;
		this.kind = kind;
		this.description = description;
		this.officerId = officerId;
		this.officerName = officerName;
		this.officerCertificate = officerCertificate;
		this.device = device;
		this.captureStart = captureStart;
		this.captureEnd = captureEnd;
		this.place = place;
		this.latitude = latitude;
		this.longitude = longitude;
		this.participants = participants;
		this.mainContent = mainContent;
		this.covert = covert;
		this.covertBasis = covertBasis;
		this.interruptionNotes = interruptionNotes;
		this.derivedFrom = derivedFrom;
		this.derivation = derivation;
		this.sha256 = sha256;
		this.sm3 = sm3;
		this.contentSize = contentSize;
		this.mediaType = mediaType;
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedByName;
		this.uploadedAt = uploadedAt;
	}

	/** The recording officer as checked on the capture date. */
	record Recorder(long officerId, String name, String certificateNumber) {
	}

	/** The stored content: its digests, size, checked media type and original name. */
	record Content(ContentDigests digests, long size, String mediaType, String fileName) {
	}

	/**
	 * 登记: a new item with the number it takes in its owner's series; registers
	 * {@link EvidenceSealed}, which the ledger seals and the audit trail records in the
	 * registering transaction.
	 */
	static EvidenceItem register(long agencyId, EvidenceDraft draft, int seq, Recorder recorder, Content content,
			String uploadedBy, String uploadedByName, Instant uploadedAt) {
		String series = draft.kind().series();
		EvidenceItem item = new EvidenceItem(null, agencyId, draft.owner().kind(), draft.owner().id(),
				draft.owner().stage(), series, seq, series + "-" + seq, draft.kind(), draft.description(),
				recorder.officerId(), recorder.name(), recorder.certificateNumber(), draft.device(),
				draft.captureStart(), draft.captureEnd(), draft.place(), draft.latitude(), draft.longitude(),
				draft.participantsText(), draft.mainContent(), draft.covert(), draft.covertBasis(),
				draft.interruptionNotes(), draft.derivedFrom(), draft.derivation(), content.digests().sha256(),
				content.digests().sm3(), content.size(), content.mediaType(), content.fileName(), uploadedBy,
				uploadedByName, uploadedAt);
		item.registerEvent((i) -> new EvidenceSealed(i.id, i.agencyId, i.ownerKind, i.ownerId, i.itemNumber, i.kind,
				i.derivedFrom, i.uploadedAt, i.digests()));
		return item;
	}

	public ContentDigests digests() {
		return new ContentDigests(this.sha256, this.sm3);
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public EvidenceOwner owner() {
		return new EvidenceOwner(this.ownerKind, this.ownerId, this.ownerStage);
	}

	public String number() {
		return this.itemNumber;
	}

	public int seq() {
		return this.seq;
	}

	public EvidenceKind kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	public long officerId() {
		return this.officerId;
	}

	public String officerName() {
		return this.officerName;
	}

	public String officerCertificate() {
		return this.officerCertificate;
	}

	public String device() {
		return this.device;
	}

	public Instant captureStart() {
		return this.captureStart;
	}

	public Instant captureEnd() {
		return this.captureEnd;
	}

	public String place() {
		return this.place;
	}

	public BigDecimal latitude() {
		return this.latitude;
	}

	public BigDecimal longitude() {
		return this.longitude;
	}

	public List<String> participants() {
		return (this.participants == null) ? List.of() : List.of(this.participants.split("\n"));
	}

	public String mainContent() {
		return this.mainContent;
	}

	public boolean covert() {
		return this.covert;
	}

	public String covertBasis() {
		return this.covertBasis;
	}

	public String interruptionNotes() {
		return this.interruptionNotes;
	}

	public Long derivedFrom() {
		return this.derivedFrom;
	}

	public String derivation() {
		return this.derivation;
	}

	public long size() {
		return this.contentSize;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String fileName() {
		return this.fileName;
	}

	public String uploadedBy() {
		return this.uploadedBy;
	}

	public String uploadedByName() {
		return this.uploadedByName;
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

	public boolean isVideo() {
		return this.mediaType.startsWith("video/");
	}

	public boolean isAudio() {
		return this.mediaType.startsWith("audio/");
	}

	public boolean isImage() {
		return this.mediaType.startsWith("image/") && !this.mediaType.equals("image/heic");
	}

}
