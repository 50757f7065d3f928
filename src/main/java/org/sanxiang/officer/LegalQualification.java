package org.sanxiang.officer;

import java.time.LocalDate;

import org.sanxiang.core.RuleViolation;

/**
 * Legal qualification of a legal reviewer: the date of first legal review work and the
 * 法律职业资格证书 number. 行政处罚法 第五十八条第二款: 行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格 — in
 * force since 2018-01-01 (the 2017 amendment), so the certificate is required of
 * reviewers who first review on or after that day, not of those who reviewed before.
 */
record LegalQualification(String certificateNumber, LocalDate firstReviewDate) {

	/** The day from which a first-time reviewer must hold 法律职业资格 (第五十八条第二款). */
	static final LocalDate CERTIFICATE_REQUIRED_FROM = LocalDate.of(2018, 1, 1);

	public LegalQualification {
		if (firstReviewDate == null) {
			throw new RuleViolation("FIRST_REVIEW_DATE_REQUIRED", "请填写首次从事法制审核的日期");
		}
		if (certificateNumber != null && certificateNumber.isBlank()) {
			certificateNumber = null;
		}
		if (certificateNumber == null && !firstReviewDate.isBefore(CERTIFICATE_REQUIRED_FROM)) {
			throw new RuleViolation("LEGAL_CERTIFICATE_REQUIRED",
					"2018年1月1日起初次从事行政处罚决定法制审核的人员，应当取得法律职业资格（《中华人民共和国行政处罚法》第五十八条第二款），请填写法律职业资格证书编号");
		}
		if (certificateNumber != null && !certificateNumber.matches("[A-Z0-9]{8,20}")) {
			throw new RuleViolation("INVALID_LEGAL_CERTIFICATE", "法律职业资格证书编号须为8–20位大写字母或数字");
		}
	}

	/**
	 * Whether this record qualifies its holder for legal review: a certificate, or a
	 * first review before 2018-01-01 (a record read back from the database is checked
	 * again).
	 */
	public boolean entitlesReview() {
		return this.certificateNumber != null || this.firstReviewDate.isBefore(CERTIFICATE_REQUIRED_FROM);
	}

}
