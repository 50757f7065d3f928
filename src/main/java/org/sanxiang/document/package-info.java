/**
 * Enforcement documents (执法文书): the document types and their fields, DOCX templates the
 * legal staff edit in Word or WPS (poi-tl), the archival PDF (openhtmltopdf, embedded CJK
 * font, GB/T 9704 layout), document numbers (文号, gap-free per agency, category and year)
 * and the {@link org.sanxiang.document.Document} aggregate whose acts — issue, void,
 * correct — register {@link org.sanxiang.document.DocumentIssued},
 * {@link org.sanxiang.document.DocumentVoided} and
 * {@link org.sanxiang.document.DocumentCorrected}; the ledger seals and the audit trail
 * records them in the act's transaction, higher modules react after commit. The module
 * renders what it is given and knows no case rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "core", "identity", "legalbasis", "officer", "platform", "storage", "subject" })
package org.sanxiang.document;
