/**
 * The event publication registry as the system administrator sees it: the reactions of
 * one module to another's events ({@code @ApplicationModuleListener}) that have not
 * completed, and resubmitting one. Reactions run after the act commits; the registry
 * (Spring Modulith, JDBC) keeps each publication until its listener completes, and
 * publications still incomplete are resubmitted when the application restarts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform" })
package org.sanxiang.events;
