package org.sanxiang.ledger.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 §2.1.1 hashing with SHA-256: leaf = H(0x00 ‖ input), interior node = H(0x01 ‖
 * left ‖ right).
 */
public final class MerkleHashes {

	public static final int SIZE = 32;

	private MerkleHashes() {
	}

	public static byte[] emptyRoot() {
		return digest().digest();
	}

	public static byte[] leaf(byte[] input) {
		MessageDigest sha = digest();
		sha.update((byte) 0x00);
		return sha.digest(input);
	}

	public static byte[] node(byte[] left, byte[] right) {
		MessageDigest sha = digest();
		sha.update((byte) 0x01);
		sha.update(left);
		return sha.digest(right);
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
