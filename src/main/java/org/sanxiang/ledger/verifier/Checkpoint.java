package org.sanxiang.ledger.verifier;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A checkpoint body in the C2SP {@code tlog-checkpoint} text form: the origin line, the
 * tree size in decimal and the root hash in base64, each ending with a newline.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {

	public static Checkpoint parse(String body) throws ProofException {
		if (body == null || !body.endsWith("\n")) {
			throw new ProofException("a checkpoint body ends with a newline");
		}
		String[] lines = body.split("\n", -1);
		if (lines.length < 4 || lines[0].isEmpty()) {
			throw new ProofException("a checkpoint body has an origin line, a tree size and a root hash");
		}
		long size;
		try {
			size = Long.parseUnsignedLong(lines[1]);
		}
		catch (NumberFormatException ex) {
			throw new ProofException("the tree size '" + lines[1] + "' is not a decimal number");
		}
		byte[] root;
		try {
			root = Base64.getDecoder().decode(lines[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new ProofException("the root hash is not base64");
		}
		if (root.length != MerkleHashes.SIZE) {
			throw new ProofException("the root hash must be 32 bytes");
		}
		return new Checkpoint(lines[0], size, root);
	}

	public String body() {
		return this.origin + "\n" + Long.toUnsignedString(this.treeSize) + "\n"
				+ Base64.getEncoder().encodeToString(this.rootHash) + "\n";
	}

	public byte[] bodyBytes() {
		return body().getBytes(StandardCharsets.UTF_8);
	}

}
