package org.sanxiang.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on {@code audit_record}, as the
 * PostgreSQL triggers do. Named in the applied migration
 * {@code h2/V3_1__audit_append_only.sql}, so it keeps its name; H2 instantiates it by
 * reflection.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_record is append-only", "42501");
	}

}
