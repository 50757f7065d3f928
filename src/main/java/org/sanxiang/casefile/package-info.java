/**
 * Enforcement cases (执法案件; {@code case} is a Java keyword): the penalty case from filing
 * to archive as an aggregate ({@link org.sanxiang.casefile.PenaltyCase}) whose methods
 * are the legal acts of 行政处罚法 and 生态环境行政处罚办法, each recorded on the case's timeline
 * (全过程记录), and the law's gates as named policies ({@link org.sanxiang.casefile.Gate})
 * that refuse what the law forbids. The calendar and the legal review reach the aggregate
 * through two small interfaces ({@link org.sanxiang.casefile.WorkingDays},
 * {@link org.sanxiang.casefile.LegalReviewGate}), so that it stays pure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement cases",
		allowedDependencies = { "calendar", "core", "document", "evidence", "identity", "inspection", "legalbasis",
				"officer", "platform", "review", "storage", "subject" })
package org.sanxiang.casefile;
