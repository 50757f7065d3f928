package org.sanxiang.legalbasis;

import org.sanxiang.core.AuditableEvent;

/**
 * Legal basis data changed: an article got a new version, a benchmark a new revision, or
 * the shipped catalogue was loaded. {@code change} names the act (ARTICLE_REVISED …).
 */
public record LegalBasisChanged(String objectType, String objectId, String change,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "LEGALBASIS_" + this.change;
	}

}
