package org.sanxiang.core;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on an append-only table (the
 * audit trail, the ledger), as the PostgreSQL triggers do. Named in the H2 migrations; H2
 * instantiates it by reflection.
 */
public class AppendOnlyTableTrigger implements Trigger {

	private String table = "table";

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table.toLowerCase();
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only", "42501");
	}

}
