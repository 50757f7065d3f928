package org.sanxiang.casefile;

import java.util.List;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.stereotype.Component;

/**
 * What the case page shows of 按日连续处罚: the case's daily penalties (the case page is
 * already in the reader's scope) and whether the reader may start one — a case worker of
 * the case's agency, once the case was decided with a fine.
 */
@Component
public class DailyPenaltyForms {

	private final DailyPenaltyRepository daily;

	DailyPenaltyForms(DailyPenaltyRepository daily) {
		this.daily = daily;
	}

	/** The case's daily penalties, oldest first. */
	public List<DailyPenalty> listedFor(PenaltyCase kase) {
		return this.daily.findByCaseIdOrderById(kase.id());
	}

	/** Whether this person records the acts of a daily penalty on this case. */
	public boolean mayAct(PenaltyCase kase, SanxiangPrincipal person) {
		return (person.hasRole(Role.OFFICER) || person.hasRole(Role.UNIT_HEAD) || person.hasRole(Role.AGENCY_HEAD))
				&& kase.agencyId() == person.agencyId();
	}

	/**
	 * Whether the start form is shown: the case decided with a fine, to a case worker.
	 */
	public boolean mayStart(PenaltyCase kase, SanxiangPrincipal person) {
		return mayAct(kase, person) && kase.decidedOn() != null && kase.decided() != null
				&& kase.decided().fine() != null && kase.decided().fine().amount().signum() > 0;
	}

	/** The conducts 按日连续处罚 may follow, for the start form. */
	public DailyConduct[] conducts() {
		return DailyConduct.values();
	}

}
