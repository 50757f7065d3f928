package org.sanxiang.audit;

import org.sanxiang.core.AppendOnlyTableTrigger;

/**
 * Makes the embedded H2 database refuse UPDATE and DELETE on {@code audit_record}. Named
 * in the applied migration {@code h2/V3_1__audit_append_only.sql}, so it keeps its name;
 * the behaviour is {@link AppendOnlyTableTrigger}'s.
 */
public class AppendOnlyTrigger extends AppendOnlyTableTrigger {

}
