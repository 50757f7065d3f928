package org.sanxiang.legalbasis;

import java.time.LocalDate;

/**
 * A law, regulation, rule or standard as a whole: title, level, issuing body and the
 * version loaded (promulgation or revision date, effective date, status). Its articles
 * carry their own versions ({@link ArticleVersion}).
 */
record LegalText(String code, String title, String shortTitle, LegalLevel level, String issuingBody, String versionNote,
		LocalDate promulgatedOn, LocalDate effectiveOn, TextStatus status) {
}
