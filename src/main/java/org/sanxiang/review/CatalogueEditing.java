package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The agency head edits the agency's review catalogue on a page: a copy of the latest
 * version to start from, a preview that checks what publishing would check (a date from
 * today, after the latest version; the entries valid), and the publication itself.
 */
@Service
class CatalogueEditing {

	private final ReviewCatalogues catalogues;

	private final BusinessTime time;

	CatalogueEditing(ReviewCatalogues catalogues, BusinessTime time) {
		this.catalogues = catalogues;
		this.time = time;
	}

	/** The versions of the head's own agency, newest first. */
	List<ReviewCatalogue> versions(SanxiangPrincipal head) {
		return this.catalogues.versions(agency(head));
	}

	Optional<ReviewCatalogue> inForce(SanxiangPrincipal head) {
		return this.catalogues.inForce(agency(head), this.time.today());
	}

	/** A copy of the latest version, effective tomorrow (or after the latest version). */
	CatalogueForm draft(SanxiangPrincipal head) {
		Optional<ReviewCatalogue> latest = versions(head).stream().findFirst();
		LocalDate from = this.time.today().plusDays(1);
		if (latest.isPresent() && !latest.get().maySucceedFrom(from)) {
			from = latest.get().effectiveFrom().plusDays(1);
		}
		return CatalogueForm.copyOf(latest.orElse(null), from);
	}

	/** The version the form would publish, or the refusal publishing would give. */
	ReviewCatalogue preview(SanxiangPrincipal head, CatalogueForm form) {
		long agency = agency(head);
		LocalDate from = form.date();
		if (from.isBefore(this.time.today())) {
			throw new RuleViolation("REVIEW_CATALOGUE_RETROACTIVE",
					"施行日期不能早于今天（" + this.time.today() + "）：目录清单不溯及既往，已作出的决定不因新目录清单改变");
		}
		Optional<ReviewCatalogue> latest = this.catalogues.versions(agency).stream().findFirst();
		if (latest.isPresent() && !latest.get().maySucceedFrom(from)) {
			throw new RuleViolation("REVIEW_CATALOGUE_ORDER",
					"新版本的施行日期须晚于第" + latest.get().version() + "版的施行日期（" + latest.get().effectiveFrom() + "）");
		}
		int version = latest.map((catalogue) -> catalogue.version() + 1).orElse(1);
		return new ReviewCatalogue(agency, version, from, null, form.toEntries());
	}

	ReviewCatalogue publish(SanxiangPrincipal head, CatalogueForm form) {
		ReviewCatalogue checked = preview(head, form);
		return this.catalogues.publish(checked.agencyId(), checked.effectiveFrom(), checked.entries(), head);
	}

	private static long agency(SanxiangPrincipal head) {
		if (!head.hasRole(Role.AGENCY_HEAD)) {
			throw new RuleViolation("REVIEW_CATALOGUE_REFUSED", "只有本机关负责人可以发布本机关的法制审核目录清单", HttpStatus.FORBIDDEN);
		}
		return head.agencyId();
	}

}
