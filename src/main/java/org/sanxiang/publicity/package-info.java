/**
 * The public portal (行政执法公示): the home page with the agency's enforcement publicity
 * sections, the public check of an enforcement certificate, and the publication of
 * decisions (事后公开): publications made due by the case's decisions, the redaction proposal
 * and the publisher's approval, withdrawal, expiry, the public search, decision pages and
 * open data (API, CSV, Atom). See docs/publicity.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "calendar", "identity", "officer",
		"subject", "document", "casefile", "platform", "legalbasis", "inspection", "evidence", "licensing" })
package org.sanxiang.publicity;
