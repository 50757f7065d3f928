package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.sanxiang.core.AggregateRoot;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * 按日连续处罚 on a decided case (环境保护法 第五十九条; 环境保护主管部门实施按日连续处罚办法): the 责令改正违法行为决定书 served (its
 * document and date), the unannounced 复查 within 30 days of service, and — when the party
 * was still discharging — the decision: the original fine for each day from the day after
 * service to the 复查 day. Only for eligible conduct ({@link DailyConduct}) and only after
 * the original decision.
 */
@Table("daily_penalty")
public class DailyPenalty extends AggregateRoot<DailyPenalty> {

	/** 复查应当在送达责令改正违法行为决定书之日起三十日内进行. */
	public static final int REINSPECTION_DAYS = 30;

	@Id
	private Long id;

	private final long caseId;

	private final long agencyId;

	private final DailyConduct conduct;

	private final BigDecimal dailyAmount;

	private final Long orderDocumentId;

	private final LocalDate orderServedOn;

	private LocalDate reinspectedOn;

	private Boolean stillDischarging;

	private Integer days;

	private BigDecimal total;

	private Long decisionDocumentId;

	private LocalDate decidedOn;

	private final String recordedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	DailyPenalty(Long id, long caseId, long agencyId, DailyConduct conduct, BigDecimal dailyAmount,
			Long orderDocumentId, LocalDate orderServedOn, LocalDate reinspectedOn, Boolean stillDischarging,
			Integer days, BigDecimal total, Long decisionDocumentId, LocalDate decidedOn, String recordedBy,
			Instant createdAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.conduct = conduct;
		this.dailyAmount = dailyAmount;
		this.orderDocumentId = orderDocumentId;
		this.orderServedOn = orderServedOn;
		this.reinspectedOn = reinspectedOn;
		this.stillDischarging = stillDischarging;
		this.days = days;
		this.total = total;
		this.decisionDocumentId = decisionDocumentId;
		this.decidedOn = decidedOn;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** 责令改正违法行为决定书送达, on a case decided with a fine for eligible conduct. */
	public static DailyPenalty orderServed(PenaltyCase kase, DailyConduct conduct, Long orderDocumentId,
			Acting acting) {
		require(conduct != null, "DAILY_CONDUCT", "按日连续处罚只适用于违法排放污染物的行为（环境保护法第五十九条；实施按日连续处罚办法第五条），请选择违法行为");
		require(kase.decidedOn() != null && kase.decided() != null, "DAILY_NOT_DECIDED",
				"按日连续处罚只能在作出原处罚决定之后实施（实施按日连续处罚办法第七条）", HttpStatus.CONFLICT);
		Money fine = kase.decided().fine();
		require(fine != null && fine.isGreaterThan(Money.ZERO), "DAILY_NO_FINE", "原处罚决定没有罚款，不能按日连续处罚");
		require(orderDocumentId != null, "DAILY_ORDER_DOCUMENT", "请附责令改正违法行为决定书");
		require(!acting.on().isBefore(kase.decidedOn()), "DAILY_DATE", "责令改正违法行为决定书的送达日期不能早于原处罚决定日期");
		DailyPenalty penalty = new DailyPenalty(null, kase.id(), kase.agencyId(), conduct, fine.amount(),
				orderDocumentId, acting.on(), null, null, null, null, null, null, acting.actor().username(),
				acting.at(), acting.at(), null);
		penalty.announce("责令改正违法行为决定书送达，" + acting.on());
		return penalty;
	}

	private void announce(String act) {
		registerEvent((saved) -> new MeasureEvent.DailyPenaltyActed(saved.id, saved.caseId, act));
	}

	/** 复查 within 30 days of service: still discharging (拒不改正) or corrected. */
	public void reinspect(boolean discharging, Acting acting) {
		require(this.reinspectedOn == null, "DAILY_REINSPECTED", "已于" + this.reinspectedOn + "复查", HttpStatus.CONFLICT);
		require(acting.on().isAfter(this.orderServedOn)
				&& !acting.on().isAfter(this.orderServedOn.plusDays(REINSPECTION_DAYS)), "DAILY_REINSPECTION_DATE",
				"复查应当在责令改正违法行为决定书送达之日起三十日内进行（实施按日连续处罚办法第十条）");
		this.reinspectedOn = acting.on();
		this.stillDischarging = discharging;
		if (discharging) {
			this.days = days(this.orderServedOn, this.reinspectedOn);
			this.total = total(dailyAmount(), this.orderServedOn, this.reinspectedOn).amount();
		}
		this.updatedAt = acting.at();
		announce("复查，" + acting.on() + (discharging ? "，拒不改正，" + this.days + "日，共" + this.total + "元" : "，已改正"));
	}

	/** 按日连续处罚决定, recorded with its document. */
	public void decide(Long documentId, Acting acting) {
		require(Boolean.TRUE.equals(this.stillDischarging), "DAILY_NOT_REFUSED", "复查未发现拒不改正的，不启动按日连续处罚（实施按日连续处罚办法第十四条）",
				HttpStatus.CONFLICT);
		require(this.decidedOn == null, "DAILY_DECIDED", "已于" + this.decidedOn + "作出按日连续处罚决定", HttpStatus.CONFLICT);
		require(acting.actor().agencyHead(), "DAILY_HEAD", "按日连续处罚决定由本机关负责人作出", HttpStatus.FORBIDDEN);
		require(documentId != null, "DAILY_DECISION_DOCUMENT", "请附按日连续处罚决定书");
		require(!acting.on().isBefore(this.reinspectedOn), "DAILY_DATE", "决定日期不能早于复查日期");
		this.decisionDocumentId = documentId;
		this.decidedOn = acting.on();
		this.updatedAt = acting.at();
		announce("按日连续处罚决定，" + acting.on() + "，共" + this.total + "元");
	}

	/** Days counted: from the day after service of 责令改正 to the 复查 day, both included. */
	public static int days(LocalDate servedOn, LocalDate reinspectedOn) {
		if (!reinspectedOn.isAfter(servedOn)) {
			throw new IllegalArgumentException("复查日期须晚于送达日期");
		}
		return (int) ChronoUnit.DAYS.between(servedOn, reinspectedOn);
	}

	/** The total: the original fine for each day counted. */
	public static Money total(Money daily, LocalDate servedOn, LocalDate reinspectedOn) {
		return daily.times(BigDecimal.valueOf(days(servedOn, reinspectedOn)), RoundingMode.UNNECESSARY);
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

	public long caseId() {
		return this.caseId;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public DailyConduct conduct() {
		return this.conduct;
	}

	public Money dailyAmount() {
		return new Money(this.dailyAmount);
	}

	public Long orderDocumentId() {
		return this.orderDocumentId;
	}

	public LocalDate orderServedOn() {
		return this.orderServedOn;
	}

	public LocalDate reinspectionDue() {
		return this.orderServedOn.plusDays(REINSPECTION_DAYS);
	}

	public LocalDate reinspectedOn() {
		return this.reinspectedOn;
	}

	public Boolean stillDischarging() {
		return this.stillDischarging;
	}

	public Integer days() {
		return this.days;
	}

	public Money total() {
		return (this.total == null) ? null : new Money(this.total);
	}

	public Long decisionDocumentId() {
		return this.decisionDocumentId;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public Integer version() {
		return this.version;
	}

}
