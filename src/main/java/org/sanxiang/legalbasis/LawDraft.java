package org.sanxiang.legalbasis;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.sanxiang.core.PlainText;

/**
 * A law, regulation, rule or standard as a legal reviewer types it in: code (AIR, SOLID,
 * HN-AIR …), title, short title, level, issuing body, version note, promulgation and
 * effective dates. {@link #problems()} lists every field that cannot be recorded.
 */
record LawDraft(String code, String title, String shortTitle, String level, String issuingBody, String versionNote,
		LocalDate promulgatedOn, LocalDate effectiveOn) {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

	List<InvalidLegalInput.Problem> problems() {
		List<InvalidLegalInput.Problem> problems = new java.util.ArrayList<>();
		if (this.code == null || !CODE.matcher(this.code.strip()).matches()) {
			problems
				.add(new InvalidLegalInput.Problem("code", "INVALID_LAW_CODE", "编码须为2–20个大写字母、数字或连字符，以字母开头，如 HN-AIR"));
		}
		text(problems, "title", this.title, 200, "INVALID_LAW_TITLE", "标题");
		text(problems, "shortTitle", this.shortTitle, 60, "INVALID_SHORT_TITLE", "简称");
		text(problems, "issuingBody", this.issuingBody, 100, "INVALID_ISSUING_BODY", "制定机关");
		text(problems, "versionNote", this.versionNote, 500, "INVALID_VERSION_NOTE", "版本说明");
		if (legalLevel() == null) {
			problems.add(new InvalidLegalInput.Problem("level", "UNKNOWN_LEVEL", "请选择效力层级"));
		}
		if (this.promulgatedOn == null) {
			problems.add(new InvalidLegalInput.Problem("promulgatedOn", "MISSING_DATE", "请填写公布日期"));
		}
		if (this.effectiveOn == null) {
			problems.add(new InvalidLegalInput.Problem("effectiveOn", "MISSING_DATE", "请填写施行日期"));
		}
		else if (this.promulgatedOn != null && this.effectiveOn.isBefore(this.promulgatedOn)) {
			problems.add(new InvalidLegalInput.Problem("effectiveOn", "EFFECTIVE_BEFORE_PROMULGATION", "施行日期不得早于公布日期"));
		}
		return problems;
	}

	LegalLevel legalLevel() {
		for (LegalLevel candidate : LegalLevel.values()) {
			if (candidate.name().equals(this.level)) {
				return candidate;
			}
		}
		return null;
	}

	LegalText toLegalText() {
		return new LegalText(this.code.strip(), this.title.strip(), this.shortTitle.strip(), legalLevel(),
				this.issuingBody.strip(), this.versionNote.strip(), this.promulgatedOn, this.effectiveOn,
				TextStatus.IN_FORCE);
	}

	private static void text(List<InvalidLegalInput.Problem> problems, String field, String value, int max, String code,
			String name) {
		if (!PlainText.isAcceptable(value, max) || value.contains("《") || value.contains("》")) {
			problems
				.add(new InvalidLegalInput.Problem(field, code, "请填写" + name + "（" + max + "个字符以内，不含控制字符、尖括号或书名号）"));
		}
	}

}
