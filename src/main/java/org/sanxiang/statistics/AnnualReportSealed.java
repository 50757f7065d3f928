package org.sanxiang.statistics;

import org.sanxiang.core.AuditableEvent;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

/**
 * A 行政执法统计年报 was published (finalised) by the agency head: the ledger seals the digests
 * of its canonical statement ({@code AnnualReportStatement}) — its figures and the
 * records it counts — so a later count that differs shows against the sealed version.
 *
 * @param year the year reported
 * @param agencyId the agency reported on (with the agencies under it)
 * @param agencyName its name
 * @param version 1 for the first publication of the year, then 2, 3 … for corrected ones
 * @param digests the SHA-256 and SM3 of the statement's bytes
 */
public record AnnualReportSealed(int year, long agencyId, String agencyName, int version,
		ContentDigests digests) implements SealedRecord, AuditableEvent {

	/** The ledger's subject type of a sealed report. */
	public static final String SUBJECT_TYPE = "AnnualReport";

	static String subjectId(int year, long agencyId, int version) {
		return year + "#" + agencyId + "#" + version;
	}

	@Override
	public String entryType() {
		return "STATISTICS_ANNUAL_REPORT_SEALED";
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public String subjectId() {
		return subjectId(this.year, this.agencyId, this.version);
	}

	@Override
	public ContentDigests contentDigests() {
		return this.digests;
	}

	@Override
	public boolean subjectIsPublic() {
		return false;
	}

	@Override
	public String action() {
		return "STATISTICS_ANNUAL_REPORT_SEALED";
	}

	@Override
	public String objectType() {
		return "AnnualReport";
	}

	@Override
	public String objectId() {
		return subjectId();
	}

	@Override
	public String objectLabel() {
		return this.agencyName + this.year + "年度行政执法统计年报";
	}

	@Override
	public String detail() {
		return "发布第" + this.version + "版并封存 SHA-256 " + this.digests.sha256();
	}

}
