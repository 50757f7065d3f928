package org.sanxiang.ledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * The outsiders' command-line verifier. Prints VERIFIED, or NOT VERIFIED and exactly why;
 * exits 0 or 1 (2 on a usage error).
 *
 * <pre>
 * java -jar sanxiang-verifier.jar bundle &lt;public-key.pem&gt; &lt;proof-bundle.txt&gt; [file]
 * java -jar sanxiang-verifier.jar consistency &lt;public-key.pem&gt; &lt;old-checkpoint.json&gt; &lt;new-checkpoint.json&gt; &lt;proof.json&gt;
 * java -jar sanxiang-verifier.jar export &lt;public-key.pem&gt; &lt;案卷.zip&gt;
 * </pre>
 *
 * The checkpoint and proof JSON files are saved as served by
 * {@code /api/v1/public/ledger/checkpoint}, {@code …/checkpoints} and
 * {@code …/proof/consistency}; the ZIP is a 案卷 export ({@link CaseFileCheck}), read as a
 * stream.
 */
public final class VerifierCli {

	private VerifierCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args,
				new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, outputCharset())));
	}

	/**
	 * The console's encoding, or UTF-8 where it cannot show Chinese (an ASCII locale):
	 * the names of a 案卷's files are Chinese.
	 */
	static java.nio.charset.Charset outputCharset() {
		java.nio.charset.Charset charset = java.nio.charset.Charset.defaultCharset();
		String console = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
		if (console != null && java.nio.charset.Charset.isSupported(console)) {
			charset = java.nio.charset.Charset.forName(console);
		}
		return charset.newEncoder().canEncode('案') ? charset : java.nio.charset.StandardCharsets.UTF_8;
	}

	static int run(String[] args, PrintStream out) {
		try {
			if (args.length >= 3 && args[0].equals("bundle")) {
				out.println(bundle(key(args[1]), Files.readString(Path.of(args[2])),
						args.length > 3 ? Files.readAllBytes(Path.of(args[3])) : null));
				return 0;
			}
			if (args.length == 5 && args[0].equals("consistency")) {
				out.println(consistency(key(args[1]), Files.readString(Path.of(args[2])),
						Files.readString(Path.of(args[3])), Files.readString(Path.of(args[4]))));
				return 0;
			}
			if (args.length == 3 && args[0].equals("export")) {
				return export(key(args[1]), Path.of(args[2]), out);
			}
			out.println("usage: bundle <public-key.pem> <proof-bundle.txt> [file]");
			out.println("       consistency <public-key.pem> <old-checkpoint.json> <new-checkpoint.json> <proof.json>");
			out.println("       export <public-key.pem> <case-file.zip>");
			return 2;
		}
		catch (ProofException ex) {
			out.println("NOT VERIFIED: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			out.println("NOT VERIFIED: cannot read " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Checks a 案卷 export: prints one line per file that fails and NOT VERIFIED, or
	 * VERIFIED with what was proven.
	 */
	static int export(ECPublicKeyParameters key, Path zip, PrintStream out) throws IOException, ProofException {
		CaseFileCheck.Report report;
		try (java.io.InputStream in = Files.newInputStream(zip)) {
			report = CaseFileCheck.check(key, in);
		}
		if (!report.verified()) {
			report.problems().forEach(out::println);
			out.println("NOT VERIFIED: " + report.problems().size() + " problem(s) in " + zip.getFileName());
			return 1;
		}
		out.println("VERIFIED: " + report.files() + " files match the manifest; " + report.proven()
				+ " of them are sealed records included in the signed tree of size " + ((report.checkpoint() != null)
						? report.checkpoint().treeSize() + " (" + report.checkpoint().origin() + ")" : "-"));
		return 0;
	}

	static String bundle(ECPublicKeyParameters key, String bundleText, byte[] file) throws ProofException {
		ProofBundle bundle = ProofBundle.parse(bundleText);
		Checkpoint checkpoint = bundle.verify(key);
		String report = "entry " + bundle.index() + " is included in the signed tree of size " + checkpoint.treeSize()
				+ " (" + checkpoint.origin() + ")";
		if (file != null) {
			String sha256 = HexFormat.of().formatHex(sha256(file));
			if (!sha256.equals(bundle.entryField("sha256"))) {
				throw new ProofException(
						"the file's SHA-256 " + sha256 + " differs from the sealed " + bundle.entryField("sha256"));
			}
			if (!HexFormat.of().formatHex(sm3(file)).equals(bundle.entryField("sm3"))) {
				throw new ProofException("the file's SM3 digest differs from the sealed one");
			}
			report += "; the file is exactly the sealed record (SHA-256 and SM3 match)";
		}
		return "VERIFIED: " + report;
	}

	static String consistency(ECPublicKeyParameters key, String oldJson, String newJson, String proofJson)
			throws ProofException {
		Checkpoint older = signed(key, oldJson);
		Checkpoint newer = signed(key, newJson);
		List<byte[]> proof = new ArrayList<>();
		for (String node : strings(proofJson, "proof")) {
			proof.add(HexFormat.of().parseHex(node));
		}
		MerkleProofs.verifyConsistency(older.treeSize(), newer.treeSize(), proof, older.rootHash(), newer.rootHash());
		return "VERIFIED: the tree of size " + newer.treeSize() + " extends the tree of size " + older.treeSize()
				+ " (append-only)";
	}

	private static Checkpoint signed(ECPublicKeyParameters key, String json) throws ProofException {
		String body = string(json, "body");
		Sm2Signatures.verify(key, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				Base64.getDecoder().decode(string(json, "signature")));
		return Checkpoint.parse(body);
	}

	private static ECPublicKeyParameters key(String path) throws IOException, ProofException {
		return Sm2Signatures.publicKeyFromPem(Files.readString(Path.of(path)));
	}

	/** Reads a string member of a flat JSON object, undoing the escapes JSON allows. */
	static String string(String json, String name) throws ProofException {
		Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		if (!m.find()) {
			throw new ProofException("the JSON has no string member '" + name + "'");
		}
		StringBuilder out = new StringBuilder();
		String raw = m.group(1);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = raw.charAt(++i);
			switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(e);
			}
		}
		return out.toString();
	}

	static List<String> strings(String json, String name) throws ProofException {
		Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
		if (!m.find()) {
			throw new ProofException("the JSON has no array member '" + name + "'");
		}
		List<String> values = new ArrayList<>();
		Matcher item = Pattern.compile("\"([0-9a-fA-F]*)\"").matcher(m.group(1));
		while (item.find()) {
			values.add(item.group(1));
		}
		return values;
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sm3(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

}
