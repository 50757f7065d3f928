package org.sanxiang.ledger;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanxiang.ledger.verifier.MerkleProofs;
import org.sanxiang.ledger.verifier.ProofException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verifier against the public RFC 6962 / RFC 9162 conformance vectors in
 * {@code ../shared/data/merkle-vectors} (never copied into the repository): every happy
 * path verifies, every broken proof is rejected.
 */
class MerkleVectorTests {

	static final Path VECTORS = Path.of("..", "shared", "data", "merkle-vectors", "testdata");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Path> vectors(String kind) throws IOException {
		Path dir = VECTORS.resolve(kind);
		if (!Files.isDirectory(dir)) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(
						"CI=true but the Merkle test vectors are missing at " + dir.toAbsolutePath());
			}
			Assumptions.abort("Merkle test vectors not found at " + dir.toAbsolutePath() + " — skipped");
		}
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.filter((p) -> p.toString().endsWith(".json")).sorted().forEach(files::add);
		}
		return files.stream();
	}

	@TestFactory
	Stream<DynamicTest> inclusionVectors() throws IOException {
		return vectors("inclusion").map((file) -> DynamicTest.dynamicTest(VECTORS.relativize(file).toString(), () -> {
			JsonNode v = JSON.readTree(Files.readString(file));
			long index = unsigned(v.get("leafIdx"));
			long size = unsigned(v.get("treeSize"));
			List<byte[]> proof = hashes(v.get("proof"));
			byte[] leaf = bytes(v.get("leafHash"));
			byte[] root = bytes(v.get("root"));
			if (v.get("wantErr").booleanValue()) {
				assertThatThrownBy(() -> MerkleProofs.verifyInclusion(index, size, leaf, proof, root))
					.isInstanceOf(ProofException.class);
			}
			else {
				assertThatCode(() -> MerkleProofs.verifyInclusion(index, size, leaf, proof, root))
					.doesNotThrowAnyException();
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> consistencyVectors() throws IOException {
		return vectors("consistency").map((file) -> DynamicTest.dynamicTest(VECTORS.relativize(file).toString(), () -> {
			JsonNode v = JSON.readTree(Files.readString(file));
			long size1 = unsigned(v.get("size1"));
			long size2 = unsigned(v.get("size2"));
			List<byte[]> proof = hashes(v.get("proof"));
			byte[] root1 = bytes(v.get("root1"));
			byte[] root2 = bytes(v.get("root2"));
			if (v.get("wantErr").booleanValue()) {
				assertThatThrownBy(() -> MerkleProofs.verifyConsistency(size1, size2, proof, root1, root2))
					.isInstanceOf(ProofException.class);
			}
			else {
				assertThatCode(() -> MerkleProofs.verifyConsistency(size1, size2, proof, root1, root2))
					.doesNotThrowAnyException();
			}
		}));
	}

	static long unsigned(JsonNode number) {
		return new BigInteger(number.asString()).longValue();
	}

	static byte[] bytes(JsonNode node) {
		return (node == null || node.isNull()) ? new byte[0] : Base64.getDecoder().decode(node.asString());
	}

	static List<byte[]> hashes(JsonNode node) {
		List<byte[]> list = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((n) -> list.add(bytes(n)));
		}
		return list;
	}

}
