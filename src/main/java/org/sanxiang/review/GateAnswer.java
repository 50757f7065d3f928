package org.sanxiang.review;

/**
 * Whether a decision with a given content may be made as far as legal review and
 * collective discussion are concerned (行政处罚法 第五十八条: 未经法制审核或者审核未通过的，不得作出决定), and why — the
 * decision document records the review it relies on.
 *
 * @param allowed whether the decision may be made
 * @param reason in words, e.g. {@code 法制审核申请第12号第2轮审核通过}
 * @param requestId the request whose passed round is relied on, or null
 * @param round that round (1-based), or null
 */
public record GateAnswer(boolean allowed, String reason, Long requestId, Integer round) {
}
