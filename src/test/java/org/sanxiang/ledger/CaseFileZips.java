package org.sanxiang.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.core.SealedRecord;
import org.sanxiang.ledger.verifier.Checkpoint;
import org.sanxiang.ledger.verifier.MerkleHashes;
import org.sanxiang.ledger.verifier.Sm2Signatures;
import tools.jackson.databind.json.JsonMapper;

/**
 * 案卷 ZIPs for the verifier's tests, built as the export builds them (docs/ledger.md): the
 * files of the 正卷 sealed in a small ledger signed with a fresh SM2 key, the manifest
 * last; and the ways to tamper with one.
 */
final class CaseFileZips {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private CaseFileZips() {
	}

	static AsymmetricCipherKeyPair keys() {
		ECNamedDomainParameters sm2 = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1,
				GMNamedCurves.getByName("sm2p256v1"));
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(sm2, new SecureRandom()));
		return generator.generateKeyPair();
	}

	static String pem(AsymmetricKeyParameter publicKey) {
		try {
			return "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder()
						.encodeToString(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record FileRecord(String subjectId, byte[] bytes) implements SealedRecord {

		@Override
		public String entryType() {
			return "TEST_FILE";
		}

		@Override
		public String subjectType() {
			return "TestFile";
		}

		@Override
		public ContentDigests contentDigests() {
			return ContentDigests.of(this.bytes);
		}

		@Override
		public boolean subjectIsPublic() {
			return false;
		}

	}

	/**
	 * A 案卷 of these files (path → bytes, in order); each under {@code 正卷/} sealed among
	 * other entries of a ledger whose checkpoint the key signs.
	 */
	static byte[] build(AsymmetricCipherKeyPair keys, Map<String, byte[]> files) {
		MerkleTree tree = new MerkleTree();
		Map<String, LedgerEntry> sealed = new LinkedHashMap<>();
		long index = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			LedgerEntry other = EntryEncoding.encode(index++, new TestRecord("other-" + index, "x" + index, true),
					Instant.parse("2026-11-29T00:00:00Z"), "tester", 1L);
			tree.append(MerkleHashes.leaf(other.leafInput().getBytes(StandardCharsets.UTF_8)));
			if (file.getKey().startsWith("正卷/")) {
				LedgerEntry entry = EntryEncoding.encode(index++, new FileRecord("F-" + index, file.getValue()),
						Instant.parse("2026-11-29T00:00:00Z"), "tester", 1L);
				tree.append(MerkleHashes.leaf(entry.leafInput().getBytes(StandardCharsets.UTF_8)));
				sealed.put(file.getKey(), entry);
			}
		}
		long size = tree.size();
		Checkpoint checkpoint = new Checkpoint("sanxiang/test", size, tree.root(size));
		byte[] signature = Sm2Signatures.sign(keys.getPrivate(), checkpoint.bodyBytes());
		List<Map<String, Object>> listed = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			ContentDigests digests = ContentDigests.of(file.getValue());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("path", file.getKey());
			item.put("section", file.getKey().startsWith("正卷/") ? "正卷" : file.getKey().startsWith("副卷/") ? "副卷" : "目录");
			item.put("size", file.getValue().length);
			item.put("sha256", digests.sha256());
			item.put("sm3", digests.sm3());
			LedgerEntry entry = sealed.get(file.getKey());
			if (entry != null) {
				Map<String, Object> ledger = new LinkedHashMap<>();
				ledger.put("subject", entry.subjectType() + "/" + entry.subjectId());
				ledger.put("index", entry.index());
				ledger.put("treeSize", size);
				ledger.put("leafInput",
						Base64.getEncoder().encodeToString(entry.leafInput().getBytes(StandardCharsets.UTF_8)));
				ledger.put("auditPath",
						tree.inclusionProof(entry.index(), size).stream().map(HexFormat.of()::formatHex).toList());
				item.put("ledger", ledger);
			}
			listed.add(item);
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "sanxiang-case-file/1");
		manifest.put("owner", Map.of("kind", "INSPECTION", "id", "T-1"));
		manifest.put("checkpoint", Map.of("treeSize", size, "body", checkpoint.body(), "signature",
				Base64.getEncoder().encodeToString(signature), "keyFingerprint", "test"));
		manifest.put("files", listed);
		Map<String, byte[]> all = new LinkedHashMap<>(files);
		all.put("manifest.json", JSON.writeValueAsBytes(manifest));
		return zip(all);
	}

	/** The files of a ZIP by path, in order. */
	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * A ZIP of these files, stored uncompressed (so that their bytes can be found in it).
	 */
	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The same 案卷 with one file's bytes changed and the ZIP written again. */
	static byte[] changed(byte[] zip, String path, UnaryOperator<byte[]> change) {
		Map<String, byte[]> files = unzip(zip);
		files.put(path, change.apply(files.get(path).clone()));
		return zip(files);
	}

	/** Flips one bit of the middle byte. */
	static byte[] oneByte(byte[] bytes) {
		bytes[bytes.length / 2] ^= 0x01;
		return bytes;
	}

}
