/**
 * Shared kernel: the value objects and contracts every module uses — the acting account
 * ({@link Actor}), the auditable-event and sealed-record contracts
 * ({@link AuditableEvent}, {@link SealedRecord}), business-rule refusals
 * ({@link RuleViolation}, {@link Unavailable}), bounded places for costly work
 * ({@link Slots}), the base of aggregates that register domain events
 * ({@link AggregateRoot}), versions by effective date ({@link EffectiveDated}), search
 * text made safe for SQL LIKE ({@link LikePattern}), identifiers after the national
 * standards, dates, money and paging. No web runtime, storage or database code: those are
 * {@code platform}'s, {@code storage}'s and the owning modules'.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sanxiang.core;
