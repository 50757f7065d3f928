package org.sanxiang.subject;

import org.sanxiang.platform.AppendOnlyRows;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on a party's change list
 * ({@code subject_change}), as the PostgreSQL triggers do. Named in
 * {@code h2/V10_2__subject_change_trigger_of_the_subject.sql}, so it keeps its name.
 */
public class AppendOnlyTrigger extends AppendOnlyRows {

	public AppendOnlyTrigger() {
		super("subject_change");
	}

}
