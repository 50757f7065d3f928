package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.OnTheSpotLimit;
import org.sanxiang.subject.PartyKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

import tools.jackson.core.type.TypeReference;

/**
 * An on-the-spot decision (简易程序, 行政处罚法 第五十一条、第五十二条; 生态环境行政处罚办法 第六十七条、第六十八条): facts
 * certain, a warning or a fine within 第五十一条's limit for the party's kind (the document
 * module's {@link OnTheSpotLimit}), made by officers with certificates valid on the day —
 * at least two, as 第四十二条 asks of every penalty and no law excepts this one — who showed
 * them (第五十二条), with the numbered 当场行政处罚决定书 issued and handed over on site; then 备案 with
 * the agency within the calendar rule {@code ON_THE_SPOT_RECORD} (三日, counted as working
 * days). Its own small aggregate: it has none of a penalty case's stages.
 */
@Table("on_the_spot_decision")
public class OnTheSpotDecision extends AggregateRoot<OnTheSpotDecision> {

	static final String ARTICLE_51 = "《中华人民共和国行政处罚法》第五十一条";

	private static final TypeReference<List<ActingOfficer>> OFFICERS = new TypeReference<>() {
	};

	@Id
	private Long id;

	private final long agencyId;

	private final Long partyId;

	private final String partyName;

	private final PartyKind partyKind;

	private final String facts;

	private final BigDecimal fine;

	private final String officers;

	private final boolean certificateShown;

	private final long documentId;

	private final String handedOverNote;

	private final LocalDate decidedOn;

	private final String decidedBy;

	private LocalDate recordedOn;

	private String recordedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	OnTheSpotDecision(Long id, long agencyId, Long partyId, String partyName, PartyKind partyKind, String facts,
			BigDecimal fine, String officers, boolean certificateShown, long documentId, String handedOverNote,
			LocalDate decidedOn, String decidedBy, LocalDate recordedOn, String recordedBy, Instant createdAt,
			Instant updatedAt, Integer version) {
		this.id = id;
		this.agencyId = agencyId;
		this.partyId = partyId;
		this.partyName = partyName;
		this.partyKind = partyKind;
		this.facts = facts;
		this.fine = fine;
		this.officers = officers;
		this.certificateShown = certificateShown;
		this.documentId = documentId;
		this.handedOverNote = handedOverNote;
		this.decidedOn = decidedOn;
		this.decidedBy = decidedBy;
		this.recordedOn = recordedOn;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** The decision document as the document module has it. */
	record DecisionDocument(long id, String typeCode, boolean issued, String number) {
	}

	/**
	 * 当场作出行政处罚决定.
	 * @param fine the fine in yuan, or null for a warning
	 */
	public static OnTheSpotDecision decide(long agencyId, CaseParty party, String facts, BigDecimal fine,
			List<ActingOfficer> officers, boolean certificateShown, DecisionDocument document, boolean handedOver,
			String handedOverNote, Acting acting) {
		require(party != null && party.name() != null && !party.name().isBlank() && party.name().length() <= 200,
				"ON_THE_SPOT_PARTY", "请填写当事人（不超过200字）");
		require(facts != null && !facts.isBlank() && facts.length() <= 2000, "ON_THE_SPOT_FACTS",
				"请填写现场查清的违法事实（不超过2000字）");
		if (fine != null) {
			BigDecimal limit = OnTheSpotLimit.limitFor(party.kind());
			require(fine.signum() > 0, "ON_THE_SPOT_FINE", "罚款金额须大于零；只给予警告的，不填罚款金额");
			require(fine.compareTo(limit) <= 0, "ON_THE_SPOT_FINE_OVER_LIMIT",
					"依照" + ARTICLE_51 + "，当场对"
							+ ((party.kind() == PartyKind.ORGANISATION) ? "法人或者其他组织处以罚款不得超过三千元" : "公民处以罚款不得超过二百元")
							+ ((party.kind() == null) ? "（当事人未从一企一档选定，按公民限额核对）" : "") + "；超过限额的，应当适用普通程序立案调查");
		}
		long qualified = officers.stream()
			.filter((officer) -> officer.validOn(acting.on()))
			.map(ActingOfficer::officerId)
			.distinct()
			.count();
		require(qualified == officers.size() && qualified >= 2, "ON_THE_SPOT_OFFICERS",
				"当场处罚的执法人员不得少于两人，且须持有当日有效的执法证（《中华人民共和国行政处罚法》第四十二条）");
		require(certificateShown, "ON_THE_SPOT_CERTIFICATE", "执法人员当场作出行政处罚决定，应当向当事人出示执法证件（《中华人民共和国行政处罚法》第五十二条）");
		require(document != null && "ON_THE_SPOT_PENALTY_DECISION".equals(document.typeCode()) && document.issued(),
				"ON_THE_SPOT_DOCUMENT", "请选择已签发编号的当场行政处罚决定书（《中华人民共和国行政处罚法》第五十二条：填写预定格式、编有号码的决定书）");
		require(handedOver, "ON_THE_SPOT_HANDED_OVER", "当场行政处罚决定书应当当场交付当事人；当事人拒绝签收的，在决定书上注明后记录在此");
		require(handedOverNote == null || handedOverNote.length() <= 400, "ON_THE_SPOT_NOTE", "交付情况说明不超过400字");
		String shown = CaseEntry.JSON.writeValueAsString(officers);
		OnTheSpotDecision decision = new OnTheSpotDecision(null, agencyId, party.partyId(), party.name().strip(),
				party.kind(), facts.strip(), fine, shown, true, document.id(),
				(handedOverNote == null || handedOverNote.isBlank()) ? null : handedOverNote.strip(), acting.on(),
				acting.actor().username(), null, null, acting.at(), acting.at(), null);
		decision.registerEvent((saved) -> new OnTheSpotEvent.OnTheSpotDecided(saved.id, saved.agencyId, saved.partyName,
				saved.decidedOn, document.number(), saved.penalty()));
		return decision;
	}

	/** 备案: the agency has the decision on file (once; not before the decision). */
	public void record(Acting acting) {
		require(this.recordedOn == null, "ON_THE_SPOT_ALREADY_RECORDED", "该当场处罚决定已于" + this.recordedOn + "备案",
				HttpStatus.CONFLICT);
		require(!acting.on().isBefore(this.decidedOn), "ON_THE_SPOT_RECORD_DATE", "备案日期不能早于决定日期");
		this.recordedOn = acting.on();
		this.recordedBy = acting.actor().username();
		this.updatedAt = acting.at();
		registerEvent((saved) -> new OnTheSpotEvent.OnTheSpotRecorded(saved.id, saved.agencyId, saved.partyName,
				saved.recordedOn));
	}

	/** The penalty as people read it: 警告 or 罚款 n 元. */
	public String penalty() {
		return (this.fine == null) ? "警告" : "罚款" + this.fine.stripTrailingZeros().toPlainString() + "元";
	}

	private static void require(boolean condition, String code, String message) {
		require(condition, code, message, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static void require(boolean condition, String code, String message, HttpStatus status) {
		if (!condition) {
			throw new RuleViolation(code, message, status);
		}
	}

	public Long id() {
		return this.id;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public Long partyId() {
		return this.partyId;
	}

	public String partyName() {
		return this.partyName;
	}

	public PartyKind partyKind() {
		return this.partyKind;
	}

	public String facts() {
		return this.facts;
	}

	public BigDecimal fine() {
		return this.fine;
	}

	public List<ActingOfficer> officers() {
		return CaseEntry.JSON.readValue(this.officers, OFFICERS);
	}

	public boolean certificateShown() {
		return this.certificateShown;
	}

	public long documentId() {
		return this.documentId;
	}

	public String handedOverNote() {
		return this.handedOverNote;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public LocalDate recordedOn() {
		return this.recordedOn;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Integer version() {
		return this.version;
	}

}
