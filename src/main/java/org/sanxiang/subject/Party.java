package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.AggregateRoot;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A regulated party (监管对象) of one agency: an organisation identified by its 统一社会信用代码
 * (unique within the agency), with its 排污许可证 and contacts, or a natural person identified
 * by a 身份证号. Personal data is held only sealed and masked ({@link Sealed}); the registry
 * validates a {@link PartyDraft} before it reaches this class. Registration and each
 * correction register their event ({@link PartyRegistered}, {@link PartyCorrected}).
 */
@Table("subject_party")
public class Party extends AggregateRoot<Party> {

	@Id
	private Long id;

	private final Long agencyId;

	private final PartyKind kind;

	private String name;

	private String creditCode;

	private String legalRepresentative;

	private String address;

	private String regionCode;

	private String industryCode;

	private String permitNumber;

	private LocalDate permitValidFrom;

	private LocalDate permitValidTo;

	private ManagementClass managementClass;

	private boolean keyPolluter;

	@Embedded.Nullable(prefix = "id_number_")
	private Sealed idNumber;

	private String idNumberIndex;

	@Embedded.Nullable(prefix = "phone_")
	private Sealed phone;

	@MappedCollection(idColumn = "party_id", keyColumn = "position")
	private List<Contact> contacts;

	@Version
	private Integer version;

	@PersistenceCreator
	Party(Long id, Long agencyId, PartyKind kind, String name, String creditCode, String legalRepresentative,
			String address, String regionCode, String industryCode, String permitNumber, LocalDate permitValidFrom,
			LocalDate permitValidTo, ManagementClass managementClass, boolean keyPolluter, Sealed idNumber,
			String idNumberIndex, Sealed phone, List<Contact> contacts, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.kind = kind;
		this.name = name;
		this.creditCode = creditCode;
		this.legalRepresentative = legalRepresentative;
		this.address = address;
		this.regionCode = regionCode;
		this.industryCode = industryCode;
		this.permitNumber = permitNumber;
		this.permitValidFrom = permitValidFrom;
		this.permitValidTo = permitValidTo;
		this.managementClass = managementClass;
		this.keyPolluter = keyPolluter;
		this.idNumber = idNumber;
		this.idNumberIndex = idNumberIndex;
		this.phone = phone;
		this.contacts = (contacts == null) ? List.of() : List.copyOf(contacts);
		this.version = version;
	}

	static Party register(long agencyId, PartyKind kind) {
		return new Party(null, agencyId, kind, null, null, null, null, null, null, null, null, null, null, false, null,
				null, null, List.of(), null);
	}

	/**
	 * Takes the particulars of a validated draft, with its personal data already sealed.
	 */
	void apply(PartyDraft draft, Sealed idNumber, String idNumberIndex, Sealed phone, List<Contact> contacts) {
		this.name = draft.name().strip();
		this.address = PartyDraft.strip(draft.address());
		this.regionCode = PartyDraft.strip(draft.regionCode());
		this.phone = phone;
		this.contacts = List.copyOf(contacts);
		if (this.kind == PartyKind.ORGANISATION) {
			this.creditCode = draft.creditCode().strip();
			this.legalRepresentative = PartyDraft.strip(draft.legalRepresentative());
			this.industryCode = PartyDraft.strip(draft.industryCode());
			this.permitNumber = PartyDraft.strip(draft.permitNumber());
			this.permitValidFrom = draft.permitValidFrom();
			this.permitValidTo = draft.permitValidTo();
			this.managementClass = ManagementClass.of(draft.managementClass()).orElse(null);
			this.keyPolluter = draft.keyPolluter();
		}
		else {
			this.idNumber = idNumber;
			this.idNumberIndex = idNumberIndex;
		}
	}

	/**
	 * The party has been registered with these particulars (named, never their values).
	 */
	void registered(List<String> fields) {
		String named = String.join("、", fields);
		registerEvent((p) -> new PartyRegistered(p.id, p.agencyId, p.kind, p.name, named));
	}

	/** The party's particulars were corrected; {@code fields} names those changed. */
	void corrected(List<String> fields) {
		String named = String.join("、", fields);
		registerEvent((p) -> new PartyCorrected(p.id, p.agencyId, p.name, named));
	}

	/** Whether the 排污许可证 is valid on {@code date}. */
	public boolean permitValidOn(LocalDate date) {
		return this.permitValidFrom != null && !date.isBefore(this.permitValidFrom)
				&& !date.isAfter(this.permitValidTo);
	}

	public Long id() {
		return this.id;
	}

	public Long agencyId() {
		return this.agencyId;
	}

	public PartyKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public String creditCode() {
		return this.creditCode;
	}

	public String legalRepresentative() {
		return this.legalRepresentative;
	}

	public String address() {
		return this.address;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public String industryCode() {
		return this.industryCode;
	}

	public String permitNumber() {
		return this.permitNumber;
	}

	public LocalDate permitValidFrom() {
		return this.permitValidFrom;
	}

	public LocalDate permitValidTo() {
		return this.permitValidTo;
	}

	public ManagementClass managementClass() {
		return this.managementClass;
	}

	public boolean keyPolluter() {
		return this.keyPolluter;
	}

	public Sealed idNumber() {
		return this.idNumber;
	}

	String idNumberIndex() {
		return this.idNumberIndex;
	}

	public Sealed phone() {
		return this.phone;
	}

	public List<Contact> contacts() {
		return this.contacts;
	}

	public Integer version() {
		return this.version;
	}

}
