package org.sanxiang.casefile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.review.GateAnswer;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewRequest;
import org.sanxiang.review.ReviewRound;
import org.sanxiang.review.Reviews;

import org.springframework.stereotype.Component;

/**
 * The decision form on the case page (作出处罚决定, agency head only): its content is the
 * case's reviewed {@link ProposedDecision} — the round of the case's newest review
 * request whose content the case submitted — never typed again; the form shows it with
 * the review's answer, the law versions it applies (从旧兼从轻) and its discretion, and the
 * head picks the 决定书 among the case's issued documents. What is decided is that content,
 * read again when the decision is made, so the gates judge exactly what was reviewed.
 */
@Component
class CaseDecisionForm {

	private final Reviews reviews;

	private final DecisionBasisReader basis;

	private final Cases cases;

	CaseDecisionForm(Reviews reviews, DecisionBasisReader basis, Cases cases) {
		this.reviews = reviews;
		this.basis = basis;
		this.cases = cases;
	}

	/** The reviewed content the form offers, or empty if the case has none. */
	Optional<Content> contentOf(PenaltyCase kase, SanxiangPrincipal person) {
		return this.reviews.latestFor("CASE", kase.id().toString(), person).map((request) -> {
			ReviewRound round = request.rounds()
				.stream()
				.filter((r) -> r.digest().equals(kase.reviewDigest()))
				.reduce((first, second) -> second)
				.orElse(request.current());
			ProposedDecision decision = round.snapshot();
			return new Content(request, request.rounds().indexOf(round) + 1, decision, Penalty.of(decision),
					this.reviews.mayDecide(decision), this.basis.of(kase, decision));
		});
	}

	/** 作出处罚决定 of the case's reviewed content, with the 决定书 chosen. */
	PenaltyCase decide(long id, List<Long> documents, SanxiangPrincipal person) {
		PenaltyCase kase = this.cases.caseOf(id, person);
		Content content = contentOf(kase, person).orElseThrow(
				() -> new RuleViolation("CASE_DECISION_NOT_REVIEWED", "本案尚无提交法制审核的拟作决定内容；作出处罚决定前，请先将拟作决定提交法制审核"));
		if (documents.isEmpty()) {
			throw new RuleViolation("CASE_DECISION_DOCUMENT", "请选择本案已签发的行政处罚决定书");
		}
		return this.cases.decide(id, content.decision(), documents, person);
	}

	/**
	 * What the form shows.
	 *
	 * @param request the review request
	 * @param round the round (from 1) whose content is offered
	 * @param decision the content
	 * @param penalty the penalty it imposes
	 * @param review the review's answer whether it may be decided
	 * @param basis the law versions applied and the discretion
	 */
	record Content(ReviewRequest request, int round, ProposedDecision decision, Penalty penalty, GateAnswer review,
			DecisionBasis basis) {

		/** The provisions the decision applies, each with its version. */
		public List<String> provisions() {
			return this.decision.penaltyBasis()
				.stream()
				.map((p) -> p.citation() + "（" + p.version() + "施行）")
				.sorted(Comparator.naturalOrder())
				.toList();
		}

	}

}
