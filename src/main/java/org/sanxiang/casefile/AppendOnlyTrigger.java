package org.sanxiang.casefile;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on a case's timeline
 * ({@code case_entry}), as the PostgreSQL triggers do. Named in
 * {@code h2/V57__case_entry_append_only.sql}; H2 instantiates it by reflection.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table = "case_entry";

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only", "42501");
	}

}
