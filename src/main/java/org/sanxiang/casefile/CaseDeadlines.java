package org.sanxiang.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sanxiang.calendar.CalendarNotMaintained;
import org.sanxiang.calendar.Pause;
import org.sanxiang.casefile.CaseDeadline.Kind;
import org.sanxiang.casefile.CaseDeadline.Status;

/**
 * The running time limits of a case, derived from its stage and its timeline — never
 * typed in. The periods themselves are the official calendar's rules ({@link Periods});
 * what this class adds is which of them runs in which stage, from which act, how many
 * extensions were granted and which days do not count:
 * <ul>
 * <li>办案期限 from 立案 until the decision (or a side exit), + the extensions recorded
 * (延长办案期限); the days of a 中止 (from the suspension to the day before the resumption) and
 * of a hearing (from the request to the day before it was held or waived, or a new notice
 * given) do not count (生态环境行政处罚办法 第五十七条), and while either lasts the clock stands still.
 * 公告, 鉴定, 检测 and 送达 periods are excluded by the same article but have no act on the case
 * yet, so they are not deducted;</li>
 * <li>after the notice is served, the party's 陈述申辩期 and 听证申请期 (5 working days), shown
 * while they run;</li>
 * <li>决定书送达 within 7 working days of the decision;</li>
 * <li>缴纳罚没款 within 15 days of the service, until paid in full.</li>
 * </ul>
 * A time limit is 超期 after its due date, 临期 when it is due within
 * {@code dueSoonWorkingDays} working days, otherwise 正常.
 */
public final class CaseDeadlines {

	/**
	 * The due date of a rule of the official calendar (the calendar's {@code Deadlines}
	 * in the application).
	 */
	@FunctionalInterface
	public interface Periods {

		LocalDate due(String rule, LocalDate start, List<Pause> pauses, int extensions);

	}

	/** 延长办案期限: at most twice (生态环境行政处罚办法 第五十七条: 30 days, then ≤ 30 days more). */
	public static final int MAX_EXTENSIONS = 2;

	private final Periods periods;

	private final WorkingDays days;

	private final int dueSoonWorkingDays;

	public CaseDeadlines(Periods periods, WorkingDays days, int dueSoonWorkingDays) {
		this.periods = periods;
		this.days = days;
		this.dueSoonWorkingDays = dueSoonWorkingDays;
	}

	/** The time limits running now, duties first by due date. */
	public List<CaseDeadline> running(PenaltyCase kase, LocalDate today) {
		List<CaseDeadline> running = new ArrayList<>();
		for (CaseDeadline deadline : all(kase)) {
			boolean waitOver = !deadline.kind().duty() && deadline.due() != null && today.isAfter(deadline.due());
			if (!waitOver) {
				running.add(deadline);
			}
		}
		return running;
	}

	/** The nearest due date among the duties (kept on the case for the list). */
	public Optional<CaseDeadline> nearest(PenaltyCase kase) {
		return all(kase).stream()
			.filter((d) -> d.kind().duty() && d.due() != null)
			.min(Comparator.comparing(CaseDeadline::due));
	}

	/**
	 * 正常 / 临期 / 超期 of a due date on {@code today}; the party's waits are 正常 while they
	 * run.
	 */
	public Status status(CaseDeadline deadline, LocalDate today) {
		if (deadline.due() == null || !deadline.kind().duty()) {
			return Status.NORMAL;
		}
		return statusOf(deadline.due(), today);
	}

	public Status statusOf(LocalDate due, LocalDate today) {
		if (today.isAfter(due)) {
			return Status.OVERDUE;
		}
		return due.isAfter(dueSoonLimit(today)) ? Status.NORMAL : Status.DUE_SOON;
	}

	/** The last due date that is 临期 on {@code today} (for the list's SQL). */
	public LocalDate dueSoonLimit(LocalDate today) {
		return this.days.addWorkingDays(today, this.dueSoonWorkingDays);
	}

	private List<CaseDeadline> all(PenaltyCase kase) {
		List<CaseDeadline> all = new ArrayList<>();
		Stage stage = kase.stage();
		if (kase.decidedOn() == null && !stage.isExit() && stage != Stage.CLOSED && stage != Stage.ARCHIVED) {
			all.add(caseHandling(kase));
		}
		if (stage == Stage.DEFENCE && kase.noticeServedOn() != null) {
			LocalDate served = kase.noticeServedOn();
			if (!kase.statementWaived()) {
				all.add(period(Kind.DEFENCE_PERIOD, served, List.of(), 0));
			}
			if (kase.hearingOffered() && kase.hearingRequestedOn() == null && !kase.hearingWaived()) {
				all.add(period(Kind.HEARING_REQUEST, served, List.of(), 0));
			}
		}
		if (stage == Stage.DECIDED) {
			all.add(period(Kind.DECISION_SERVICE, kase.decidedOn(), List.of(), 0));
		}
		// a decision revoked (on 复议 or by a court) leaves nothing to pay
		if (stage == Stage.SERVED && kase.decided() != null && kase.revokedOn() == null
				&& kase.paid()
					.amount()
					.compareTo(kase.decided().fine().plus(kase.decided().confiscated()).amount()) < 0) {
			all.add(period(Kind.PAYMENT, kase.decisionServedOn(), List.of(), 0));
		}
		return all;
	}

	private CaseDeadline caseHandling(PenaltyCase kase) {
		int extensions = 0;
		List<Pause> pauses = new ArrayList<>();
		LocalDate pausedSince = null;
		String pausedFor = null;
		LocalDate excludedSince = null;
		String excludedFor = null;
		for (CaseEntry entry : kase.entries()) {
			switch (entry.act()) {
				case START_EXCLUDED_PERIOD -> {
					excludedSince = entry.actedOn();
					excludedFor = ExcludedPeriod.ofNote(entry.note()).chineseName() + "期间";
				}
				case END_EXCLUDED_PERIOD -> {
					if (excludedSince != null && entry.actedOn().isAfter(excludedSince)) {
						pauses.add(new Pause(excludedSince, entry.actedOn().minusDays(1), excludedFor));
					}
					excludedSince = null;
				}
				case EXTEND_PERIOD -> extensions++;
				case SUSPEND -> {
					pausedSince = entry.actedOn();
					pausedFor = "中止调查期间";
				}
				case REQUEST_HEARING -> {
					pausedSince = entry.actedOn();
					pausedFor = "听证期间";
				}
				case RESUME, HOLD_HEARING, WAIVE_HEARING, NOTIFY -> {
					if (pausedSince != null) {
						if (entry.actedOn().isAfter(pausedSince)) {
							pauses.add(new Pause(pausedSince, entry.actedOn().minusDays(1), pausedFor));
						}
						pausedSince = null;
					}
				}
				default -> {
				}
			}
		}
		if (pausedSince != null) {
			return new CaseDeadline(Kind.CASE_HANDLING, kase.filedOn(), null, extensions, pausedFor + "，暂停计算");
		}
		if (excludedSince != null) {
			return new CaseDeadline(Kind.CASE_HANDLING, kase.filedOn(), null, extensions, excludedFor + "，暂停计算");
		}
		return period(Kind.CASE_HANDLING, kase.filedOn(), pauses, extensions);
	}

	private CaseDeadline period(Kind kind, LocalDate start, List<Pause> pauses, int extensions) {
		try {
			return new CaseDeadline(kind, start, this.periods.due(kind.rule(), start, pauses, extensions), extensions,
					null);
		}
		catch (CalendarNotMaintained ex) {
			return new CaseDeadline(kind, start, null, extensions, ex.getMessage());
		}
	}

	/** The date {@code count} working days after {@code start}. */
	LocalDate workingDaysAfter(LocalDate start, int count) {
		return this.days.addWorkingDays(start, count);
	}

}
