/**
 * Legal review of major enforcement decisions (重大执法决定法制审核, 行政处罚法 第五十八条) and collective
 * discussion (集体讨论, 第五十七条第二款). The module reviews a
 * {@link org.sanxiang.review.ProposedDecision} — a frozen snapshot handed to it by the
 * deciding module, identified by its digest — against the agency's catalogue
 * ({@link org.sanxiang.review.ReviewCatalogue}, 目录清单) in force on the decision date, and
 * answers whether a decision with exactly that content may be made. It knows no case
 * internals: a licensing or coercive-measure decision is reviewed the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal review", allowedDependencies = { "calendar",
		"core", "document", "evidence", "identity", "legalbasis", "officer", "platform" })
package org.sanxiang.review;
