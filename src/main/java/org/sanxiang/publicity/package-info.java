/**
 * The public portal (行政执法公示): the home page with the agency's enforcement publicity
 * sections and the public check of an enforcement certificate. Later: publications,
 * redaction, withdrawal, correction, open data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "officer" })
package org.sanxiang.publicity;
