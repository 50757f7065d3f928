/**
 * Evidence (证据) and whole-process recording (执法全过程记录): the
 * {@link org.sanxiang.evidence.EvidenceItem} aggregate — kind after 行政处罚法 第四十六条, a number
 * per owner (证据-n, 音像-n for 视听资料), who recorded it with a certificate valid on the
 * capture date, when and where, and the digests of its stored content — registered once
 * and never changed ({@link org.sanxiang.evidence.EvidenceSealed} is sealed by the
 * ledger); content checks on upload, playback with range requests and a watermark, and
 * the custody log (监管链) of every access. Any record owns evidence through a kind, an id
 * and a stage; the module knows no case or inspection rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "core", "identity", "ledger", "officer", "platform", "storage" })
package org.sanxiang.evidence;
