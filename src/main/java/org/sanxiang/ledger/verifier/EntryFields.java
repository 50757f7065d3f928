package org.sanxiang.ledger.verifier;

/**
 * Reads one {@code name: value} line of an entry's bytes (the ledger's canonical entry
 * encoding).
 */
public final class EntryFields {

	private EntryFields() {
	}

	/**
	 * The value of field {@code name}, or {@code null} when the entry has no such line.
	 */
	public static String get(String leafInput, String name) {
		for (String line : leafInput.split("\n")) {
			if (line.startsWith(name + ": ")) {
				return line.substring(name.length() + 2);
			}
		}
		return null;
	}

}
