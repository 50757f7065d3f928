package org.sanxiang.subject;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on a party's change list
 * ({@code subject_change}), as the PostgreSQL trigger does. Named in
 * {@code h2/V10_2__subject_change_trigger_of_the_subject.sql}; H2 instantiates it by
 * reflection.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("subject_change is append-only", "42501");
	}

}
