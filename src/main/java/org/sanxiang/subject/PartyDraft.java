package org.sanxiang.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.core.CreditCode;
import org.sanxiang.core.IdNumber;
import org.sanxiang.core.PlainText;
import org.sanxiang.core.RegionCode;
import org.sanxiang.core.RuleViolation;

/**
 * The particulars of a party as a form, the API or a spreadsheet row gives them, before
 * validation. {@link #problems(LocalDate)} lists every refused field at once.
 */
record PartyDraft(PartyKind kind, String name, String creditCode, String legalRepresentative, String address,
		String regionCode, String industryCode, String permitNumber, LocalDate permitValidFrom, LocalDate permitValidTo,
		String managementClass, boolean keyPolluter, String idNumber, String phone, List<ContactDraft> contacts) {

	static final int MAX_CONTACTS = 10;

	/** GB/T 4754: 门类 letter, then 大类 (2 digits), 中类 (3) or 小类 (4). */
	private static final java.util.regex.Pattern INDUSTRY = java.util.regex.Pattern
		.compile("[A-T]([0-9]{2}([0-9]{1,2})?)?");

	private static final java.util.regex.Pattern PERMIT = java.util.regex.Pattern.compile("[0-9A-Z]{10,40}");

	public PartyDraft {
		contacts = (contacts == null) ? List.of()
				: contacts.stream().filter((c) -> c != null && !(blank(c.name()) && blank(c.phone()))).toList();
	}

	/** A contact as entered. */
	public record ContactDraft(String name, String phone) {
	}

	public List<FieldError> problems(LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (this.kind == null) {
			errors.add(new FieldError("kind", "SUBJECT_KIND_REQUIRED", "请选择监管对象类型（单位或自然人）"));
			return errors;
		}
		if (!PlainText.isAcceptable(this.name, 200)) {
			errors.add(new FieldError("name", "SUBJECT_NAME_INVALID", "名称须为1–200个字符，且不含控制字符或尖括号"));
		}
		optionalText(errors, "address", this.address, 200, "地址");
		check(errors, "phone", Phones.check(this.phone, false));
		if (this.kind == PartyKind.ORGANISATION) {
			check(errors, "creditCode", CreditCode.check(strip(this.creditCode)));
			check(errors, "regionCode", RegionCode.check(strip(this.regionCode)));
			optionalText(errors, "legalRepresentative", this.legalRepresentative, 50, "法定代表人");
			if (!blank(this.industryCode) && !INDUSTRY.matcher(strip(this.industryCode)).matches()) {
				errors.add(new FieldError("industryCode", "INDUSTRY_CODE_FORMAT",
						"行业代码须符合GB/T 4754：门类字母A–T，后接2–4位数字，如C2611"));
			}
			if (!blank(this.permitNumber) && !PERMIT.matcher(strip(this.permitNumber)).matches()) {
				errors.add(new FieldError("permitNumber", "PERMIT_NUMBER_FORMAT", "排污许可证编号须为10–40位数字或大写字母"));
			}
			if ((this.permitValidFrom == null) != (this.permitValidTo == null)
					|| (this.permitValidFrom != null && this.permitValidTo.isBefore(this.permitValidFrom))) {
				errors.add(new FieldError("permitValidTo", "PERMIT_VALIDITY_INVALID", "许可证有效期须同时填写起止日期，且截止日期不早于起始日期"));
			}
			if (!blank(this.managementClass) && ManagementClass.of(this.managementClass).isEmpty()) {
				errors.add(new FieldError("managementClass", "MANAGEMENT_CLASS_UNKNOWN", "管理类别须为重点管理、简化管理或登记管理"));
			}
		}
		else {
			check(errors, "idNumber", IdNumber.check(this.idNumber, today));
			if (!blank(this.regionCode)) {
				check(errors, "regionCode", RegionCode.check(strip(this.regionCode)));
			}
		}
		if (this.contacts.size() > MAX_CONTACTS) {
			errors.add(new FieldError("contacts", "SUBJECT_CONTACTS_TOO_MANY", "联系人最多" + MAX_CONTACTS + "个"));
		}
		for (int i = 0; i < Math.min(this.contacts.size(), MAX_CONTACTS); i++) {
			ContactDraft contact = this.contacts.get(i);
			if (!PlainText.isAcceptable(contact.name(), 50)) {
				errors.add(new FieldError("contacts[" + i + "].name", "CONTACT_NAME_INVALID", "联系人姓名须为1–50个字符"));
			}
			check(errors, "contacts[" + i + "].phone", Phones.check(contact.phone(), true));
		}
		return errors;
	}

	/** Refuses the draft with every problem, or returns it. */
	PartyDraft validated(LocalDate today) {
		List<FieldError> errors = problems(today);
		if (!errors.isEmpty()) {
			throw new InvalidParty(errors);
		}
		return this;
	}

	static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static void optionalText(List<FieldError> errors, String field, String value, int max, String label) {
		if (!blank(value) && !PlainText.isAcceptable(value, max)) {
			errors
				.add(new FieldError(field, "subject." + field + ".invalid", label + "不能超过" + max + "个字符，且不含控制字符或尖括号"));
		}
	}

	private static void check(List<FieldError> errors, String field, Optional<RuleViolation> violation) {
		violation.ifPresent((v) -> errors.add(new FieldError(field, v.code(), v.getMessage())));
	}

}
