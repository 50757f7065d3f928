package org.sanxiang.ledger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.MerkleProofs;
import org.sanxiang.ledger.verifier.Sm2Signatures;
import org.sanxiang.ledger.verifier.VerifierCliAccess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger end to end: sealing, signed checkpoints, proofs through the public API, and
 * the outsiders' verifier.
 */
@SpringBootTest(properties = "sanxiang.test.context=ledger")
@AutoConfigureMockMvc
class LedgerTests {

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LedgerIntegrity integrity;

	String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theShippedCalendarYearsAreSealedAndEveryEntryIsProvableAgainstASignedCheckpoint() throws Exception {
		this.ledger.checkpoint();
		SignedCheckpoint checkpoint = this.ledger.latestCheckpoint().orElseThrow();
		assertThat(checkpoint.treeSize()).isGreaterThanOrEqualTo(8);
		var key = Sm2Signatures.publicKeyFromPem(body("/api/v1/public/ledger/public-key"));
		assertThatCode(() -> Sm2Signatures.verify(key, checkpoint.body().getBytes(StandardCharsets.UTF_8),
				Base64.getDecoder().decode(checkpoint.signature())))
			.doesNotThrowAnyException();
		byte[] root = Checkpoint.parse(checkpoint.body()).rootHash();
		for (LedgerEntry entry : this.ledger.entries(0, checkpoint.treeSize())) {
			List<byte[]> proof = this.ledger.inclusionProof(entry.index(), checkpoint.treeSize());
			assertThatCode(() -> MerkleProofs.verifyInclusion(entry.index(), checkpoint.treeSize(),
					MerkleHashes.leaf(entry.leafInput().getBytes(StandardCharsets.UTF_8)), proof, root))
				.doesNotThrowAnyException();
		}
		assertThat(this.ledger.entries(0, 8)).extracting(LedgerEntry::type).containsOnly("CALENDAR_YEAR_LOADED");
	}

	@Test
	void consecutiveCheckpointsAreConsistentThroughTheApi() throws Exception {
		this.ledger.checkpoint();
		SignedCheckpoint first = this.ledger.latestCheckpoint().orElseThrow();
		this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord("c-1", "content 1", true)));
		this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord("c-2", "content 2", false)));
		SignedCheckpoint second = this.ledger.checkpoint().orElseThrow();
		this.mvc
			.perform(get("/api/v1/public/ledger/proof/consistency").param("first", String.valueOf(first.treeSize()))
				.param("second", String.valueOf(second.treeSize())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.first").value(first.treeSize()));
		List<byte[]> proof = this.ledger.consistencyProof(first.treeSize(), second.treeSize());
		assertThatCode(() -> MerkleProofs.verifyConsistency(first.treeSize(), second.treeSize(), proof,
				HexFormat.of().parseHex(first.rootHash()), HexFormat.of().parseHex(second.rootHash())))
			.doesNotThrowAnyException();
		String entries = body(
				"/api/v1/public/ledger/entries?start=" + (second.treeSize() - 2) + "&end=" + second.treeSize());
		assertThat(entries).contains("c-1").doesNotContain("c-2");
	}

	@Test
	void aSealedFileIsVerifiedAndTheBundleConvincesTheCommandLineVerifier(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		String content = "行政处罚决定书 牡环罚〔2026〕12号";
		this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord("doc-12", content, true)));
		this.ledger.checkpoint();
		MockMultipartFile file = new MockMultipartFile("file", "decision.txt", "text/plain",
				content.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/api/v1/public/ledger/verify").file(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sealed").value(true))
			.andExpect(jsonPath("$.verified").value(true))
			.andExpect(jsonPath("$.explanation").value(containsString("已签名账本")));
		String bundle = this.mvc.perform(multipart("/api/v1/public/ledger/verify").file(file).param("format", "bundle"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Path key = Files.writeString(dir.resolve("key.pem"), body("/api/v1/public/ledger/public-key"));
		Path bundleFile = Files.writeString(dir.resolve("bundle.txt"), bundle);
		Path original = Files.write(dir.resolve("decision.txt"), content.getBytes(StandardCharsets.UTF_8));
		Path forged = Files.write(dir.resolve("forged.txt"), (content + "改").getBytes(StandardCharsets.UTF_8));
		assertThat(cli("bundle", key.toString(), bundleFile.toString(), original.toString())).startsWith("VERIFIED");
		assertThat(cli("bundle", key.toString(), bundleFile.toString(), forged.toString()))
			.startsWith("NOT VERIFIED: the file's SHA-256");
		Path otherKey = Files.writeString(dir.resolve("other.pem"),
				"""
						-----BEGIN PUBLIC KEY-----
						MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEWFHpWRWYEi0jLOQZlX0OAHdvr7GkApGb3zE2JyqeFkn13J6uRRAnzKxoXXdtC2fK5xpmDj8kbHnrh/6BEbRmSw==
						-----END PUBLIC KEY-----
						""");
		assertThat(cli("bundle", otherKey.toString(), bundleFile.toString())).startsWith("NOT VERIFIED");
		this.mvc
			.perform(multipart("/api/v1/public/ledger/verify")
				.file(new MockMultipartFile("file", "x.txt", "text/plain", "never sealed".getBytes())))
			.andExpect(jsonPath("$.sealed").value(false));
	}

	@Test
	void theCommandLineVerifierChecksConsistencyBetweenTwoSavedCheckpoints(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		this.ledger.checkpoint();
		String older = body("/api/v1/public/ledger/checkpoint");
		this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord("k-1", "more", true)));
		this.ledger.checkpoint();
		String newer = body("/api/v1/public/ledger/checkpoint");
		long first = Checkpoint.parse(VerifierCliAccess.string(older, "body")).treeSize();
		long second = Checkpoint.parse(VerifierCliAccess.string(newer, "body")).treeSize();
		String proof = body("/api/v1/public/ledger/proof/consistency?first=" + first + "&second=" + second);
		Path key = Files.writeString(dir.resolve("key.pem"), body("/api/v1/public/ledger/public-key"));
		Path a = Files.writeString(dir.resolve("a.json"), older);
		Path b = Files.writeString(dir.resolve("b.json"), newer);
		Path p = Files.writeString(dir.resolve("p.json"), proof);
		assertThat(cli("consistency", key.toString(), a.toString(), b.toString(), p.toString())).startsWith("VERIFIED");
		assertThat(cli("consistency", key.toString(), b.toString(), a.toString(), p.toString()))
			.startsWith("NOT VERIFIED");
	}

	@Test
	void aKeyRotationIsSealedSignedByTheOldKeyAndOldCheckpointsStillVerify() throws Exception {
		this.ledger.checkpoint();
		this.transactions.executeWithoutResult((s) -> this.ledger.append(new TestRecord("before-rotation", "b", true)));
		SignedCheckpoint before = this.ledger.checkpoint().orElseThrow();
		String oldPem = body("/api/v1/public/ledger/public-key");
		KeyRotated rotated = this.transactions.execute((s) -> this.ledger.rotateKey("test"));
		String newPem = body("/api/v1/public/ledger/public-key");
		assertThat(newPem).isNotEqualTo(oldPem);

		String statement = rotated.statement();
		String signed = statement.substring(0, statement.indexOf("signature: "));
		byte[] signature = Base64.getDecoder()
			.decode(statement.substring(statement.indexOf("signature: ") + 11).strip());
		assertThatCode(() -> Sm2Signatures.verify(Sm2Signatures.publicKeyFromPem(oldPem),
				signed.getBytes(StandardCharsets.UTF_8), signature))
			.doesNotThrowAnyException();
		assertThat(this.ledger.entries(this.ledger.size() - 1, this.ledger.size())).singleElement()
			.satisfies((e) -> assertThat(e.type()).isEqualTo("KEY_ROTATED"));

		SignedCheckpoint after = this.ledger.checkpoint().orElseThrow();
		assertThat(after.keyFingerprint()).isNotEqualTo(before.keyFingerprint());
		assertThatCode(() -> Sm2Signatures.verify(Sm2Signatures.publicKeyFromPem(newPem),
				after.body().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(after.signature())))
			.doesNotThrowAnyException();
		assertThatCode(() -> Sm2Signatures.verify(Sm2Signatures.publicKeyFromPem(oldPem),
				before.body().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(before.signature())))
			.doesNotThrowAnyException();
		this.mvc.perform(get("/api/v1/public/ledger/keys"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].previousFingerprint").value(before.keyFingerprint()));
		assertThat(this.integrity.check("test").problems()).isEmpty();
	}

	@Test
	void severalRecordsAreSealedTogetherAtConsecutiveIndices() {
		List<LedgerEntry> entries = this.transactions
			.execute((s) -> this.ledger.appendAll(List.of(new TestRecord("batch-1", "1", true),
					new TestRecord("batch-2", "2", true), new TestRecord("batch-3", "3", false))));
		assertThat(entries).extracting(LedgerEntry::index)
			.containsExactly(entries.get(0).index(), entries.get(0).index() + 1, entries.get(0).index() + 2);
		SignedCheckpoint checkpoint = this.ledger.checkpoint().orElseThrow();
		assertThat(this.ledger.entries(entries.get(0).index(), entries.get(0).index() + 3))
			.extracting(LedgerEntry::subjectId)
			.containsExactly("batch-1", "batch-2", "batch-3");
		byte[] root = HexFormat.of().parseHex(checkpoint.rootHash());
		for (LedgerEntry e : entries) {
			assertThatCode(() -> MerkleProofs.verifyInclusion(e.index(), checkpoint.treeSize(),
					MerkleHashes.leaf(e.leafInput().getBytes(StandardCharsets.UTF_8)),
					this.ledger.inclusionProof(e.index(), checkpoint.treeSize()), root))
				.doesNotThrowAnyException();
		}
	}

	@Test
	void outOfRangeRequestsAreProblemDetails() throws Exception {
		long size = this.ledger.size();
		this.mvc.perform(get("/api/v1/public/ledger/proof/inclusion").param("index", "5").param("treeSize", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_LEDGER_REQUEST"));
		this.mvc
			.perform(get("/api/v1/public/ledger/proof/inclusion").param("index", "0")
				.param("treeSize", String.valueOf(size + 1000)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("LEDGER_SIZE_UNKNOWN"));
		this.mvc.perform(get("/api/v1/public/ledger/proof/consistency").param("first", "0").param("second", "1"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/public/ledger/entries").param("start", "-1").param("end", "3"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/public/ledger/entries").param("start", "abc").param("end", "3"))
			.andExpect(status().isBadRequest());
	}

	static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		VerifierCliAccess.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8).strip();
	}

}
