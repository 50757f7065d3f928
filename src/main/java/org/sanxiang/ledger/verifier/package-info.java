/**
 * The outsiders' verifier: RFC 9162 Merkle proofs, checkpoint signatures (SM2 with SM3)
 * and proof bundles, with no Spring dependency, packaged as its own executable jar
 * ({@code sanxiang-verifier.jar}). The server checks its own proofs with this same code.
 */
package org.sanxiang.ledger.verifier;
