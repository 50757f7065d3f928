/**
 * The tamper-evident ledger: an append-only RFC 9162 Merkle log of every sealed record,
 * signed checkpoints (SM2 with SM3), inclusion and consistency proofs, and the public API
 * outsiders verify against.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "platform", "storage" })
package org.sanxiang.ledger;
