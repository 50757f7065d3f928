/**
 * Regulated parties (监管对象): organisations and natural persons under an agency's
 * supervision, their permits and contacts, and one file per party (一企一档); personal data
 * sealed at rest.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "identity", "platform", "storage" })
package org.sanxiang.subject;
