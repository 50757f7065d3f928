package org.sanxiang.ledger;

import org.junit.jupiter.api.Test;
import org.sanxiang.AuditTrail;

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

}
