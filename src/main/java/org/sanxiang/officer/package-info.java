/**
 * Enforcement officers (执法人员): their enforcement certificates (执法证 — number, issuing
 * authority, validity, status) and the legal qualification of legal reviewers (法制审核人员).
 */
package org.sanxiang.officer;
