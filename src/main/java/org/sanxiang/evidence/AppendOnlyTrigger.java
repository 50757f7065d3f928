package org.sanxiang.evidence;

import org.sanxiang.platform.AppendOnlyRows;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on evidence items and their
 * custody log, as the PostgreSQL triggers do. Named in
 * {@code h2/V30_1__evidence_append_only.sql}, so it keeps its name.
 */
public class AppendOnlyTrigger extends AppendOnlyRows {

	public AppendOnlyTrigger() {
		super("evidence");
	}

}
