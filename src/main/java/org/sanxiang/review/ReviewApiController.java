package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review module's API: the catalogues (public, also under {@code /api/v1/public}),
 * publishing a catalogue version (the agency head), and classifying a proposed decision
 * (the case workers of its agency).
 */
@RestController
class ReviewApiController {

	private final ReviewCatalogues catalogues;

	ReviewApiController(ReviewCatalogues catalogues) {
		this.catalogues = catalogues;
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
