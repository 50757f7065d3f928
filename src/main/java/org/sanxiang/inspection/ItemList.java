package org.sanxiang.inspection;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.core.RuleViolation;

/**
 * One version of an agency's random-inspection list (随机抽查事项清单). A version is never
 * changed: an edit publishes the next one, and a draw records the version it used, so the
 * item a past draw applied stays readable.
 */
public record ItemList(long agencyId, int version, List<InspectionItem> items, String digest, String publishedBy,
		Instant publishedAt) {

	public ItemList {
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new RuleViolation("INSPECTION_ITEM_INVALID", "抽查事项清单至少应有一项");
		}
		Set<String> codes = new HashSet<>();
		for (InspectionItem item : items) {
			if (!codes.add(item.code())) {
				throw new RuleViolation("INSPECTION_ITEM_INVALID", "事项编号重复：" + item.code());
			}
		}
	}

	public Optional<InspectionItem> item(String code) {
		return this.items.stream().filter((item) -> item.code().equals(code)).findFirst();
	}

	/** E.g. {@code 随机抽查事项清单（第2版）}. */
	public String describe() {
		return "随机抽查事项清单（第" + this.version + "版）";
	}

}
