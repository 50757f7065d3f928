package org.sanxiang.ledger.verifier;

/** A proof, checkpoint or bundle does not verify; the message says exactly why. */
public class ProofException extends Exception {

	public ProofException(String message) {
		super(message);
	}

}
