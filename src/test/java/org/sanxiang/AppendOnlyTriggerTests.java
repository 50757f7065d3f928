package org.sanxiang;

import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.AppendOnlyTrigger;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the embedded H2 database every append-only table is guarded by a trigger class of
 * the module that owns the table — none of the shared kernel — and the old migrations,
 * which named the kernel's class, still run on a new database.
 */
class AppendOnlyTriggerTests {

	@Test
	void eachAppendOnlyTableIsGuardedByItsOwnersTriggerAfterEveryMigration() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:triggers-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		AppendOnlyTrigger.answerToFormerName();
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(h2);

		Map<String, String> classes = jdbc
			.sql("select trigger_name, java_class from information_schema.triggers where trigger_schema = 'public'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(classes).containsOnly(Map.entry("audit_record_no_update", "org.sanxiang.audit.AppendOnlyTrigger"),
				Map.entry("audit_record_no_delete", "org.sanxiang.audit.AppendOnlyTrigger"),
				Map.entry("ledger_entry_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("ledger_entry_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("ledger_checkpoint_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("ledger_checkpoint_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("ledger_key_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("ledger_key_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
				Map.entry("subject_change_no_update", "org.sanxiang.subject.AppendOnlyTrigger"),
				Map.entry("subject_change_no_delete", "org.sanxiang.subject.AppendOnlyTrigger"));
		jdbc.sql(
				"insert into ledger_key (fingerprint, public_key_pem, created_at) values ('f', 'pem', current_timestamp)")
			.update();
		assertThatThrownBy(() -> jdbc.sql("delete from ledger_key").update()).rootCause()
			.hasMessageContaining("ledger_key is append-only");
	}

}
