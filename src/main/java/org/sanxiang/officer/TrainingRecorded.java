package org.sanxiang.officer;

/** A training (培训) or an exam (考试) recorded for an officer. */
public record TrainingRecorded(long officerId, long agencyId, String name, String certificateNumber, String act,
		String change) implements OfficerAuditLine {
}
