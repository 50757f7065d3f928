package org.sanxiang.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.sanxiang.core.CaseFileSource;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.storage.BlobStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An owner's issued documents for its 案卷 (正卷), in the order they were issued (date, then
 * the order of issuing): each as its archival PDF exactly as stored and sealed when it
 * was issued. A voided document stays in the file, marked so; drafts are not part of it.
 */
@Component
class DocumentCaseFiles implements CaseFileSource {

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final DocumentTypes types;

	DocumentCaseFiles(JdbcClient jdbc, BlobStore blobs, DocumentTypes types) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.types = types;
	}

	@Override
	public List<Entry> entries(String ownerKind, String ownerId, Set<Long> scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, agency_id, type_code, status, doc_number, issue_date, pdf_sha256, pdf_sm3, pdf_size
				from document
				where owner_kind = :kind and owner_id = :id and agency_id in (:scope) and status <> 'DRAFT'
				order by issue_date, issued_at, id""")
			.param("kind", ownerKind)
			.param("id", ownerId)
			.param("scope", scope)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				String number = rs.getString("doc_number");
				LocalDate issued = rs.getDate("issue_date").toLocalDate();
				String typeName = this.types.get(rs.getString("type_code")).name();
				boolean voided = "VOIDED".equals(rs.getString("status"));
				String sha256 = rs.getString("pdf_sha256");
				String title = typeName + ((number != null) ? " " + number : "") + (voided ? "（已作废）" : "");
				// an unnumbered document (a 笔录) is named by its date; the export numbers
				// a second one of the same day
				String fileName = typeName + "-" + ((number != null) ? number : issued.toString()) + ".pdf";
				return new Entry(Section.MAIN, String.format("1-%s-%03d", issued, n), "文书", title, issued, fileName,
						rs.getLong("pdf_size"), new ContentDigests(sha256, rs.getString("pdf_sm3")), "Document",
						Document.ledgerSubjectId(number, id), rs.getLong("agency_id"),
						() -> this.blobs.open(sha256).orElseThrow(() -> new IOException("文书 " + title + " 的文件缺失")));
			})
			.list();
	}

}
