package org.sanxiang.evidence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on evidence items and their
 * custody log, as the PostgreSQL triggers do. Named in
 * {@code h2/V30_1__evidence_append_only.sql}; H2 instantiates it by reflection.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table = "evidence";

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only", "42501");
	}

}
