/**
 * Identity and access: agencies (执法主体) and departments as an org tree, accounts and
 * roles, login, data scope, and the separation of the three administrators (三员分立).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform" })
package org.sanxiang.identity;
