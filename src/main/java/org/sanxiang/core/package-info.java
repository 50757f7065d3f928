/**
 * Shared kernel: the few value types and contracts every module uses — the acting account
 * ({@link Actor}), the auditable-event contract ({@link AuditableEvent}), business-rule
 * refusals ({@link RuleViolation}) and their single mapping to RFC 9457 problem details,
 * the base of aggregates that register domain events ({@link AggregateRoot}), versions by
 * effective date ({@link EffectiveDated}) and search text made safe for SQL LIKE
 * ({@link LikePattern}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sanxiang.core;
