package org.sanxiang.statistics;

/** The kinds of fact the annual report counts, and the record type each names. */
final class FactKind {

	/** 立案 (a penalty case, on its filing date). */
	static final String CASE_FILED = "CASE_FILED";

	/** 作出行政处罚决定 (a case, on its decision date). */
	static final String DECISION_ISSUED = "DECISION_ISSUED";

	/** 不予行政处罚 (a case, on the date of that act). */
	static final String NOT_PUNISHED = "NOT_PUNISHED";

	/** One kind of penalty of a decision; the fine's amount on {@code PENALTY:FINE}. */
	static final String PENALTY = "PENALTY";

	/** The confiscated amount of a decision. */
	static final String CONFISCATION = "CONFISCATION";

	/** 举行听证 (a case, on the hearing's date). */
	static final String HEARING_HELD = "HEARING_HELD";

	/** A decided round of legal review (a review request, on the opinion's date). */
	static final String REVIEW = "REVIEW";

	/** The outcome of a 复议 or 诉讼 (a case, on the outcome's date). */
	static final String REMEDY = "REMEDY";

	/** A publication's timeliness (a publication, on its publication or due date). */
	static final String PUBLICATION = "PUBLICATION";

	/**
	 * 行政检查 (an inspection task, on the inspection's date): category {@code RANDOM}
	 * (双随机抽查) or {@code OTHER}.
	 */
	static final String INSPECTION = "INSPECTION";

	/**
	 * An inspection that found a suspected violation (the task, on the inspection's
	 * date).
	 */
	static final String INSPECTION_FINDING = "INSPECTION_FINDING";

	/** 当场处罚决定 (简易程序; an on-the-spot decision, on its date). */
	static final String ON_THE_SPOT = "ON_THE_SPOT";

	/**
	 * 行政强制措施 decided (a coercive measure, on its decision date): category the
	 * {@code MeasureKind} (查封、扣押、责令限制生产、责令停产整治).
	 */
	static final String COERCIVE_MEASURE = "COERCIVE_MEASURE";

	/**
	 * 行政许可决定 (a licence application, on its decision date): category {@code GRANTED} (准予)
	 * or {@code REFUSED} (不予).
	 */
	static final String LICENSING = "LICENSING";

	static final String CASE = "CASE";

	static final String MEASURE_RECORD = "COERCIVE_MEASURE";

	static final String LICENCE_APPLICATION = "LICENCE_APPLICATION";

	static final String INSPECTION_TASK = "INSPECTION_TASK";

	static final String ON_THE_SPOT_DECISION = "ON_THE_SPOT_DECISION";

	static final String REVIEW_REQUEST = "REVIEW_REQUEST";

	static final String PUBLICATION_RECORD = "PUBLICATION";

	private FactKind() {
	}

	/**
	 * The staff page of a record ({@code caseId}: the case of a coercive measure, whose
	 * page is under its case).
	 */
	static String link(String recordType, long recordId, Long caseId) {
		return switch (recordType) {
			case CASE -> "/cases/" + recordId;
			case MEASURE_RECORD -> "/cases/" + caseId + "/measures/" + recordId;
			case LICENCE_APPLICATION -> "/licensing/applications/" + recordId;
			case REVIEW_REQUEST -> "/review/" + recordId;
			case INSPECTION_TASK -> "/inspection/tasks/" + recordId;
			case ON_THE_SPOT_DECISION -> "/cases/on-the-spot/" + recordId;
			default -> "/publicity/publications/" + recordId;
		};
	}

	/** The record type in words. */
	static String recordName(String recordType) {
		return switch (recordType) {
			case CASE -> "行政处罚案件";
			case REVIEW_REQUEST -> "法制审核申请";
			case INSPECTION_TASK -> "检查任务";
			case ON_THE_SPOT_DECISION -> "当场处罚决定";
			case MEASURE_RECORD -> "行政强制措施";
			case LICENCE_APPLICATION -> "行政许可申请";
			default -> "执法决定公示";
		};
	}

}
