package org.sanxiang.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.evidence.CaseFileExport;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.ProofBundle;
import org.sanxiang.ledger.verifier.Sm2Signatures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged verifier jar, run as an outsider runs it ({@code java -jar}), with nothing
 * of the application on its class path: a proof bundle, and the 案卷 export of the demo
 * record (its two documents and three evidence items), which verifies, and fails naming
 * the file when one byte of any one file changes.
 */
@SpringBootTest(properties = { "sanxiang.test.context=verifier-jar", "sanxiang.demo.record=true" })
@Import(DemoAccounts.class)
class VerifierJarIT {

	@Autowired
	CaseFileExport export;

	@Autowired
	Ledger ledger;

	@Autowired
	DemoAccounts demo;

	@Test
	void theDemoRecordsCaseFileVerifiesOfflineAndOneChangedByteInAnyFileIsNamed(@TempDir Path dir) throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		CaseFileExport.Prepared prepared = this.export.prepare("INSPECTION", "MDJ-2026-JC-001", officer,
				officer.dataScope().agencyIds());
		Path zip = dir.resolve(prepared.fileName());
		try (OutputStream out = Files.newOutputStream(zip)) {
			this.export.write(prepared, out);
		}
		Path key = Files.writeString(dir.resolve("key.pem"), this.ledger.publicKeyPem());
		Map<String, byte[]> files = CaseFileZips.unzip(Files.readAllBytes(zip));
		assertThat(files.keySet()).filteredOn((p) -> p.startsWith("正卷/文书/")).hasSize(2);
		assertThat(files.keySet()).filteredOn((p) -> p.startsWith("正卷/证据/")).hasSize(3);

		String verified = run("export", key.toString(), zip.toString());
		assertThat(verified).startsWith("VERIFIED: " + (files.size() - 1) + " files match the manifest; 5 of them");

		for (String path : files.keySet()) {
			if (path.equals("manifest.json")) {
				continue;
			}
			Path tampered = Files.write(dir.resolve("tampered.zip"),
					CaseFileZips.changed(Files.readAllBytes(zip), path, CaseFileZips::oneByte));
			String output = run("export", key.toString(), tampered.toString());
			assertThat(output).as(path).contains("changed: " + path).contains("NOT VERIFIED");
			assertThat(output.lines().filter((l) -> l.startsWith("changed: "))).as(path).hasSize(1);
		}
	}

	@Test
	void theStandaloneJarVerifiesABundleAndRejectsAForgedFile(@TempDir Path dir) throws Exception {
		ECNamedDomainParameters sm2 = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
				GMNamedCurves.getByName("sm2p256v1"));
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(sm2, new SecureRandom()));
		AsymmetricCipherKeyPair keys = generator.generateKeyPair();
		String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
			.encodeToString(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(keys.getPublic()).getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";

		byte[] document = "行政处罚决定书".getBytes(StandardCharsets.UTF_8);
		TestRecord record = new TestRecord("doc-1", "行政处罚决定书", true);
		MerkleTree tree = new MerkleTree();
		LedgerEntry entry = null;
		for (int i = 0; i < 5; i++) {
			LedgerEntry e = EntryEncoding.encode(i, (i == 3) ? record : new TestRecord("other-" + i, "x" + i, true),
					java.time.Instant.parse("2026-11-29T00:00:00Z"), "tester", 1L);
			tree.append(org.sanxiang.ledger.verifier.MerkleHashes.leaf(e.leafInput().getBytes(StandardCharsets.UTF_8)));
			if (i == 3) {
				entry = e;
			}
		}
		Checkpoint checkpoint = new Checkpoint("sanxiang/test", 5, tree.root(5));
		byte[] signature = Sm2Signatures.sign(keys.getPrivate(), checkpoint.bodyBytes());
		ProofBundle bundle = new ProofBundle(checkpoint.body(), signature, 3,
				entry.leafInput().getBytes(StandardCharsets.UTF_8), tree.inclusionProof(3, 5));
		assertThat(entry.contentSha256()).isEqualTo(ContentDigests.of(document).sha256());

		Path key = Files.writeString(dir.resolve("key.pem"), pem);
		Path bundleFile = Files.writeString(dir.resolve("bundle.txt"), bundle.format());
		Path file = Files.write(dir.resolve("decision.txt"), document);
		Path forged = Files.write(dir.resolve("forged.txt"), "伪造".getBytes(StandardCharsets.UTF_8));

		assertThat(run("bundle", key.toString(), bundleFile.toString(), file.toString())).startsWith("VERIFIED");
		assertThat(run("bundle", key.toString(), bundleFile.toString(), forged.toString())).startsWith("NOT VERIFIED");
	}

	static String run(String... args) throws IOException, InterruptedException {
		String jar = System.getProperty("verifier.jar");
		List<String> command = new java.util.ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor();
		return output;
	}

}
