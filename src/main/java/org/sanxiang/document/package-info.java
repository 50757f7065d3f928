/**
 * Enforcement documents (执法文书): the document types and their fields, DOCX templates the
 * legal staff edit in Word or WPS (poi-tl), the archival PDF (openhtmltopdf, embedded CJK
 * font, GB/T 9704 layout), document numbers (文号, gap-free per agency, category and year)
 * and issuing — which freezes a document, stores its PDF as a content-addressed blob and
 * seals it into the ledger. The module renders what it is given and knows no case rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.sanxiang.document;
