/**
 * Administrative licensing (行政许可): the agency's licence types as data (legal basis,
 * materials, time limits), applications received at a service window (政务服务窗口), accepted
 * or refused, with one notice of everything missing (一次性告知), examined with the periods
 * that do not count paused (听证、专家评审、现场核查), decided within the limit on the official
 * working-day calendar (行政许可法 第四十二条、第八十二条), and the licences issued, changed, extended,
 * withdrawn, revoked or cancelled. Every step issues its document through the document
 * module; a decision the review catalogue lists goes through legal review. It tells other
 * modules what was decided through its events
 * ({@link org.sanxiang.licensing.LicensingDecided},
 * {@link org.sanxiang.licensing.LicenceAmended},
 * {@link org.sanxiang.licensing.LicenceEnded}); it knows no portal rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licensing", allowedDependencies = { "calendar", "core",
		"document", "identity", "ledger", "legalbasis", "officer", "platform", "review", "storage", "subject" })
package org.sanxiang.licensing;
