package org.sanxiang.casefile;

import org.sanxiang.platform.AppendOnlyRows;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on a case's timeline
 * ({@code case_entry}), as the PostgreSQL triggers do. Named in
 * {@code h2/V57__case_entry_append_only.sql}, so it keeps its name.
 */
public class AppendOnlyTrigger extends AppendOnlyRows {

	public AppendOnlyTrigger() {
		super("case_entry");
	}

}
