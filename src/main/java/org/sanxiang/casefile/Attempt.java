package org.sanxiang.casefile;

import java.util.List;

import org.sanxiang.review.ProposedDecision;

/**
 * An act as the gates judge it before it is recorded: which act, by whom and when, the
 * officers on it, the decision it would make and the hearing it would record.
 *
 * @param act the act
 * @param acting who records it and when
 * @param officers the officers on it (investigative acts)
 * @param decision the decision's exact content (for {@link CaseAct#DECIDE}), or null
 * @param hearing the hearing held (for {@link CaseAct#HOLD_HEARING}), or null
 * @param proposed the penalty notified (for {@link CaseAct#NOTIFY}), or null
 * @param hearingOffered whether the notice offers the right to a hearing (for
 * {@link CaseAct#NOTIFY})
 */
public record Attempt(CaseAct act, Acting acting, List<ActingOfficer> officers, ProposedDecision decision,
		Hearing hearing, Penalty proposed, boolean hearingOffered) {

	public Attempt {
		officers = List.copyOf(officers == null ? List.of() : officers);
	}

	public Attempt(CaseAct act, Acting acting, List<ActingOfficer> officers, ProposedDecision decision,
			Hearing hearing) {
		this(act, acting, officers, decision, hearing, null, false);
	}

	static Attempt of(CaseAct act, Acting acting) {
		return new Attempt(act, acting, List.of(), null, null);
	}

}
