package org.sanxiang.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;
import org.sanxiang.storage.FileSystemBlobStore;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with database access changes the ledger behind the application's back — one
 * entry's bytes changed, one deleted, two swapped — and the integrity check names each
 * one. Subclasses choose the database.
 */
abstract class TamperContract {

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerIntegrity integrity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FileSystemBlobStore blobs;

	/** Lifts the database's own refusal, as an attacker with owner rights would. */
	abstract void disableDatabaseProtection();

	@Test
	void theIntegrityCheckNamesEveryChangedDeletedOrSwappedEntry() {
		for (int i = 0; i < 12; i++) {
			String id = "t-" + i;
			this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord(id, id, true)));
		}
		this.ledger.checkpoint();
		assertThat(this.integrity.check("test").intact()).isTrue();

		disableDatabaseProtection();
		this.jdbc
			.sql("update ledger_entry set leaf_input = replace(leaf_input, 'account: system', 'account: forger') "
					+ "where entry_index = 10")
			.update();
		this.jdbc.sql("delete from ledger_entry where entry_index = 13").update();
		String a = this.jdbc.sql("select leaf_input from ledger_entry where entry_index = 15")
			.query(String.class)
			.single();
		String b = this.jdbc.sql("select leaf_input from ledger_entry where entry_index = 16")
			.query(String.class)
			.single();
		this.jdbc.sql("update ledger_entry set leaf_input = :b where entry_index = 15").param("b", b).update();
		this.jdbc.sql("update ledger_entry set leaf_input = :a where entry_index = 16").param("a", a).update();

		IntegrityReport report = this.integrity.check("test");
		assertThat(report.intact()).isFalse();
		assertThat(report.problems()).anyMatch((p) -> p.contains("第10条记录的内容已被改动"))
			.anyMatch((p) -> p.contains("第13条记录缺失"))
			.anyMatch((p) -> p.contains("第15条记录的内容声明序号为16"))
			.anyMatch((p) -> p.contains("第16条记录的内容声明序号为15"))
			.anyMatch((p) -> p.contains("检查点"));
		assertThat(report.problems()).noneMatch((p) -> p.contains("第11条"));
		assertThat(new AuditTrail(this.jdbc).entries("LEDGER_INTEGRITY_CHECKED"))
			.anySatisfy((r) -> assertThat(r.get("result")).isEqualTo("FAILURE"));
	}

	@Test
	void theIntegrityCheckNamesEveryBlobChangedOrRemovedBehindTheApplication() throws IOException {
		String[] sha = new String[3];
		long[] index = new long[3];
		for (int i = 0; i < 3; i++) {
			byte[] pdf = ("%PDF-1.7 sealed document " + i + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
			ContentDigests digests = this.blobs.put(pdf).digests();
			sha[i] = digests.sha256();
			index[i] = this.transactions
				.execute((s) -> this.ledger.append(new BlobRecord("doc-" + digests.sha256(), digests)))
				.index();
		}
		assertThat(this.integrity.check("test").problems()).noneMatch((p) -> p.contains("文件"));

		Path changed = this.blobs.pathOf(sha[0]);
		changed.toFile().setWritable(true);
		Files.write(changed, "%PDF-1.7 forged".getBytes(StandardCharsets.UTF_8));
		Files.delete(this.blobs.pathOf(sha[2]));

		IntegrityReport report = this.integrity.check("test");
		assertThat(report.intact()).isFalse();
		assertThat(report.problems())
			.anyMatch((p) -> p.contains("第" + index[0] + "条记录的文件") && p.contains(sha[0]) && p.contains("已被改动"))
			.anyMatch((p) -> p.contains("第" + index[2] + "条记录的文件") && p.contains("已不在文件库中"))
			.noneMatch((p) -> p.contains(sha[1]));
	}

	/** A record whose bytes live in the blob store, as an issued document's PDF does. */
	record BlobRecord(String subjectId, ContentDigests contentDigests) implements SealedRecord {

		@Override
		public String entryType() {
			return "TEST_BLOB";
		}

		@Override
		public String subjectType() {
			return "TestBlob";
		}

		@Override
		public boolean subjectIsPublic() {
			return false;
		}

		@Override
		public boolean contentStoredAsBlob() {
			return true;
		}

	}

}
