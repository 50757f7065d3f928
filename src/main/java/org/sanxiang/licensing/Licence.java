package org.sanxiang.licensing;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * A licence (行政许可证) issued on a 准予 decision. While in force it may be changed (变更, 行政许可法
 * 第四十九条), extended (延续, 第五十条: applied for at least 30 days before it expires), withdrawn
 * (撤回, 第八条), revoked (撤销, 第六十九条) or cancelled (注销, 第七十条); each act is a decision document
 * and tells the publicity side ({@link LicenceAmended}, {@link LicenceEnded}).
 */
@Table("licence")
public class Licence extends AggregateRoot<Licence> {

	/** 延续 is applied for at least this many days before expiry (行政许可法 第五十条). */
	static final int RENEWAL_NOTICE_DAYS = 30;

	@Id
	private Long id;

	private final long agencyId;

	private final long applicationId;

	private final String licenceNumber;

	private final String typeCode;

	private final String certificateName;

	private final long partyId;

	private final String partyName;

	private String content;

	private final LocalDate validFrom;

	private LocalDate validTo;

	private LicenceStatus status;

	private LocalDate endedOn;

	private String endReason;

	private Long lastDocumentId;

	private String lastDocumentNumber;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	Licence(Long id, long agencyId, long applicationId, String licenceNumber, String typeCode, String certificateName,
			long partyId, String partyName, String content, LocalDate validFrom, LocalDate validTo,
			LicenceStatus status, LocalDate endedOn, String endReason, Long lastDocumentId, String lastDocumentNumber,
			Instant createdAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.applicationId = applicationId;
		this.licenceNumber = licenceNumber;
		this.typeCode = typeCode;
		this.certificateName = certificateName;
		this.partyId = partyId;
		this.partyName = partyName;
		this.content = content;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.status = status;
		this.endedOn = endedOn;
		this.endReason = endReason;
		this.lastDocumentId = lastDocumentId;
		this.lastDocumentNumber = lastDocumentNumber;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Licence issue(LicenceApplication application, LicenceType type, String licenceNumber, String content,
			LocalDate validFrom, Instant at) {
		LocalDate validTo = (type.validityYears() == null) ? null
				: validFrom.plusYears(type.validityYears()).minusDays(1);
		return new Licence(null, application.agencyId(), application.id(), licenceNumber, type.code(),
				type.certificateName(), application.partyId(), application.partyName(), content, validFrom, validTo,
				LicenceStatus.IN_FORCE, null, null, null, null, at, at, null);
	}

	/** 变更: the content changes by a decision. */
	void change(String newContent, String reason, LocalDate today, long documentId, String documentNumber, Instant at) {
		requireInForce("变更");
		require(newContent != null && !newContent.isBlank() && newContent.length() <= 4000, "LICENSING_CHANGE_CONTENT",
				"请填写变更后的许可内容（不超过4000字）");
		require(reason != null && !reason.isBlank(), "LICENSING_CHANGE_REASON", "请填写变更事由");
		this.content = newContent.strip();
		amended(LicenceAmended.Kind.CHANGED, reason.strip(), today, documentId, documentNumber, at);
	}

	/**
	 * 延续: applied for on {@code appliedOn}, at least 30 days before expiry, to
	 * {@code newValidTo}.
	 */
	void extend(LocalDate appliedOn, LocalDate newValidTo, LocalDate today, long documentId, String documentNumber,
			Instant at) {
		requireInForce("延续");
		require(this.validTo != null, "LICENSING_NO_TERM", "该许可未设有效期限，无需延续");
		require(appliedOn != null && !appliedOn.isAfter(this.validTo.minusDays(RENEWAL_NOTICE_DAYS)),
				"LICENSING_RENEWAL_LATE", "延续申请应当在有效期届满三十日前提出（有效期至" + this.validTo + "）");
		require(newValidTo != null && newValidTo.isAfter(this.validTo), "LICENSING_RENEWAL_TERM", "延续后的有效期须晚于原有效期");
		this.validTo = newValidTo;
		amended(LicenceAmended.Kind.EXTENDED, "延续申请日 " + appliedOn, today, documentId, documentNumber, at);
	}

	/** 撤回, 撤销 or 注销, with the reason as it may be published. */
	void end(LicenceEnded.Kind kind, String reason, LocalDate today, Long documentId, String documentNumber,
			Instant at) {
		requireInForce(kind.label());
		require(reason != null && !reason.isBlank() && reason.length() <= 2000, "LICENSING_END_REASON",
				"请填写" + kind.label() + "的理由（不超过2000字）");
		this.status = switch (kind) {
			case WITHDRAWN -> LicenceStatus.WITHDRAWN;
			case REVOKED, SUSPENDED_PERMANENTLY -> LicenceStatus.REVOKED;
			case CANCELLED -> LicenceStatus.CANCELLED;
		};
		this.endedOn = today;
		this.endReason = reason.strip();
		this.lastDocumentId = documentId;
		this.lastDocumentNumber = documentNumber;
		this.updatedAt = at;
		String publicReason = this.endReason;
		registerEvent((l) -> new LicenceEnded(l.id, l.applicationId, l.agencyId, kind, today, publicReason, documentId,
				documentNumber, at));
	}

	private void amended(LicenceAmended.Kind kind, String reason, LocalDate today, long documentId,
			String documentNumber, Instant at) {
		this.lastDocumentId = documentId;
		this.lastDocumentNumber = documentNumber;
		this.updatedAt = at;
		String content = this.content;
		LocalDate from = this.validFrom;
		LocalDate to = this.validTo;
		registerEvent((l) -> new LicenceAmended(l.id, l.applicationId, l.agencyId, kind, documentId, documentNumber,
				content, today, from, to, reason, at));
	}

	void requireInForce(String act) {
		if (this.status != LicenceStatus.IN_FORCE) {
			throw new RuleViolation("LICENSING_LICENCE_NOT_IN_FORCE", "该许可证" + this.status.chineseName() + "，不能" + act,
					HttpStatus.CONFLICT);
		}
	}

	private static void require(boolean condition, String code, String message) {
		if (!condition) {
			throw new RuleViolation(code, message);
		}
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public long applicationId() {
		return this.applicationId;
	}

	public String licenceNumber() {
		return this.licenceNumber;
	}

	public String typeCode() {
		return this.typeCode;
	}

	public String certificateName() {
		return this.certificateName;
	}

	public long partyId() {
		return this.partyId;
	}

	public String partyName() {
		return this.partyName;
	}

	public String content() {
		return this.content;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validTo() {
		return this.validTo;
	}

	public LicenceStatus status() {
		return this.status;
	}

	public LocalDate endedOn() {
		return this.endedOn;
	}

	public String endReason() {
		return this.endReason;
	}

	public Long lastDocumentId() {
		return this.lastDocumentId;
	}

	public String lastDocumentNumber() {
		return this.lastDocumentNumber;
	}

	public Integer version() {
		return this.version;
	}

}
