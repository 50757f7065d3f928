/**
 * Inspections (行政检查) and random inspections (双随机、一公开): the agency's random-inspection
 * item list and its pools of parties and inspectors (一单两库), yearly plans, draws whose
 * randomness anyone can replay (commit–reveal, sealed in the ledger), inspection tasks
 * and the on-site record made on a phone. It tells other modules what happened through
 * its events ({@link org.sanxiang.inspection.InspectionCompleted},
 * {@link org.sanxiang.inspection.ViolationSuspected}); it knows no case or portal rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections", allowedDependencies = { "calendar", "core",
		"document", "evidence", "identity", "ledger", "legalbasis", "officer", "platform", "storage", "subject" })
package org.sanxiang.inspection;
