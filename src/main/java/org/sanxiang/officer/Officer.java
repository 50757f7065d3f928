package org.sanxiang.officer;

import java.time.LocalDate;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * An enforcement officer (执法人员) and the certificate (执法证) that entitles them to enforce.
 * 行政处罚法 第四十二条: enforcement is done by at least two officers holding valid certificates;
 * {@link #isQualifiedOn(LocalDate)} answers whether this officer counts on a given day.
 * Each act registers its event ({@link OfficerRegistered}, {@link CredentialSuspended}
 * …).
 */
public class Officer extends AggregateRoot<Officer> {

	@Id
	private Long id;

	private final Long agencyId;

	private String name;

	private final String certificateNumber;

	private String issuingAuthority;

	private LocalDate validFrom;

	private LocalDate validTo;

	private OfficerStatus status;

	private Long accountId;

	@Embedded.Nullable(prefix = "legal_")
	private LegalQualification legalQualification;

	@Version
	private Integer version;

	@PersistenceCreator
	Officer(Long id, Long agencyId, String name, String certificateNumber, String issuingAuthority, LocalDate validFrom,
			LocalDate validTo, OfficerStatus status, Long accountId, LegalQualification legalQualification,
			Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.name = name;
		this.certificateNumber = certificateNumber;
		this.issuingAuthority = issuingAuthority;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.status = status;
		this.accountId = accountId;
		this.legalQualification = legalQualification;
		this.version = version;
	}

	static Officer register(long agencyId, String name, String certificateNumber, String issuingAuthority,
			LocalDate validFrom, LocalDate validTo) {
		if (certificateNumber == null || !certificateNumber.matches("[0-9A-Z]{8,20}")) {
			throw new RuleViolation("INVALID_CERTIFICATE_NUMBER", "执法证号须为8–20位数字或大写字母");
		}
		Officer officer = new Officer(null, agencyId, null, certificateNumber, null, null, null, OfficerStatus.VALID,
				null, null, null);
		officer.particulars(name, issuingAuthority, validFrom, validTo);
		officer.registerEvent((o) -> new OfficerRegistered(o.id, o.agencyId, o.name, o.certificateNumber,
				o.issuingAuthority, o.validFrom, o.validTo));
		return officer;
	}

	/** Corrects the registered particulars (name, issuing authority, validity). */
	void correct(String name, String issuingAuthority, LocalDate validFrom, LocalDate validTo) {
		particulars(name, issuingAuthority, validFrom, validTo);
		registerEvent((o) -> new OfficerCorrected(o.id, o.agencyId, o.name, o.certificateNumber, o.issuingAuthority,
				o.validFrom, o.validTo));
	}

	private void particulars(String name, String issuingAuthority, LocalDate validFrom, LocalDate validTo) {
		if (!PlainText.isAcceptable(name, 50)) {
			throw new RuleViolation("INVALID_NAME", "姓名须为1–50个字符，且不含控制字符或尖括号");
		}
		if (!PlainText.isAcceptable(issuingAuthority, 100)) {
			throw new RuleViolation("INVALID_ISSUING_AUTHORITY", "发证机关须为1–100个字符，且不含控制字符或尖括号");
		}
		if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
			throw new RuleViolation("INVALID_VALIDITY", "有效期须填写起止日期，且截止日期不早于起始日期");
		}
		this.name = name.strip();
		this.issuingAuthority = issuingAuthority.strip();
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** 暂扣, 注销 or restores 有效. A revoked (注销) certificate is final. */
	void changeStatus(OfficerStatus newStatus) {
		if (this.status == OfficerStatus.REVOKED && newStatus != OfficerStatus.REVOKED) {
			throw new RuleViolation("CERTIFICATE_REVOKED", "执法证已注销，不能恢复；请办理新证");
		}
		OfficerStatus previous = this.status;
		this.status = newStatus;
		if (previous != newStatus) {
			registerEvent((o) -> switch (newStatus) {
				case SUSPENDED -> new CredentialSuspended(o.id, o.agencyId, o.name, o.certificateNumber, previous);
				case REVOKED -> new CredentialRevoked(o.id, o.agencyId, o.name, o.certificateNumber, previous);
				case VALID -> new CredentialReinstated(o.id, o.agencyId, o.name, o.certificateNumber, previous);
			});
		}
	}

	void qualifyAsReviewer(LegalQualification qualification) {
		this.legalQualification = qualification;
		registerEvent((o) -> new LegalQualificationRecorded(o.id, o.agencyId, o.name, o.certificateNumber,
				qualification.certificateNumber()));
	}

	void linkAccount(Long accountId) {
		this.accountId = accountId;
		registerEvent((o) -> new OfficerAccountLinked(o.id, o.agencyId, o.name, o.certificateNumber, accountId));
	}

	/**
	 * Whether the certificate entitles this officer to enforce on {@code date}: status 有效
	 * and within validity.
	 */
	public boolean isQualifiedOn(LocalDate date) {
		return this.status == OfficerStatus.VALID && !date.isBefore(this.validFrom) && !date.isAfter(this.validTo);
	}

	public boolean isLegalReviewer() {
		return this.legalQualification != null;
	}

	public Long id() {
		return this.id;
	}

	public Long agencyId() {
		return this.agencyId;
	}

	public String name() {
		return this.name;
	}

	public String certificateNumber() {
		return this.certificateNumber;
	}

	public String issuingAuthority() {
		return this.issuingAuthority;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validTo() {
		return this.validTo;
	}

	public OfficerStatus status() {
		return this.status;
	}

	public Long accountId() {
		return this.accountId;
	}

	public LegalQualification legalQualification() {
		return this.legalQualification;
	}

	public Integer version() {
		return this.version;
	}

	/**
	 * 换证: the certificate valid to a later day, on the basis the agency's training
	 * condition found ({@link OfficerTraining#renew}). A revoked certificate is not
	 * renewed.
	 */
	void renew(LocalDate newValidTo, String basis) {
		if (this.status == OfficerStatus.REVOKED) {
			throw new RuleViolation("CERTIFICATE_REVOKED", "执法证已注销，不能换证；请办理新证");
		}
		if (newValidTo == null || !newValidTo.isAfter(this.validTo)) {
			throw new RuleViolation("RENEWAL_VALIDITY", "换证后的有效期须晚于现有效期（" + this.validTo + "）",
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		LocalDate previous = this.validTo;
		this.validTo = newValidTo;
		registerEvent((o) -> new CredentialRenewed(o.id, o.agencyId, o.name, o.certificateNumber, previous, newValidTo,
				basis));
	}

}
