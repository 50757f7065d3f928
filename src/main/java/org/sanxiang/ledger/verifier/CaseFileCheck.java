package org.sanxiang.ledger.verifier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * Checks a 案卷 export (docs/ledger.md, "Case file export") offline, reading the ZIP once
 * as a stream: each file's size, SHA-256 and SM3 against {@code manifest.json}; the
 * checkpoint's SM2 signature against the given public key; each sealed file's inclusion
 * proof against that checkpoint, and the file against the digests in the sealed entry
 * itself — so that a file changed together with its manifest line is still caught. Every
 * file of the 正卷 must carry a proof. Names each file that fails.
 */
public final class CaseFileCheck {

	static final String FORMAT = "sanxiang-case-file/1";

	static final String MANIFEST = "manifest.json";

	private static final int MANIFEST_LIMIT = 64 * 1024 * 1024;

	private CaseFileCheck() {
	}

	/**
	 * What the check found: the problems (empty when all is well), one line each naming
	 * the file; how many files were checked and how many proven sealed.
	 */
	public record Report(List<String> problems, int files, int proven, Checkpoint checkpoint) {

		public boolean verified() {
			return this.problems.isEmpty();
		}

	}

	/** A file as read from the ZIP: its size and digests (hex). */
	private record Read(long size, String sha256, String sm3) {
	}

	private static final Read DAMAGED = new Read(-1, "", "");

	public static Report check(ECPublicKeyParameters key, InputStream zipStream) throws IOException, ProofException {
		List<String> problems = new ArrayList<>();
		Map<String, Read> read = new LinkedHashMap<>();
		String manifestText = null;
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(zipStream), StandardCharsets.UTF_8)) {
			String damaged = null;
			while (true) {
				ZipEntry entry;
				try {
					entry = zip.getNextEntry();
				}
				catch (IOException ex) {
					if (damaged == null) {
						throw ex;
					}
					problems.add("unreadable: the rest of the ZIP after " + damaged + " (" + ex.getMessage() + ")");
					break;
				}
				if (entry == null) {
					break;
				}
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName();
				if (MANIFEST.equals(name)) {
					if (manifestText != null) {
						problems.add("duplicate: " + name);
					}
					byte[] bytes = zip.readNBytes(MANIFEST_LIMIT + 1);
					if (bytes.length > MANIFEST_LIMIT) {
						throw new ProofException("the manifest is larger than " + MANIFEST_LIMIT + " bytes");
					}
					manifestText = new String(bytes, StandardCharsets.UTF_8);
					continue;
				}
				Read digests;
				try {
					digests = digest(zip);
				}
				catch (java.util.zip.ZipException ex) {
					// the stored bytes no longer match the ZIP's own checksum
					problems.add("changed: " + name + " (damaged inside the ZIP: " + ex.getMessage() + ")");
					digests = DAMAGED;
					damaged = name;
				}
				if (read.putIfAbsent(name, digests) != null) {
					problems.add("duplicate: " + name);
				}
			}
		}
		if (manifestText == null && !problems.isEmpty()) {
			problems.add("missing: " + MANIFEST);
			return new Report(List.copyOf(problems), read.size(), 0, null);
		}
		if (manifestText == null) {
			throw new ProofException("the ZIP has no " + MANIFEST + " (is it a 案卷 export?)");
		}
		Map<String, Object> manifest = object(Json.parse(manifestText), "the manifest");
		if (!FORMAT.equals(manifest.get("format"))) {
			throw new ProofException("the manifest's format is not " + FORMAT);
		}
		Checkpoint checkpoint = null;
		byte[] signature = null;
		if (manifest.get("checkpoint") != null) {
			Map<String, Object> c = object(manifest.get("checkpoint"), "the checkpoint");
			String body = text(c, "body");
			signature = base64(text(c, "signature"), "the checkpoint's signature");
			try {
				Sm2Signatures.verify(key, body.getBytes(StandardCharsets.UTF_8), signature);
				checkpoint = Checkpoint.parse(body);
			}
			catch (ProofException ex) {
				problems.add("checkpoint: " + ex.getMessage());
			}
		}
		int files = 0;
		int proven = 0;
		for (Object f : list(manifest.get("files"), "the manifest's files")) {
			Map<String, Object> file = object(f, "a file of the manifest");
			String path = text(file, "path");
			files++;
			Read actual = read.remove(path);
			if (actual == null) {
				problems.add("missing: " + path);
				continue;
			}
			if (actual == DAMAGED) {
				continue;
			}
			boolean changed = actual.size() != number(file, "size") || !actual.sha256().equals(text(file, "sha256"))
					|| !actual.sm3().equals(text(file, "sm3"));
			Object ledger = file.get("ledger");
			boolean proof = ledger instanceof Map<?, ?> l && l.get("index") != null;
			if (!proof) {
				if (changed) {
					problems.add("changed: " + path);
				}
				else if ("正卷".equals(file.get("section"))) {
					problems.add("not proven: " + path + " (a record of the 正卷 carries no ledger proof)");
				}
				continue;
			}
			Map<String, Object> l = object(ledger, "the ledger proof of " + path);
			byte[] leafInput = base64(text(l, "leafInput"), "the entry bytes of " + path);
			String entryText = new String(leafInput, StandardCharsets.UTF_8);
			if (!actual.sha256().equals(EntryFields.get(entryText, "sha256"))
					|| !actual.sm3().equals(EntryFields.get(entryText, "sm3"))) {
				changed = true;
			}
			if (changed) {
				problems
					.add("changed: " + path + " (differs from the sealed record, ledger entry " + l.get("index") + ")");
				continue;
			}
			if (checkpoint == null) {
				problems.add("not proven: " + path + " (no checkpoint verifies with this key)");
				continue;
			}
			try {
				long index = number(l, "index");
				if (number(l, "treeSize") != checkpoint.treeSize()) {
					throw new ProofException("the proof is for a tree of size " + l.get("treeSize")
							+ ", the checkpoint's is " + checkpoint.treeSize());
				}
				if (!String.valueOf(index).equals(EntryFields.get(entryText, "index"))) {
					throw new ProofException("the entry bytes declare another index");
				}
				List<byte[]> nodes = new ArrayList<>();
				for (Object node : list(l.get("auditPath"), "the audit path")) {
					nodes.add(hex(node));
				}
				MerkleProofs.verifyInclusion(index, checkpoint.treeSize(), MerkleHashes.leaf(leafInput), nodes,
						checkpoint.rootHash());
				proven++;
			}
			catch (ProofException ex) {
				problems.add("proof fails: " + path + " (" + ex.getMessage() + ")");
			}
		}
		for (String extra : read.keySet()) {
			problems.add("not listed: " + extra + " (in the ZIP but not in the manifest)");
		}
		return new Report(List.copyOf(problems), files, proven, checkpoint);
	}

	private static Read digest(InputStream in) throws IOException {
		MessageDigest sha256 = MerkleHashes.digest();
		SM3Digest sm3 = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int n;
		while ((n = in.read(buffer)) >= 0) {
			sha256.update(buffer, 0, n);
			sm3.update(buffer, 0, n);
			size += n;
		}
		byte[] sm = new byte[sm3.getDigestSize()];
		sm3.doFinal(sm, 0);
		return new Read(size, HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sm));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String what) throws ProofException {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new ProofException(what + " is not a JSON object");
	}

	private static List<?> list(Object value, String what) throws ProofException {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new ProofException(what + " is not a JSON array");
	}

	private static String text(Map<String, Object> object, String name) throws ProofException {
		if (object.get(name) instanceof String s) {
			return s;
		}
		throw new ProofException("the manifest has no text '" + name + "' where expected");
	}

	private static long number(Map<String, Object> object, String name) throws ProofException {
		if (object.get(name) instanceof Long n) {
			return n;
		}
		throw new ProofException("the manifest has no whole number '" + name + "' where expected");
	}

	private static byte[] base64(String value, String what) throws ProofException {
		try {
			return Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new ProofException(what + " is not base64");
		}
	}

	private static byte[] hex(Object node) throws ProofException {
		try {
			return HexFormat.of().parseHex((String) node);
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			throw new ProofException("an audit path node is not hex");
		}
	}

}
