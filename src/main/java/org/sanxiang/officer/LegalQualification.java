package org.sanxiang.officer;

import java.time.LocalDate;

/**
 * Legal qualification of a legal reviewer: the 法律职业资格证书 number and the date of first
 * legal review work (国办发〔2018〕118号: reviewers hold legal qualification; first-time
 * reviewers must have passed the national legal professional qualification exam).
 */
record LegalQualification(String certificateNumber, LocalDate firstReviewDate) {

	public LegalQualification {
		if (certificateNumber == null || !certificateNumber.matches("[A-Z0-9]{8,20}")) {
			throw new org.sanxiang.core.RuleViolation("INVALID_LEGAL_CERTIFICATE", "法律职业资格证书编号须为8–20位大写字母或数字");
		}
		if (firstReviewDate == null) {
			throw new org.sanxiang.core.RuleViolation("FIRST_REVIEW_DATE_REQUIRED", "请填写首次从事法制审核的日期");
		}
	}

}
