package org.sanxiang.ledger;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.ledger.verifier.MerkleHashes;

/**
 * The RFC 9162 Merkle tree over the ledger's leaf hashes, keeping the hash of every
 * complete (perfect, aligned) subtree as leaves arrive. The root of any earlier size, an
 * inclusion proof or a consistency proof then needs only O(log n) look-ups and hashes,
 * never a rebuild.
 */
final class MerkleTree {

	/**
	 * levels.get(k) holds the hashes of the complete subtrees of 2^k leaves, in order, 32
	 * bytes each.
	 */
	private final List<HashArray> levels = new ArrayList<>();

	synchronized long size() {
		return this.levels.isEmpty() ? 0 : this.levels.get(0).count;
	}

	synchronized void append(byte[] leafHash) {
		if (this.levels.isEmpty()) {
			this.levels.add(new HashArray());
		}
		this.levels.get(0).add(leafHash);
		for (int k = 0; this.levels.get(k).count % 2 == 0; k++) {
			HashArray level = this.levels.get(k);
			if (this.levels.size() == k + 1) {
				this.levels.add(new HashArray());
			}
			this.levels.get(k + 1).add(MerkleHashes.node(level.get(level.count - 2), level.get(level.count - 1)));
		}
	}

	synchronized byte[] leafHash(long index) {
		return this.levels.get(0).get(Math.toIntExact(index));
	}

	synchronized byte[] root(long size) {
		requireSize(size);
		return (size == 0) ? MerkleHashes.emptyRoot() : hash(0, size);
	}

	synchronized List<byte[]> inclusionProof(long index, long size) {
		requireSize(size);
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("index " + index + " outside tree of size " + size);
		}
		List<byte[]> proof = new ArrayList<>();
		path(index, 0, size, proof);
		return proof;
	}

	synchronized List<byte[]> consistencyProof(long first, long second) {
		requireSize(second);
		if (first <= 0 || first > second) {
			throw new IllegalArgumentException("sizes " + first + ", " + second + " do not allow a consistency proof");
		}
		List<byte[]> proof = new ArrayList<>();
		subproof(first, 0, second, true, proof);
		return proof;
	}

	private void path(long m, long start, long end, List<byte[]> proof) {
		if (end - start == 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(end - start);
		if (m < start + k) {
			path(m, start, start + k, proof);
			proof.add(hash(start + k, end));
		}
		else {
			path(m, start + k, end, proof);
			proof.add(hash(start, start + k));
		}
	}

	private void subproof(long m, long start, long end, boolean complete, List<byte[]> proof) {
		long n = end - start;
		if (m == n) {
			if (!complete) {
				proof.add(hash(start, end));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, start, start + k, complete, proof);
			proof.add(hash(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, proof);
			proof.add(hash(start, start + k));
		}
	}

	/**
	 * MTH of leaves [start, end); left parts of the RFC's split are always complete
	 * aligned subtrees.
	 */
	private byte[] hash(long start, long end) {
		long n = end - start;
		if (Long.bitCount(n) == 1 && start % n == 0) {
			int level = Long.numberOfTrailingZeros(n);
			return this.levels.get(level).get(Math.toIntExact(start / n));
		}
		long k = largestPowerOfTwoBelow(n);
		return MerkleHashes.node(hash(start, start + k), hash(start + k, end));
	}

	private void requireSize(long size) {
		if (size < 0 || size > size()) {
			throw new IllegalArgumentException("tree size " + size + " is beyond the current size " + size());
		}
	}

	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

}
