package org.sanxiang.subject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 11.1: fills the bigram index of party names ({@code subject_name_gram}) for
 * the parties registered before it existed, with the same {@link PartyNameIndex#grams}
 * the application uses afterwards. A Spring bean, which Flyway runs in order.
 */
@Component
class NameIndexMigration implements JavaMigration {

	private static final int BATCH = 5_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("11.1");
	}

	@Override
	public String getDescription() {
		return "subject name index of existing parties";
	}

	@Override
	public Integer getChecksum() {
		return 1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement read = connection.createStatement();
				ResultSet parties = read.executeQuery("select id, name from subject_party order by id");
				PreparedStatement insert = connection
					.prepareStatement("insert into subject_name_gram (gram, party_id) values (?, ?)")) {
			int pending = 0;
			while (parties.next()) {
				for (String gram : PartyNameIndex.grams(parties.getString(2))) {
					insert.setString(1, gram);
					insert.setLong(2, parties.getLong(1));
					insert.addBatch();
					if (++pending == BATCH) {
						insert.executeBatch();
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
	}

}
