/**
 * The web runtime every module's pages and API share, with no business in it: refusals
 * mapped once to RFC 9457 problem details and the Chinese error page (including the
 * container's own errors), the language switch, date checks on every bound value, the
 * layout's navigation state and the pager's links, and the acting account of a request.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "core")
package org.sanxiang.platform;
