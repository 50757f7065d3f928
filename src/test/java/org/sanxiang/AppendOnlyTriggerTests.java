package org.sanxiang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.ledger.AppendOnlyTrigger;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the embedded H2 database every append-only table is guarded by a trigger class of
 * the module that owns the table — none of the shared kernel — and the old migrations,
 * which named the kernel's class, still run on a new database.
 */
class AppendOnlyTriggerTests {

	static final Map<String, String> OWNERS = Map.ofEntries(
			Map.entry("audit_record_no_update", "org.sanxiang.audit.AppendOnlyTrigger"),
			Map.entry("audit_record_no_delete", "org.sanxiang.audit.AppendOnlyTrigger"),
			Map.entry("ledger_entry_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("ledger_entry_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("ledger_checkpoint_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("ledger_checkpoint_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("ledger_key_no_update", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("ledger_key_no_delete", "org.sanxiang.ledger.AppendOnlyTrigger"),
			Map.entry("subject_change_no_update", "org.sanxiang.subject.AppendOnlyTrigger"),
			Map.entry("subject_change_no_delete", "org.sanxiang.subject.AppendOnlyTrigger"),
			Map.entry("evidence_item_no_update", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("evidence_item_no_delete", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("evidence_custody_no_update", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("evidence_custody_no_delete", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("case_entry_no_update", "org.sanxiang.casefile.AppendOnlyTrigger"),
			Map.entry("case_entry_no_delete", "org.sanxiang.casefile.AppendOnlyTrigger"),
			Map.entry("evidence_item_device_no_update", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("evidence_item_device_no_delete", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("recording_device_status_no_update", "org.sanxiang.evidence.AppendOnlyTrigger"),
			Map.entry("recording_device_status_no_delete", "org.sanxiang.evidence.AppendOnlyTrigger"));

	@TempDir
	Path dir;

	@Test
	void onANewDatabaseEachAppendOnlyTableIsGuardedByItsOwnersTrigger() {
		JdbcDataSource h2 = h2("jdbc:h2:mem:triggers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		AppendOnlyTrigger.answerToFormerName();
		migrate(h2, "classpath:db/migration/h2");
		JdbcClient jdbc = JdbcClient.create(h2);

		assertThat(triggerClasses(jdbc)).isEqualTo(OWNERS);
		jdbc.sql(
				"insert into ledger_key (fingerprint, public_key_pem, created_at) values ('f', 'pem', current_timestamp)")
			.update();
		assertThatThrownBy(() -> jdbc.sql("delete from ledger_key").update()).rootCause()
			.hasMessageContaining("ledger_key is append-only");
	}

	@Test
	void aDatabaseMigratedBeforeTheTriggersMovedIsRepointedToTheOwners() throws IOException {
		Path before = Files.createDirectories(this.dir.resolve("h2-before"));
		for (String name : names()) {
			if (!name.startsWith("V5_5__") && !name.startsWith("V6_2__") && !name.startsWith("V10_2__")) {
				Files.copy(new ClassPathResource("db/migration/h2/" + name).getInputStream(), before.resolve(name));
			}
		}
		String url = "jdbc:h2:file:" + this.dir.resolve("db");
		AppendOnlyTrigger.answerToFormerName();
		migrate(h2(url), "filesystem:" + before);
		assertThat(triggerClasses(JdbcClient.create(h2(url))))
			.containsValue("org.sanxiang.core.AppendOnlyTableTrigger");

		migrate(h2(url), "classpath:db/migration/h2");

		assertThat(triggerClasses(JdbcClient.create(h2(url)))).isEqualTo(OWNERS);
	}

	private static List<String> names() throws IOException {
		List<String> names = new java.util.ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/h2/*.sql")) {
			names.add(resource.getFilename());
		}
		return names;
	}

	private static JdbcDataSource h2(String url) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		h2.setUser("sa");
		return h2;
	}

	private static void migrate(JdbcDataSource h2, String vendorLocation) {
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/common", vendorLocation)
			.outOfOrder(true)
			.load()
			.migrate();
	}

	private static Map<String, String> triggerClasses(JdbcClient jdbc) {
		return jdbc
			.sql("select trigger_name, java_class from information_schema.triggers where trigger_schema = 'public'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
