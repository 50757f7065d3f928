package org.sanxiang.audit;

import org.sanxiang.platform.AppendOnlyRows;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on {@code audit_record}, as the
 * PostgreSQL triggers do. Named in {@code h2/V3_1__audit_append_only.sql}, so it keeps
 * its name.
 */
public class AppendOnlyTrigger extends AppendOnlyRows {

	public AppendOnlyTrigger() {
		super("audit_record");
	}

}
