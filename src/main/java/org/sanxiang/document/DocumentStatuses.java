package org.sanxiang.document;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sanxiang.core.SealedRecordStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger what became of a sealed document: issued and standing, or voided
 * (when, why), and which documents correct it; and finds a document by its 文号 however
 * typed, or by the 核验码 printed on it. Public facts only: what the 核验 page shows anyone
 * who holds the number or the file.
 */
@Component
class DocumentStatuses implements SealedRecordStatus.Provider {

	static final String SUBJECT_TYPE = "Document";

	private final JdbcClient jdbc;

	private final DocumentTypes types;

	DocumentStatuses(JdbcClient jdbc, DocumentTypes types) {
		this.jdbc = jdbc;
		this.types = types;
	}

	@Override
	public Optional<SealedRecordStatus> statusOf(String subjectType, String subjectId) {
		if (!SUBJECT_TYPE.equals(subjectType) || subjectId == null) {
			return Optional.empty();
		}
		if (subjectId.startsWith("DOC-") && subjectId.substring(4).matches("\\d{1,18}")) {
			return one("id = :v and doc_number is null", Long.parseLong(subjectId.substring(4)));
		}
		return one("doc_number = :v", subjectId);
	}

	@Override
	public Optional<SealedRecordStatus> find(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			return Optional.empty();
		}
		String code = reference.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (code.matches("[2-9A-Z]{12}")) {
			Optional<SealedRecordStatus> byCode = one("verify_code = :v",
					code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		return one("number_key = :v", DocumentNumberKey.of(reference));
	}

	private Optional<SealedRecordStatus> one(String condition, Object value) {
		return this.jdbc.sql("""
				select id, type_code, doc_number, issued_at, status, voided_at, void_reason from document
				where status <> 'DRAFT' and """ + " " + condition).param("v", value).query((rs, i) -> {
			long id = rs.getLong("id");
			String number = rs.getString("doc_number");
			Timestamp voidedAt = rs.getTimestamp("voided_at");
			SealedRecordStatus.Voiding voided = "VOIDED".equals(rs.getString("status"))
					? new SealedRecordStatus.Voiding((voidedAt != null) ? voidedAt.toInstant() : null,
							rs.getString("void_reason"))
					: null;
			return new SealedRecordStatus(SUBJECT_TYPE, (number != null) ? number : "DOC-" + id,
					title(rs.getString("type_code"), number), rs.getTimestamp("issued_at").toInstant(), voided,
					corrections(id));
		}).optional();
	}

	/** The issued documents that correct this one, as people name them. */
	private List<String> corrections(long id) {
		return this.jdbc.sql("""
				select type_code, doc_number from document
				where corrects_id = :id and status = 'ISSUED' order by issued_at, id""")
			.param("id", id)
			.query((rs, i) -> title(rs.getString(1), rs.getString(2)))
			.list();
	}

	private String title(String typeCode, String number) {
		String name = this.types.get(typeCode).name();
		return (number != null) ? name + " " + number : name + "（无文号）";
	}

}
