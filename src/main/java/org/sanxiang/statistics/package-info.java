/**
 * The annual enforcement statistics (行政执法统计年报): facts derived from the cases, legal
 * reviews and publications of a year, each naming the record it counts, and the report of
 * a year and agency built from them as a page with charts, XLSX and PDF. See
 * docs/statistics.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "identity", "casefile", "review",
		"platform", "inspection", "ledger", "licensing" })
package org.sanxiang.statistics;
