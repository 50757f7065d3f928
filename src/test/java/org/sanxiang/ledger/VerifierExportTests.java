package org.sanxiang.ledger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.ledger.verifier.VerifierCliAccess;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's {@code export} command on 案卷 ZIPs, without the packaged jar: an intact
 * one verifies; a byte changed in any one file, even with its manifest line changed to
 * match, fails and names exactly that file; a missing, an unlisted or an unproven file, a
 * file damaged inside the ZIP and a foreign key all fail, each saying why.
 */
class VerifierExportTests {

	@TempDir
	Path dir;

	AsymmetricCipherKeyPair keys;

	Path key;

	byte[] zip;

	final Map<String, byte[]> files = new LinkedHashMap<>();

	@BeforeEach
	void aCaseFile() throws Exception {
		this.keys = CaseFileZips.keys();
		this.key = Files.writeString(this.dir.resolve("key.pem"), CaseFileZips.pem(this.keys.getPublic()));
		this.files.put("目录.txt", "案卷目录\n正卷\n副卷\n".getBytes(StandardCharsets.UTF_8));
		this.files.put("正卷/文书/现场检查笔录-牡环检〔2026〕1号.pdf", "%PDF-1.7 现场检查笔录".getBytes(StandardCharsets.UTF_8));
		this.files.put("正卷/文书/责令改正违法行为决定书-牡环改〔2026〕1号.pdf", "%PDF-1.7 责令改正".getBytes(StandardCharsets.UTF_8));
		this.files.put("正卷/证据/证据-1-照片.jpg", new byte[] { (byte) 0xff, (byte) 0xd8, 1, 2, 3, 4, 5, 6, 7, 8 });
		this.files.put("正卷/证据/证据-2-截图.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 9, 10, 11, 12, 13 });
		this.files.put("副卷/监管链/证据-1-监管链.txt", "时间\t操作\n2026-11-30 10:00:00\t登记\n".getBytes(StandardCharsets.UTF_8));
		this.zip = CaseFileZips.build(this.keys, this.files);
	}

	record Run(int exit, String output) {
	}

	Run verify(byte[] zip) throws Exception {
		return verify(zip, this.key);
	}

	Run verify(byte[] zip, Path key) throws Exception {
		Path file = Files.write(Files.createTempFile(this.dir, "案卷", ".zip"), zip);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = VerifierCliAccess.run(new String[] { "export", key.toString(), file.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8));
	}

	static List<String> failures(String output) {
		return output.lines().filter((l) -> !l.startsWith("NOT VERIFIED") && !l.startsWith("VERIFIED")).toList();
	}

	@Test
	void anIntactCaseFileVerifies() throws Exception {
		Run run = verify(this.zip);
		assertThat(run.exit()).isZero();
		assertThat(run.output()).startsWith("VERIFIED: 6 files match the manifest; 4 of them are sealed records");
	}

	@Test
	void oneByteChangedInAnyFileFailsAndNamesThatFile() throws Exception {
		for (String path : this.files.keySet()) {
			Run run = verify(CaseFileZips.changed(this.zip, path, CaseFileZips::oneByte));
			assertThat(run.exit()).as(path).isEqualTo(1);
			assertThat(failures(run.output())).as(path).hasSize(1).first().asString().startsWith("changed: " + path);
			assertThat(run.output()).contains("NOT VERIFIED");
		}
	}

	@Test
	void aSealedFileChangedTogetherWithItsManifestLineIsStillCaught() throws Exception {
		String path = "正卷/证据/证据-1-照片.jpg";
		Map<String, byte[]> all = CaseFileZips.unzip(this.zip);
		byte[] forged = CaseFileZips.oneByte(all.get(path).clone());
		ObjectNode manifest = (ObjectNode) CaseFileZips.JSON.readTree(all.get("manifest.json"));
		for (var file : (ArrayNode) manifest.get("files")) {
			if (file.get("path").asString().equals(path)) {
				ContentDigests digests = ContentDigests.of(forged);
				((ObjectNode) file).put("sha256", digests.sha256());
				((ObjectNode) file).put("sm3", digests.sm3());
			}
		}
		all.put(path, forged);
		all.put("manifest.json", CaseFileZips.JSON.writeValueAsBytes(manifest));
		Run run = verify(CaseFileZips.zip(all));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(failures(run.output())).singleElement()
			.asString()
			.startsWith("changed: " + path + " (differs from the sealed record");
	}

	@Test
	void aFileOfTheMainVolumeWithoutItsProofIsNotProven() throws Exception {
		String path = "正卷/文书/现场检查笔录-牡环检〔2026〕1号.pdf";
		Map<String, byte[]> all = CaseFileZips.unzip(this.zip);
		ObjectNode manifest = (ObjectNode) CaseFileZips.JSON.readTree(all.get("manifest.json"));
		for (var file : (ArrayNode) manifest.get("files")) {
			if (file.get("path").asString().equals(path)) {
				((ObjectNode) file).remove("ledger");
			}
		}
		all.put("manifest.json", CaseFileZips.JSON.writeValueAsBytes(manifest));
		Run run = verify(CaseFileZips.zip(all));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(failures(run.output())).singleElement().asString().startsWith("not proven: " + path);
	}

	@Test
	void missingAndUnlistedFilesAreNamed() throws Exception {
		Map<String, byte[]> all = CaseFileZips.unzip(this.zip);
		all.remove("副卷/监管链/证据-1-监管链.txt");
		all.put("正卷/证据/证据-3-后加.jpg", new byte[] { 1, 2, 3 });
		Run run = verify(CaseFileZips.zip(all));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(failures(run.output())).containsExactlyInAnyOrder("missing: 副卷/监管链/证据-1-监管链.txt",
				"not listed: 正卷/证据/证据-3-后加.jpg (in the ZIP but not in the manifest)");
	}

	@Test
	void aByteChangedInsideTheZipItselfNamesTheFile() throws Exception {
		byte[] original = this.files.get("正卷/文书/责令改正违法行为决定书-牡环改〔2026〕1号.pdf");
		byte[] damaged = this.zip.clone();
		int at = indexOf(damaged, original);
		assertThat(at).isPositive();
		damaged[at + original.length - 1] ^= 0x01;
		Run run = verify(damaged);
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.output()).contains("changed: 正卷/文书/责令改正违法行为决定书-牡环改〔2026〕1号.pdf");
	}

	@Test
	void anotherKeyProvesNothing() throws Exception {
		Path other = Files.writeString(this.dir.resolve("other.pem"),
				CaseFileZips.pem(CaseFileZips.keys().getPublic()));
		Run run = verify(this.zip, other);
		assertThat(run.exit()).isEqualTo(1);
		List<String> failures = new ArrayList<>(failures(run.output()));
		assertThat(failures.remove(0)).startsWith("checkpoint: the SM2 signature does not match");
		assertThat(failures).hasSize(4).allSatisfy((line) -> assertThat(line).startsWith("not proven: 正卷/"));
	}

	@Test
	void aZipWithoutManifestIsNotACaseFile() throws Exception {
		Run run = verify(CaseFileZips.zip(Map.of("a.txt", new byte[] { 1 })));
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.output()).startsWith("NOT VERIFIED: the ZIP has no manifest.json");
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
