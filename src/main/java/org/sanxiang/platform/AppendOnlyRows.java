package org.sanxiang.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on a table, as the PostgreSQL
 * triggers do. Each module that owns append-only tables names its own subclass
 * ({@code <module>.AppendOnlyTrigger}) in its H2 migrations — an applied migration never
 * changes, so those names stay; H2 instantiates them by reflection. The refusal's SQL
 * state is 42501 (insufficient privilege), as PostgreSQL's.
 */
public abstract class AppendOnlyRows implements Trigger {

	private String table;

	protected AppendOnlyRows(String defaultTable) {
		this.table = defaultTable;
	}

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table.toLowerCase(Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(this.table + " is append-only", "42501");
	}

}
