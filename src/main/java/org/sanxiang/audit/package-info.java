/**
 * The audit trail: one append-only record for every login, every refused authorisation,
 * every state change and every administrator action. Listens for
 * {@link org.sanxiang.core.AuditableEvent} and security events only, so it depends on no
 * business module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform" })
package org.sanxiang.audit;
