package org.sanxiang.ledger;

import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.MerkleProofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MerkleTreeTests {

	/** The eight leaves of RFC 6962's test data. */
	static final List<String> RFC6962_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f");

	static MerkleTree treeOf(int size) {
		MerkleTree tree = new MerkleTree();
		for (int i = 0; i < size; i++) {
			tree.append(MerkleHashes.leaf(("leaf-" + i).getBytes()));
		}
		return tree;
	}

	@Test
	void theRootOfTheEightRfc6962LeavesIsTheKnownOne() {
		MerkleTree tree = new MerkleTree();
		RFC6962_LEAVES.forEach((leaf) -> tree.append(MerkleHashes.leaf(HexFormat.of().parseHex(leaf))));
		assertThat(HexFormat.of().formatHex(tree.root(8)))
			.isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
		assertThat(HexFormat.of().formatHex(tree.root(0)))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Property(tries = 200)
	void everyInclusionProofVerifiesAgainstItsRoot(@ForAll @IntRange(min = 1, max = 300) int size,
			@ForAll @IntRange(min = 0, max = 299) int index) {
		int leaf = index % size;
		MerkleTree tree = treeOf(size);
		assertThatCode(() -> MerkleProofs.verifyInclusion(leaf, size, tree.leafHash(leaf),
				tree.inclusionProof(leaf, size), tree.root(size)))
			.doesNotThrowAnyException();
	}

	@Property(tries = 200)
	void everyConsistencyProofVerifiesBetweenItsRoots(@ForAll @IntRange(min = 1, max = 300) int second,
			@ForAll @IntRange(min = 1, max = 300) int first) {
		int m = Math.min(first, second);
		MerkleTree tree = treeOf(second);
		assertThatCode(() -> MerkleProofs.verifyConsistency(m, second, tree.consistencyProof(m, second), tree.root(m),
				tree.root(second)))
			.doesNotThrowAnyException();
	}

	@Test
	void aProofForAnotherLeafDoesNotVerify() {
		MerkleTree tree = treeOf(37);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> MerkleProofs.verifyInclusion(5, 37, tree.leafHash(6), tree.inclusionProof(5, 37), tree.root(37))))
			.hasMessageContaining("not to the expected root");
	}

}
