/**
 * Enforcement officers (执法人员): their enforcement certificates (执法证 — number, issuing
 * authority, validity, status) and the legal qualification of legal reviewers (法制审核人员).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "identity", "platform" })
package org.sanxiang.officer;
