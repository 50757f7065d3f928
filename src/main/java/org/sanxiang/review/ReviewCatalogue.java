package org.sanxiang.review;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.EffectiveDated;
import org.sanxiang.core.RuleViolation;

/**
 * An agency's catalogue of decisions that need legal review (重大执法决定法制审核目录清单), in one
 * version: in force from {@code effectiveFrom} (施行日期) until the next version starts.
 * Versions are never changed, so the catalogue a past decision was classified against
 * stays reproducible; each is published on the portal (行政执法公示 事前公开).
 */
public record ReviewCatalogue(long agencyId, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
		List<CatalogueEntry> entries) implements EffectiveDated {

	public ReviewCatalogue {
		if (effectiveFrom == null) {
			throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "请填写目录清单的施行日期");
		}
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "目录清单的失效日期不能早于施行日期");
		}
		entries = List.copyOf(entries == null ? List.of() : entries);
		if (entries.isEmpty()) {
			throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "目录清单至少应有一项");
		}
		Set<String> codes = new HashSet<>();
		for (CatalogueEntry entry : entries) {
			if (!codes.add(entry.code())) {
				throw new RuleViolation("REVIEW_CATALOGUE_INVALID", "目录清单的序号重复：" + entry.code());
			}
		}
	}

	/** E.g. {@code 法制审核目录清单（第2版，2026-01-01施行）}. */
	public String describe() {
		return "法制审核目录清单（第" + this.version + "版，" + this.effectiveFrom + "施行）";
	}

}
