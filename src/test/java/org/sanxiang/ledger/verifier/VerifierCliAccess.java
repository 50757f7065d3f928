package org.sanxiang.ledger.verifier;

import java.io.PrintStream;

/** Lets tests outside the package run the command-line verifier in-process. */
public final class VerifierCliAccess {

	private VerifierCliAccess() {
	}

	public static int run(String[] args, PrintStream out) {
		return VerifierCli.run(args, out);
	}

	public static String string(String json, String name) throws ProofException {
		return VerifierCli.string(json, name);
	}

}
