package org.sanxiang.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;

import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.core.CreditCode;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.document.DocumentNumberKey;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.licensing.LicenceAmended;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 双公示 fields of each publication (table {@code publicity_credit}), recorded from the
 * decision event with the publication, read for the decision page, the API, the CSV and
 * the search filters (party, credit code, 文号).
 */
@Component
class CreditRecords {

	/** An organisation's name, so a party of unknown kind keeps it unmasked. */
	private static final Pattern ORGANISATION = Pattern
		.compile("公司|有限|集团|厂|合作社|中心|企业|单位|门市|商行|经营部|养殖场|农场|医院|学校|酒店|宾馆|饭店|超市|加油站|矿|研究院|事务所|工作室|委员会|政府|局");

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	CreditRecords(JdbcClient jdbc, AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/**
	 * Records the fields of a publication, once (a repeated event changes nothing); an
	 * event without party facts (recorded before they were carried) records none.
	 */
	void record(long publicationId, long agencyId, CaseEvent.PartyFacts party, CaseEvent.DecisionFacts decision,
			String basis) {
		if (party == null || party.name() == null || party.name().isBlank() || of(publicationId).isPresent()) {
			return;
		}
		CaseEvent.PartyCategory kind = (party.kind() == null) ? CaseEvent.PartyCategory.OTHER : party.kind();
		String name = party.name().strip();
		String shown = publicName(name, kind);
		String code = (kind == CaseEvent.PartyCategory.NATURAL_PERSON) ? null : party.creditCode();
		CaseEvent.DecisionFacts facts = (decision == null) ? new CaseEvent.DecisionFacts(null, null, null, null)
				: decision;
		String cleanBasis = (basis == null || basis.isBlank()) ? null
				: Redactor.propose(basis, shown.equals(name) ? Set.of() : Set.of(name));
		this.jdbc
			.sql("""
					insert into publicity_credit (publication_id, party_name, party_name_public, party_kind, credit_code,
					  document_id, document_number, penalty_types, fine_amount, basis, agency_code, party_search, number_search)
					values (:id, :name, :shown, :kind, :code, :document, :number, :types, :fine, :basis, :agencyCode,
					  :partySearch, :numberSearch)""")
			.param("id", publicationId)
			.param("name", name)
			.param("shown", shown)
			.param("kind", kind.name())
			.param("code", code)
			.param("document", facts.documentId())
			.param("number", facts.number())
			.param("types", String.join("；", facts.penaltyTypes()))
			.param("fine", facts.fine())
			.param("basis", cleanBasis)
			.param("agencyCode", this.agencies.agency(agencyId).code())
			.param("partySearch", shown.toLowerCase(Locale.ROOT))
			.param("numberSearch", (facts.number() == null) ? null : DocumentNumberKey.of(facts.number()))
			.update();
	}

	/**
	 * The party's name as the public sees it: a natural person's masked; a party of
	 * unknown kind masked too unless its name is an organisation's.
	 */
	static String publicName(String name, CaseEvent.PartyCategory kind) {
		boolean person = kind == CaseEvent.PartyCategory.NATURAL_PERSON
				|| (kind != CaseEvent.PartyCategory.LEGAL_PERSON && !ORGANISATION.matcher(name).find());
		return person ? Redactor.masked(name) : name;
	}

	Optional<CreditFields> of(long publicationId) {
		return this.jdbc.sql(SELECT + " where publication_id = :id")
			.param("id", publicationId)
			.query(CreditRecords::row)
			.optional();
	}

	/** The fields of these publications, by publication id. */
	Map<Long, CreditFields> of(Collection<Long> publicationIds) {
		if (publicationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, CreditFields> byId = new HashMap<>();
		this.jdbc.sql(SELECT + " where publication_id in (:ids)")
			.param("ids", publicationIds)
			.query(CreditRecords::row)
			.list()
			.forEach((c) -> byId.put(c.publicationId(), c));
		return byId;
	}

	static final String SELECT = """
			select publication_id, party_name, party_name_public, party_kind, credit_code, document_id, document_number,
			       penalty_types, fine_amount, basis, agency_code, licence_id, legal_representative, document_title,
			       licence_category, certificate_name, certificate_number, licence_content, decided_on, valid_from,
			       valid_to, agency_name, agency_credit_code, current_status, data_source from publicity_credit""";

	private static CreditFields row(ResultSet rs, int i) throws SQLException {
		String types = rs.getString("penalty_types");
		String status = rs.getString("current_status");
		CreditFields.Licence licence = (status == null) ? null
				: new CreditFields.Licence((Long) rs.getObject("licence_id", Long.class),
						rs.getString("legal_representative"), rs.getString("document_title"),
						rs.getString("licence_category"), rs.getString("certificate_name"),
						rs.getString("certificate_number"), rs.getString("licence_content"), date(rs, "decided_on"),
						date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("agency_name"),
						rs.getString("agency_credit_code"), status, rs.getString("data_source"));
		return new CreditFields(rs.getLong("publication_id"), rs.getString("party_name"),
				rs.getString("party_name_public"), rs.getString("party_kind"), rs.getString("credit_code"),
				(Long) rs.getObject("document_id", Long.class), rs.getString("document_number"),
				(types == null || types.isEmpty()) ? List.of() : Arrays.asList(types.split("；")),
				rs.getBigDecimal("fine_amount"), rs.getString("basis"), rs.getString("agency_code"), licence);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return (d == null) ? null : d.toLocalDate();
	}

	/** The status a licence's publication shows while the licence is in force. */
	static final String IN_FORCE = "有效";

	/**
	 * Records the 双公示 fields of a licensing decision, once: the party's public name (a
	 * natural person — a party without a credit code whose name is not an organisation's
	 * — masked, no credit code and no 法定代表人 shown for one), 许可内容 redacted, and the first
	 * version of the fields.
	 */
	void recordLicence(long publicationId, LicensingDecided decided, String recordedBy, Instant at) {
		if (of(publicationId).isPresent()) {
			return;
		}
		String name = decided.partyName().strip();
		CaseEvent.PartyCategory kind = kindOf(name, decided.creditCode());
		String shown = publicName(name, kind);
		Set<String> persons = shown.equals(name) ? Set.of() : Set.of(name);
		boolean person = kind == CaseEvent.PartyCategory.NATURAL_PERSON;
		this.jdbc
			.sql("""
					insert into publicity_credit (publication_id, party_name, party_name_public, party_kind, credit_code,
					  document_id, document_number, penalty_types, agency_code, party_search, number_search, licence_id, party_id,
					  legal_representative, document_title, licence_category, certificate_name, certificate_number,
					  licence_content, decided_on, valid_from, valid_to, agency_name, agency_credit_code, current_status,
					  data_source)
					values (:id, :name, :shown, :kind, :code, :document, :number, '', :agencyCode, :partySearch,
					  :numberSearch, :licence, :party, :legal, :title, :category, :certName, :certNumber, :content, :decided,
					  :validFrom, :validTo, :agencyName, :agencyCredit, :status, :source)""")
			.param("id", publicationId)
			.param("name", name)
			.param("shown", shown)
			.param("kind", kind.name())
			.param("code", person ? null : blankToNull(decided.creditCode()))
			.param("document", decided.documentId())
			.param("number", decided.documentNumber())
			.param("agencyCode", this.agencies.agency(decided.agencyId()).code())
			.param("partySearch", shown.toLowerCase(Locale.ROOT))
			.param("numberSearch",
					(decided.documentNumber() == null) ? null : DocumentNumberKey.of(decided.documentNumber()))
			.param("licence", decided.licenceId())
			.param("party", decided.partyId())
			.param("legal", person ? null : blankToNull(decided.legalRepresentative()))
			.param("title", decided.documentTitle())
			.param("category", decided.category())
			.param("certName", decided.certificateName())
			.param("certNumber", decided.certificateNumber())
			.param("content", (decided.content() == null) ? null : Redactor.propose(decided.content(), persons))
			.param("decided", sqlDate(decided.decidedOn()))
			.param("validFrom", sqlDate(decided.validFrom()))
			.param("validTo", sqlDate(decided.validTo()))
			.param("agencyName", decided.agencyName())
			.param("agencyCredit", blankToNull(decided.agencyCreditCode()))
			.param("status", IN_FORCE)
			.param("source", decided.agencyName())
			.update();
		of(publicationId).ifPresent((f) -> addVersion(f, recordedBy, at, "行政许可决定作出（" + decided.decidedOn() + "）"));
	}

	/** A licensed party's kind: with a credit code an organisation, else by its name. */
	static CaseEvent.PartyCategory kindOf(String name, String creditCode) {
		if (creditCode != null && !creditCode.isBlank()) {
			return CaseEvent.PartyCategory.LEGAL_PERSON;
		}
		return ORGANISATION.matcher(name).find() ? CaseEvent.PartyCategory.OTHER
				: CaseEvent.PartyCategory.NATURAL_PERSON;
	}

	/** The publication of a licence (its decision), if it was recorded. */
	Optional<Long> publicationOfLicence(long licenceId) {
		return this.jdbc
			.sql("select publication_id from publicity_credit where licence_id = :licence order by publication_id")
			.param("licence", licenceId)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * A licence was changed or extended: 许可内容 (redacted), the validity and the new
	 * decision's 文号 in the fields, as a new version of them.
	 */
	void amend(long publicationId, LicenceAmended amended, String by, Instant at) {
		CreditFields current = of(publicationId).orElse(null);
		if (current == null || current.licence() == null) {
			return;
		}
		Set<String> persons = current.partyNamePublic().equals(current.partyName()) ? Set.of()
				: Set.of(current.partyName());
		CreditFields.Licence l = current.licence();
		this.jdbc.sql("""
				update publicity_credit set licence_content = :content, valid_from = :validFrom, valid_to = :validTo
				where publication_id = :id""")
			.param("content",
					(amended.content() == null || amended.content().isBlank()) ? l.content()
							: Redactor.propose(amended.content(), persons))
			.param("validFrom", sqlDate((amended.validFrom() != null) ? amended.validFrom() : l.validFrom()))
			.param("validTo", sqlDate((amended.validTo() != null) ? amended.validTo() : l.validTo()))
			.param("id", publicationId)
			.update();
		addVersion(of(publicationId).orElseThrow(), by, at,
				"许可" + amended.kind().label() + "（" + amended.documentNumber() + "，" + amended.decidedOn() + "）"
						+ ((amended.reason() == null) ? "" : Redactor.propose("：" + amended.reason(), persons)));
	}

	/** 当前状态 of a licence's publication: 撤销, 撤回, 吊销 or 注销. */
	void ended(long publicationId, String status, String by, Instant at, String why) {
		int updated = this.jdbc.sql("update publicity_credit set current_status = :status where publication_id = :id")
			.param("status", status)
			.param("id", publicationId)
			.update();
		if (updated == 1) {
			of(publicationId).ifPresent((f) -> addVersion(f, by, at, why));
		}
	}

	/**
	 * The publisher's correction of the fields (before or after publication): checked —
	 * the credit code by its check character (GB 32100), none for a natural person; dates
	 * as ISO and 有效期自 not after 有效期至; free text without personal data — and kept as a new
	 * version with who, when and why. {@code expectedVersion} is the version the form
	 * showed: another edit in between is a 409.
	 */
	CreditFields edit(long publicationId, int expectedVersion, Edit edit, String by, Instant at) {
		CreditFields current = of(publicationId)
			.orElseThrow(() -> refusal("PUBLICATION_CREDIT_NONE", "该公示没有双公示字段，无法修改。", HttpStatus.NOT_FOUND));
		int before = currentVersion(publicationId);
		if (before != expectedVersion) {
			throw RuleViolation.conflict("双公示字段刚被他人修改过，请刷新页面查看最新版本后再修改。");
		}
		if (before == 0) {
			addVersion(current, "系统", at, "决定作出时记录的字段");
		}
		String reason = text(edit.reason(), "修改理由", 500, true);
		String name = text(edit.partyName(), "行政相对人名称", 200, true);
		CaseEvent.PartyCategory kind;
		try {
			kind = CaseEvent.PartyCategory.valueOf(current.partyKind());
		}
		catch (IllegalArgumentException ex) {
			kind = CaseEvent.PartyCategory.OTHER;
		}
		boolean person = kind == CaseEvent.PartyCategory.NATURAL_PERSON;
		String code = blankToNull(edit.creditCode());
		if (code != null) {
			if (person) {
				throw refusal("PUBLICATION_CREDIT_CODE_PERSON", "自然人不公开统一社会信用代码，请留空。", HttpStatus.BAD_REQUEST);
			}
			code = code.toUpperCase(Locale.ROOT);
			CreditCode.check(code).ifPresent((violation) -> {
				throw violation;
			});
		}
		String shown = publicName(name, kind);
		Set<String> persons = new java.util.HashSet<>();
		if (!shown.equals(name)) {
			persons.add(name);
		}
		if (!current.partyNamePublic().equals(current.partyName())) {
			persons.add(current.partyName());
		}
		String number = text(edit.number(), "文书号", 100, false);
		if (current.licence() == null) {
			String types = text(edit.penaltyTypes(), "处罚类别", 500, false);
			if (types != null) {
				// 信用中国 joins the types with "；"; a semicolon or comma typed in either
				// width is the same
				types = String.join("；",
						java.util.Arrays.stream(types.split("[;；,，、]"))
							.map(String::strip)
							.filter((t) -> !t.isEmpty())
							.toList());
			}
			String basis = clean(text(edit.basis(), "处罚依据", 4000, false), "处罚依据", persons);
			java.math.BigDecimal fine = null;
			String fineText = blankToNull(edit.fine());
			if (fineText != null) {
				try {
					fine = new java.math.BigDecimal(fineText);
				}
				catch (NumberFormatException ex) {
					throw refusal("PUBLICATION_CREDIT_FINE", "罚款金额应为数字（元），例如 50000 或 50000.00。",
							HttpStatus.BAD_REQUEST);
				}
				if (fine.signum() < 0 || fine.scale() > 2 || fine.precision() - fine.scale() > 16) {
					throw refusal("PUBLICATION_CREDIT_FINE", "罚款金额应为不小于 0、至多两位小数的金额（元）。", HttpStatus.BAD_REQUEST);
				}
			}
			this.jdbc.sql("""
					update publicity_credit set party_name = :name, party_name_public = :shown, credit_code = :code,
					  document_number = :number, penalty_types = :types, fine_amount = :fine, basis = :basis,
					  party_search = :partySearch, number_search = :numberSearch
					where publication_id = :id""")
				.param("name", name)
				.param("shown", shown)
				.param("code", code)
				.param("number", number)
				.param("types", (types == null) ? "" : types)
				.param("fine", fine)
				.param("basis", basis)
				.param("partySearch", shown.toLowerCase(Locale.ROOT))
				.param("numberSearch", (number == null) ? null : DocumentNumberKey.of(number))
				.param("id", publicationId)
				.update();
		}
		else {
			LocalDate decidedOn = date(edit.decidedOn(), "许可决定日期", true);
			LocalDate validFrom = date(edit.validFrom(), "有效期自", false);
			LocalDate validTo = date(edit.validTo(), "有效期至", false);
			if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
				throw refusal("PUBLICATION_CREDIT_DATES", "有效期至不能早于有效期自。", HttpStatus.BAD_REQUEST);
			}
			if (validTo != null && decidedOn != null && validTo.isBefore(decidedOn)) {
				throw refusal("PUBLICATION_CREDIT_DATES", "有效期至不能早于许可决定日期。", HttpStatus.BAD_REQUEST);
			}
			String agencyCredit = blankToNull(edit.agencyCreditCode());
			if (agencyCredit != null) {
				agencyCredit = agencyCredit.toUpperCase(Locale.ROOT);
				CreditCode.check(agencyCredit).ifPresent((violation) -> {
					throw new RuleViolation(violation.code(), "许可机关" + violation.getMessage(), HttpStatus.BAD_REQUEST);
				});
			}
			String legal = person ? null : text(edit.legalRepresentative(), "法定代表人", 200, false);
			this.jdbc.sql("""
					update publicity_credit set party_name = :name, party_name_public = :shown, credit_code = :code,
					  document_number = :number, party_search = :partySearch, number_search = :numberSearch,
					  legal_representative = :legal, document_title = :title, licence_category = :category,
					  certificate_name = :certName, certificate_number = :certNumber, licence_content = :content,
					  decided_on = :decided, valid_from = :validFrom, valid_to = :validTo,
					  agency_credit_code = :agencyCredit, data_source = :source
					where publication_id = :id""")
				.param("name", name)
				.param("shown", shown)
				.param("code", code)
				.param("number", number)
				.param("partySearch", shown.toLowerCase(Locale.ROOT))
				.param("numberSearch", (number == null) ? null : DocumentNumberKey.of(number))
				.param("legal", legal)
				.param("title", text(edit.documentTitle(), "许可决定文书名称", 200, false))
				.param("category", text(edit.category(), "许可类别", 50, false))
				.param("certName", text(edit.certificateName(), "许可证书名称", 200, false))
				.param("certNumber", text(edit.certificateNumber(), "许可编号", 100, false))
				.param("content", clean(text(edit.content(), "许可内容", 4000, false), "许可内容", persons))
				.param("decided", sqlDate(decidedOn))
				.param("validFrom", sqlDate(validFrom))
				.param("validTo", sqlDate(validTo))
				.param("agencyCredit", agencyCredit)
				.param("source", text(edit.dataSource(), "数据来源单位", 200, false))
				.param("id", publicationId)
				.update();
		}
		CreditFields edited = of(publicationId).orElseThrow();
		try {
			addVersion(edited, by, at, reason);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw RuleViolation.conflict("双公示字段刚被他人修改过，请刷新页面查看最新版本后再修改。");
		}
		return edited;
	}

	/** What the publisher's form sends; all text, checked by {@link #edit}. */
	record Edit(String partyName, String creditCode, String number, String penaltyTypes, String fine, String basis,
			String legalRepresentative, String documentTitle, String category, String certificateName,
			String certificateNumber, String content, String decidedOn, String validFrom, String validTo,
			String agencyCreditCode, String dataSource, String reason) {

		/** The form filled with the current fields (and no reason). */
		static Edit of(CreditFields f) {
			CreditFields.Licence l = f.licence();
			if (l == null) {
				return new Edit(f.partyName(), f.creditCode(), f.number(), f.penaltyTypesText(),
						(f.fine() == null) ? null : f.fine().toPlainString(), f.basis(), null, null, null, null, null,
						null, null, null, null, null, null, null);
			}
			return new Edit(f.partyName(), f.creditCode(), f.number(), null, null, null, l.legalRepresentative(),
					l.documentTitle(), l.category(), l.certificateName(), l.certificateNumber(), l.content(),
					str(l.decidedOn()), str(l.validFrom()), str(l.validTo()), l.agencyCreditCode(), l.dataSource(),
					null);
		}

		private static String str(LocalDate d) {
			return (d == null) ? null : d.toString();
		}

	}

	private static String clean(String value, String what, Set<String> persons) {
		if (value == null) {
			return null;
		}
		List<String> residue = Redactor.residue(value, persons);
		if (!residue.isEmpty()) {
			throw refusal("PUBLICATION_PERSONAL_DATA", what + "仍含个人信息（" + String.join("、", residue) + "），请删除后再保存。",
					HttpStatus.BAD_REQUEST);
		}
		return value;
	}

	private static String text(String value, String what, int max, boolean required) {
		String v = blankToNull(value);
		if (v == null) {
			if (required) {
				throw refusal("PUBLICATION_FIELD_REQUIRED", "请填写" + what + "。", HttpStatus.BAD_REQUEST);
			}
			return null;
		}
		if (v.length() > max) {
			throw refusal("PUBLICATION_FIELD_TOO_LONG", what + "不能超过 " + max + " 字。", HttpStatus.BAD_REQUEST);
		}
		return v;
	}

	private static LocalDate date(String value, String what, boolean required) {
		String v = blankToNull(value);
		if (v == null) {
			if (required) {
				throw refusal("PUBLICATION_FIELD_REQUIRED", "请填写" + what + "。", HttpStatus.BAD_REQUEST);
			}
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw refusal("PUBLICATION_CREDIT_DATE", what + "应为日期，格式如 2026-09-28。", HttpStatus.BAD_REQUEST);
		}
	}

	private static RuleViolation refusal(String code, String message, HttpStatus status) {
		return new RuleViolation(code, message, status);
	}

	/** The versions of a publication's fields, newest first. */
	List<Version> versions(long publicationId) {
		return this.jdbc.sql("""
				select version_no, snapshot, edited_by, edited_at, reason from publicity_credit_version
				where publication_id = :id order by version_no desc""")
			.param("id", publicationId)
			.query((rs, i) -> new Version(rs.getInt("version_no"), rs.getString("snapshot"), rs.getString("edited_by"),
					rs.getTimestamp("edited_at").toInstant(), rs.getString("reason")))
			.list();
	}

	/** The number of the fields' current version (0 before any). */
	int currentVersion(long publicationId) {
		return this.jdbc
			.sql("select coalesce(max(version_no), 0) from publicity_credit_version where publication_id = :id")
			.param("id", publicationId)
			.query(Integer.class)
			.single();
	}

	/** One kept state of the fields. */
	record Version(int number, String snapshot, String editedBy, Instant editedAt, String reason) {
	}

	private void addVersion(CreditFields fields, String by, Instant at, String reason) {
		int next = currentVersion(fields.publicationId()) + 1;
		this.jdbc
			.sql("""
					insert into publicity_credit_version (publication_id, version_no, snapshot, edited_by, edited_at, reason)
					values (:id, :no, :snapshot, :by, :at, :reason)""")
			.param("id", fields.publicationId())
			.param("no", next)
			.param("snapshot", snapshot(fields))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("reason", cut(reason, 500))
			.update();
	}

	/** The fields as text, one per line, for the kept versions. */
	static String snapshot(CreditFields f) {
		StringBuilder out = new StringBuilder();
		line(out, "行政相对人名称", f.partyNamePublic());
		line(out, "行政相对人类别", f.partyKindName());
		line(out, "统一社会信用代码", f.creditCode());
		line(out, "文书号", f.number());
		CreditFields.Licence l = f.licence();
		if (l == null) {
			line(out, "处罚类别", f.penaltyTypesText());
			line(out, "罚款金额（元）", (f.fine() == null) ? null : f.fine().toPlainString());
			line(out, "处罚依据", f.basis());
		}
		else {
			line(out, "法定代表人", l.legalRepresentative());
			line(out, "许可决定文书名称", l.documentTitle());
			line(out, "许可类别", l.category());
			line(out, "许可证书名称", l.certificateName());
			line(out, "许可编号", l.certificateNumber());
			line(out, "许可内容", l.content());
			line(out, "许可决定日期", l.decidedOn());
			line(out, "有效期自", l.validFrom());
			line(out, "有效期至", l.validTo());
			line(out, "许可机关", l.agencyName());
			line(out, "许可机关统一社会信用代码", l.agencyCreditCode());
			line(out, "当前状态", l.currentStatus());
			line(out, "数据来源单位", l.dataSource());
		}
		return cut(out.toString(), 8000);
	}

	private static void line(StringBuilder out, String label, Object value) {
		out.append(label).append("：").append((value == null) ? "" : value).append('\n');
	}

	private static String cut(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static java.sql.Date sqlDate(LocalDate d) {
		return (d == null) ? null : java.sql.Date.valueOf(d);
	}

}
