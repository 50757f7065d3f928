package org.sanxiang.ledger.verifier;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs (RFC 9162 §2.1.3.2 and §2.1.4.2).
 * Indices and sizes are unsigned 64-bit values held in {@code long}s. Every hash must be
 * 32 bytes; the root of the empty tree must be SHA-256 of the empty string.
 */
public final class MerkleProofs {

	private MerkleProofs() {
	}

	public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root)
			throws ProofException {
		requireHash("leaf hash", leafHash);
		requireHash("root", root);
		for (byte[] node : proof) {
			requireHash("proof node", node);
		}
		if (Long.compareUnsigned(index, treeSize) >= 0) {
			throw new ProofException("index " + Long.toUnsignedString(index) + " is not inside a tree of size "
					+ Long.toUnsignedString(treeSize));
		}
		long fn = index;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			if (sn == 0) {
				throw new ProofException("the proof is longer than the path from the leaf to the root");
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = MerkleHashes.node(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>>= 1;
						sn >>>= 1;
					}
				}
			}
			else {
				r = MerkleHashes.node(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		if (sn != 0) {
			throw new ProofException("the proof is shorter than the path from the leaf to the root");
		}
		if (!MessageDigest.isEqual(r, root)) {
			throw new ProofException("the proof leads to root " + hex(r) + ", not to the expected root " + hex(root));
		}
	}

	public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
			throws ProofException {
		if (Long.compareUnsigned(size2, size1) < 0) {
			throw new ProofException("the second tree (" + Long.toUnsignedString(size2)
					+ ") is smaller than the first (" + Long.toUnsignedString(size1) + ")");
		}
		if (size1 == size2) {
			if (!proof.isEmpty()) {
				throw new ProofException("the trees have the same size, so the proof must be empty");
			}
			if (size1 == 0 && !MessageDigest.isEqual(root1, MerkleHashes.emptyRoot())) {
				throw new ProofException("the root of an empty tree must be SHA-256 of the empty string");
			}
			if (!MessageDigest.isEqual(root1, root2)) {
				throw new ProofException("trees of the same size have different roots");
			}
			return;
		}
		requireHash("first root", root1);
		requireHash("second root", root2);
		for (byte[] node : proof) {
			requireHash("proof node", node);
		}
		if (size1 == 0) {
			throw new ProofException("a consistency proof from the empty tree proves nothing");
		}
		if (proof.isEmpty()) {
			throw new ProofException("the proof is empty");
		}
		List<byte[]> path = new ArrayList<>(proof);
		if ((size1 & (size1 - 1)) == 0) {
			path.add(0, root1);
		}
		long fn = size1 - 1;
		long sn = size2 - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				throw new ProofException("the proof is longer than expected");
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = MerkleHashes.node(c, fr);
				sr = MerkleHashes.node(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = MerkleHashes.node(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		if (sn != 0) {
			throw new ProofException("the proof is shorter than expected");
		}
		if (!MessageDigest.isEqual(fr, root1)) {
			throw new ProofException("the proof does not lead to the first root " + hex(root1));
		}
		if (!MessageDigest.isEqual(sr, root2)) {
			throw new ProofException("the proof does not lead to the second root " + hex(root2));
		}
	}

	private static void requireHash(String what, byte[] hash) throws ProofException {
		if (hash == null || hash.length != MerkleHashes.SIZE) {
			throw new ProofException(what + " must be " + MerkleHashes.SIZE + " bytes, not "
					+ (hash == null ? "missing" : hash.length + " bytes"));
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
