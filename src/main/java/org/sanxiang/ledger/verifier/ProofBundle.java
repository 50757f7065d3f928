package org.sanxiang.ledger.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an outsider needs to check one sealed record offline: the signed checkpoint,
 * the entry's exact bytes and its inclusion proof. A small text file, one
 * {@code name: value} line each (documented in docs/ledger.md).
 */
public record ProofBundle(String checkpointBody, byte[] signature, long index, byte[] leafInput, List<byte[]> proof) {

	static final String HEADER = "sanxiang-proof-bundle/1";

	public String format() {
		List<String> nodes = this.proof.stream().map(HexFormat.of()::formatHex).toList();
		return HEADER + "\n" + "checkpoint: "
				+ Base64.getEncoder().encodeToString(this.checkpointBody.getBytes(StandardCharsets.UTF_8)) + "\n"
				+ "signature: " + Base64.getEncoder().encodeToString(this.signature) + "\n" + "index: " + this.index
				+ "\n" + "leaf-input: " + Base64.getEncoder().encodeToString(this.leafInput) + "\n" + "proof: "
				+ String.join(",", nodes) + "\n";
	}

	public static ProofBundle parse(String text) throws ProofException {
		String[] lines = text.replace("\r", "").split("\n");
		if (lines.length == 0 || !HEADER.equals(lines[0].strip())) {
			throw new ProofException("not a proof bundle (first line must be " + HEADER + ")");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
			}
		}
		try {
			List<byte[]> proof = new ArrayList<>();
			String nodes = require(fields, "proof", true);
			if (!nodes.isEmpty()) {
				for (String node : nodes.split(",")) {
					proof.add(HexFormat.of().parseHex(node.strip()));
				}
			}
			return new ProofBundle(
					new String(Base64.getDecoder().decode(require(fields, "checkpoint", false)),
							StandardCharsets.UTF_8),
					Base64.getDecoder().decode(require(fields, "signature", false)),
					Long.parseLong(require(fields, "index", false)),
					Base64.getDecoder().decode(require(fields, "leaf-input", false)), proof);
		}
		catch (IllegalArgumentException ex) {
			throw new ProofException("the proof bundle is malformed: " + ex.getMessage());
		}
	}

	private static String require(Map<String, String> fields, String name, boolean mayBeEmpty) throws ProofException {
		String value = fields.get(name);
		if (value == null || (!mayBeEmpty && value.isEmpty())) {
			throw new ProofException("the proof bundle has no '" + name + "' line");
		}
		return value;
	}

	/**
	 * Checks the bundle against the agency's public key: the checkpoint's signature, then
	 * the entry's inclusion in the signed tree. Returns the verified checkpoint.
	 */
	public Checkpoint verify(org.bouncycastle.crypto.params.ECPublicKeyParameters key) throws ProofException {
		Sm2Signatures.verify(key, this.checkpointBody.getBytes(StandardCharsets.UTF_8), this.signature);
		Checkpoint checkpoint = Checkpoint.parse(this.checkpointBody);
		MerkleProofs.verifyInclusion(this.index, checkpoint.treeSize(), MerkleHashes.leaf(this.leafInput), this.proof,
				checkpoint.rootHash());
		return checkpoint;
	}

	/**
	 * The value of one {@code name: value} line of the entry's bytes, e.g.
	 * {@code sha256}.
	 */
	public String entryField(String name) {
		return EntryFields.get(new String(this.leafInput, StandardCharsets.UTF_8), name);
	}

}
