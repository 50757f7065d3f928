/**
 * The public portal (行政执法公示): the home page with the agency's enforcement publicity
 * sections and the public check of an enforcement certificate. Later: publications,
 * redaction, withdrawal, correction, open data.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "core", "calendar", "identity", "officer", "subject", "document" })
package org.sanxiang.publicity;
