/**
 * The official working-day calendar (statutory days off and 调休 make-up working days from
 * the State Council's yearly notices), working-day and calendar-day arithmetic, statutory
 * time limits as data, and the deadline service.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform" })
package org.sanxiang.calendar;
