package org.sanxiang.review;

import java.util.List;
import java.util.Set;

/**
 * Whether a proposed decision needs legal review and collective discussion, and why: each
 * ground cites its source (an article of the law, or an entry of the catalogue in force
 * on the decision date), so the classification can be explained and checked.
 *
 * @param digest the snapshot classified
 * @param catalogue the catalogue version applied, as people call it
 * @param reviewGrounds why review is required (empty: not required)
 * @param discussionGrounds why collective discussion is required (empty: not required)
 * @param requiredMaterials what a request must carry
 */
public record Classification(String digest, String catalogue, List<Ground> reviewGrounds,
		List<Ground> discussionGrounds, Set<MaterialKind> requiredMaterials) {

	public Classification {
		reviewGrounds = List.copyOf(reviewGrounds);
		discussionGrounds = List.copyOf(discussionGrounds);
		requiredMaterials = Set.copyOf(requiredMaterials);
	}

	public boolean reviewRequired() {
		return !this.reviewGrounds.isEmpty();
	}

	public boolean collectiveDiscussionRequired() {
		return !this.discussionGrounds.isEmpty();
	}

	/**
	 * One reason, with its source.
	 *
	 * @param source e.g. {@code 《中华人民共和国行政处罚法》第五十八条第一款第二项} or
	 * {@code 法制审核目录清单（第2版，2026-01-01施行）第3项}
	 * @param text what the source says
	 * @param facts how the decision meets it
	 */
	public record Ground(String source, String text, String facts) {
	}

}
