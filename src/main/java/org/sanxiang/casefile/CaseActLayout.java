package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the case page lays out the acts a person may do: the acts that take the case on
 * come first, the side acts (further evidence, suspension, transfer, extension …) after
 * them under their own heading, and an act that the case's state makes pointless today (a
 * hearing nobody asked for, the outcome of a remedy never applied for) is not offered.
 */
final class CaseActLayout {

	/** Acts beside the procedure's main line. */
	static final Set<CaseAct> SIDE = EnumSet.of(CaseAct.ATTACH_EVIDENCE, CaseAct.SUSPEND, CaseAct.RECORD_RECUSAL,
			CaseAct.NOT_PUNISH, CaseAct.TRANSFER, CaseAct.REVOKE_FILING, CaseAct.TERMINATE_INVESTIGATION,
			CaseAct.EXTEND_PERIOD, CaseAct.START_EXCLUDED_PERIOD, CaseAct.END_EXCLUDED_PERIOD);

	/** The new acts' forms that carry no note. */
	static final Set<CaseAct> WITHOUT_NOTE = EnumSet.of(CaseAct.HOLD_HEARING, CaseAct.GRANT_PAYMENT_PLAN,
			CaseAct.APPLY_FOR_REMEDY, CaseAct.REMIND, CaseAct.APPLY_TO_COURT);

	private CaseActLayout() {
	}

	/** The offered acts that make sense now, main line first, side acts after. */
	static List<CaseAct> shown(PenaltyCase kase, List<CaseAct> offered) {
		List<CaseAct> main = new ArrayList<>();
		List<CaseAct> side = new ArrayList<>();
		for (CaseAct act : offered) {
			if (pointless(kase, act)) {
				continue;
			}
			(SIDE.contains(act) ? side : main).add(act);
		}
		// closing the case comes after everything that may still happen in its stage
		main.sort(java.util.Comparator.comparing((CaseAct act) -> act == CaseAct.CLOSE));
		main.addAll(side);
		return main;
	}

	/** The first side act shown, where the page puts its heading (null if none). */
	static CaseAct firstSide(List<CaseAct> shown) {
		return shown.stream().filter(SIDE::contains).findFirst().orElse(null);
	}

	private static boolean pointless(PenaltyCase kase, CaseAct act) {
		boolean revoked = kase.revokedOn() != null;
		boolean pending = kase.remedies().stream().anyMatch(Remedy::pending);
		return switch (act) {
			case HOLD_HEARING ->
				kase.hearingRequestedOn() == null || kase.hearingWaived() || kase.hearingHeldOn() != null;
			case RECORD_DISCUSSION -> kase.reviewDigest() == null;
			case APPLY_FOR_REMEDY -> pending || revoked;
			case RECORD_REMEDY_OUTCOME -> !pending;
			case GRANT_PAYMENT_PLAN, REMIND -> revoked;
			case APPLY_TO_COURT -> revoked || kase.courtAppliedOn() != null;
			case RECORD_COURT_RULING -> kase.courtAppliedOn() == null || kase.courtRuling() != null;
			case START_EXCLUDED_PERIOD -> kase.openExcludedPeriod() != null;
			case END_EXCLUDED_PERIOD -> kase.openExcludedPeriod() == null;
			default -> false;
		};
	}

}
