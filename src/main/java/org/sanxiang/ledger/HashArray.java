package org.sanxiang.ledger;

import java.util.Arrays;

import org.sanxiang.ledger.verifier.MerkleHashes;

/** A growable array of 32-byte hashes, one level of the {@link MerkleTree}. */
final class HashArray {

	private byte[] data = new byte[MerkleHashes.SIZE * 1024];

	int count;

	void add(byte[] hash) {
		if ((this.count + 1) * MerkleHashes.SIZE > this.data.length) {
			this.data = Arrays.copyOf(this.data, this.data.length * 2);
		}
		System.arraycopy(hash, 0, this.data, this.count * MerkleHashes.SIZE, MerkleHashes.SIZE);
		this.count++;
	}

	byte[] get(int index) {
		return Arrays.copyOfRange(this.data, index * MerkleHashes.SIZE, (index + 1) * MerkleHashes.SIZE);
	}

}
