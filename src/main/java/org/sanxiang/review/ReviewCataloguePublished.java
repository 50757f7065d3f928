package org.sanxiang.review;

import java.time.LocalDate;

import org.sanxiang.core.AuditableEvent;

/** An agency published a version of its review catalogue (法制审核目录清单). */
public record ReviewCataloguePublished(long agencyId, int version, LocalDate effectiveFrom, int entries,
		String digest) implements AuditableEvent {

	@Override
	public String action() {
		return "REVIEW_CATALOGUE_PUBLISHED";
	}

	@Override
	public String objectType() {
		return "ReviewCatalogue";
	}

	@Override
	public String objectId() {
		return this.agencyId + "/" + this.version;
	}

	@Override
	public String objectLabel() {
		return "法制审核目录清单（第" + this.version + "版）";
	}

	@Override
	public String detail() {
		return "施行日期 " + this.effectiveFrom + "，共 " + this.entries + " 项，SHA-256 " + this.digest;
	}

}
