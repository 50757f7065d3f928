package org.sanxiang.review;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.Paging;
import org.sanxiang.core.ResultPage;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review module's API: the catalogues (public, also under {@code /api/v1/public}),
 * publishing a catalogue version (the agency head), and classifying a proposed decision
 * (the case workers of its agency).
 */
@RestController
class ReviewApiController {

	private final ReviewCatalogues catalogues;

	private final Reviews reviews;

	ReviewApiController(ReviewCatalogues catalogues, Reviews reviews) {
		this.catalogues = catalogues;
		this.reviews = reviews;
	}

	@PostMapping("/api/v1/review/requests")
	ResponseEntity<ReviewView> submit(@RequestBody ProposedDecision decision,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		ReviewRequest request = this.reviews.submit(decision, principal);
		return ResponseEntity.created(URI.create("/api/v1/review/requests/" + request.id())).body(view(request));
	}

	@GetMapping("/api/v1/review/requests")
	ResultPage<Reviews.ReviewSummary> requests(@RequestParam(required = false) ReviewRequest.Status status,
			Paging.Params params, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return this.reviews.page(principal, status, Paging.of(params, "updated", true, Reviews.SORTABLE));
	}

	@GetMapping("/api/v1/review/requests/{id}")
	ReviewView request(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.request(id, principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/take")
	ReviewView take(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.take(id, principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/pass")
	ReviewView pass(@PathVariable long id, @RequestBody Opinion opinion,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.pass(id, opinion.findings(), principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/return")
	ReviewView returnWith(@PathVariable long id, @RequestBody Opinion opinion,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.returnWith(id, opinion.findings(), opinion.problems(), principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/resubmit")
	ReviewView resubmit(@PathVariable long id, @RequestBody Resubmission resubmission,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.resubmit(id, resubmission.decision(), resubmission.answers(), principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/extend")
	ReviewView extend(@PathVariable long id, @AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.extend(id, principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/recuse")
	ReviewView recuse(@PathVariable long id, @RequestBody Recusing recusing,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.recuse(id, recusing.reason(), principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/discussion")
	ReviewView discussion(@PathVariable long id, @RequestBody Discussion discussion,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.recordDiscussion(id, discussion, principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/disagree")
	ReviewView disagree(@PathVariable long id, @RequestBody Disagreement disagreement,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.disagree(id, disagreement.reasons(), principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/coordination")
	ReviewView coordination(@PathVariable long id, @RequestBody Coordination coordination,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.coordinate(id, coordination, principal));
	}

	@PostMapping("/api/v1/review/requests/{id}/head-decision")
	ReviewView headDecision(@PathVariable long id, @RequestBody HeadDecision decision,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		return view(this.reviews.decideDispute(id, decision.decision(), decision.reasons(), principal));
	}

	@GetMapping("/api/v1/review/gate")
	GateAnswer gate(@RequestParam String digest) {
		return this.reviews.mayDecide(digest);
	}

	private ReviewView view(ReviewRequest request) {
		return ReviewView.of(request, this.reviews.deadline(request));
	}

	/** A reviewer's opinion: the nine findings and, when returning, the problems. */
	record Opinion(List<Finding> findings, List<Problem> problems) {
	}

	/** A resubmission: the corrected snapshot and an answer to each problem. */
	record Resubmission(ProposedDecision decision, List<String> answers) {
	}

	/** The handling unit's disagreement with a return, and its reasons. */
	record Disagreement(String reasons) {
	}

	/** The agency head's decision on an unresolved disagreement, with reasons. */
	record HeadDecision(ReviewDispute.HeadDecision decision, String reasons) {
	}

	/** A recusal and its reason. */
	record Recusing(String reason) {
	}

	@GetMapping("/api/v1/public/review/catalogues/{agencyId}")
	List<ReviewCatalogue> versions(@PathVariable long agencyId) {
		return this.catalogues.versions(agencyId);
	}

	@PostMapping("/api/v1/review/catalogues/{agencyId}")
	ReviewCatalogue publish(@PathVariable long agencyId, @RequestBody Publication publication,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		if (!principal.hasRole(Role.AGENCY_HEAD) || principal.agencyId() != agencyId) {
			throw new RuleViolation("REVIEW_CATALOGUE_REFUSED", "只有本机关负责人可以发布本机关的法制审核目录清单", HttpStatus.FORBIDDEN);
		}
		return this.catalogues.publish(agencyId, publication.effectiveFrom(), publication.entries(), principal);
	}

	@PostMapping("/api/v1/review/classify")
	Map<String, Object> classify(@RequestBody ProposedDecision decision,
			@AuthenticationPrincipal SanxiangPrincipal principal) {
		if (!principal.dataScope().includes(decision.agencyId())) {
			throw new RuleViolation("REVIEW_SCOPE_REFUSED", "无权办理该执法主体的事项", HttpStatus.FORBIDDEN);
		}
		Classification classification = this.catalogues.classify(decision);
		return Map.of("classification", classification, "missing", ReviewClassifier.missing(decision, classification),
				"reviewRequired", classification.reviewRequired(), "collectiveDiscussionRequired",
				classification.collectiveDiscussionRequired());
	}

	/** A catalogue version to publish. */
	record Publication(LocalDate effectiveFrom, List<CatalogueEntry> entries) {
	}

}
