package org.sanxiang.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.sanxiang.storage.OwnerOnly;
import org.sanxiang.ledger.verifier.ProofException;
import org.sanxiang.ledger.verifier.Sm2Signatures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's ledger signing key (SM2): generated on first start and kept as files
 * outside the database ({@code sanxiang.ledger.key-dir}, default
 * {@code ./data/ledger-keys}; private keys readable by their owner only). A rotation
 * stages the next key, signs a statement about it with the current key, and swaps the
 * files only once the rotation is sealed (see {@link Ledger#rotateKey(String)}); retired
 * keys stay in the folder. Several nodes share the folder (as they share the blob
 * directory): a node that finds another key in force in the database reads the files
 * again ({@link #reload()}).
 */
@Component
class LedgerKeys {

	static final String PRIVATE_FILE = "ledger-sm2-private.pem";

	static final String PUBLIC_FILE = "ledger-sm2-public.pem";

	private final Path dir;

	private volatile ActiveKey active;

	LedgerKeys(@Value("${sanxiang.ledger.key-dir:./data/ledger-keys}") Path dir) {
		this.dir = dir;
		try {
			OwnerOnly.createDirectories(dir);
			if (!Files.exists(dir.resolve(PRIVATE_FILE))) {
				generate(dir.resolve(PRIVATE_FILE), dir.resolve(PUBLIC_FILE));
			}
			this.active = load(dir.resolve(PRIVATE_FILE), dir.resolve(PUBLIC_FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the ledger key in " + dir.toAbsolutePath(), ex);
		}
	}

	/**
	 * The next key, staged beside the current one, with a rotation statement signed by
	 * the current key.
	 */
	PendingRotation prepareRotation() {
		try {
			Path stagedPrivate = this.dir.resolve(PRIVATE_FILE + ".next");
			Path stagedPublic = this.dir.resolve(PUBLIC_FILE + ".next");
			Files.deleteIfExists(stagedPrivate);
			Files.deleteIfExists(stagedPublic);
			generate(stagedPrivate, stagedPublic);
			ActiveKey next = load(stagedPrivate, stagedPublic);
			ActiveKey current = this.active;
			String statement = "sanxiang-key-rotation/1\n" + "previous: " + current.fingerprint() + "\n" + "next: "
					+ next.fingerprint() + "\n" + "next-key: "
					+ Base64.getEncoder().encodeToString(pemBytes(next.publicKeyPem())) + "\n";
			String signed = statement + "signature: "
					+ Base64.getEncoder().encodeToString(current.sign(statement.getBytes(StandardCharsets.UTF_8)))
					+ "\n";
			return new PendingRotation(current.fingerprint(), next, signed, stagedPrivate, stagedPublic);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot stage the next ledger key", ex);
		}
	}

	/**
	 * Makes the staged key the current one; the retired key files keep their fingerprint
	 * in their names.
	 */
	synchronized void promote(PendingRotation rotation) {
		try {
			String retired = "retired-" + rotation.previousFingerprint() + "-";
			Files.move(this.dir.resolve(PRIVATE_FILE), this.dir.resolve(retired + PRIVATE_FILE));
			Files.move(this.dir.resolve(PUBLIC_FILE), this.dir.resolve(retired + PUBLIC_FILE));
			Files.move(rotation.stagedPrivate(), this.dir.resolve(PRIVATE_FILE));
			Files.move(rotation.stagedPublic(), this.dir.resolve(PUBLIC_FILE));
			this.active = rotation.next();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot activate the next ledger key", ex);
		}
	}

	/**
	 * Reads the key files again, as another node left them after a rotation; false (and
	 * the key in use kept) while they do not hold a matching key pair, e.g. in the middle
	 * of that node's swap.
	 */
	synchronized boolean reload() {
		try {
			this.active = load(this.dir.resolve(PRIVATE_FILE), this.dir.resolve(PUBLIC_FILE));
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	void discard(PendingRotation rotation) {
		try {
			Files.deleteIfExists(rotation.stagedPrivate());
			Files.deleteIfExists(rotation.stagedPublic());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The key pair of two files, refused unless the private key's signature verifies with
	 * the public key (the two files of a swap are moved one after the other).
	 */
	private static ActiveKey load(Path privatePath, Path publicPath) throws IOException {
		String publicPem = Files.readString(publicPath);
		ActiveKey key = new ActiveKey(PrivateKeyFactory.createKey(pemBytes(Files.readString(privatePath))), publicPem,
				fingerprintOf(publicPem));
		byte[] probe = "sanxiang-key-pair-check".getBytes(StandardCharsets.US_ASCII);
		try {
			Sm2Signatures.verify(Sm2Signatures.publicKeyFromPem(publicPem), probe, key.sign(probe));
		}
		catch (ProofException ex) {
			throw new IOException("the ledger key files in " + privatePath.getParent() + " do not belong together", ex);
		}
		return key;
	}

	static String fingerprintOf(String publicKeyPem) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pemBytes(publicKeyPem)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void generate(Path privatePath, Path publicPath) throws IOException {
		X9ECParameters sm2 = GMNamedCurves.getByName("sm2p256v1");
		ECNamedDomainParameters domain = new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, sm2);
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
		AsymmetricCipherKeyPair pair = generator.generateKeyPair();
		Files.deleteIfExists(publicPath);
		OwnerOnly.createFile(publicPath);
		Files.writeString(publicPath, pem("PUBLIC KEY",
				SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded()));
		Path temporary = privatePath.resolveSibling(privatePath.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		OwnerOnly.createFile(temporary);
		Files.writeString(temporary,
				pem("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()).getEncoded()));
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: rely on the directory's protection
		}
		Files.move(temporary, privatePath);
	}

	private static String pem(String type, byte[] der) throws IOException {
		StringWriter out = new StringWriter();
		try (PemWriter writer = new PemWriter(out)) {
			writer.writeObject(new PemObject(type, der));
		}
		return out.toString();
	}

	private static byte[] pemBytes(String pem) {
		return Base64.getDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
	}

	byte[] sign(byte[] message) {
		return this.active.sign(message);
	}

	String publicKeyPem() {
		return this.active.publicKeyPem();
	}

	String fingerprint() {
		return this.active.fingerprint();
	}

	/**
	 * The key in use: its private part, its published public part, and the SHA-256 of its
	 * SubjectPublicKeyInfo.
	 */
	record ActiveKey(AsymmetricKeyParameter privateKey, String publicKeyPem, String fingerprint) {

		byte[] sign(byte[] message) {
			return Sm2Signatures.sign(this.privateKey, message);
		}

	}

	/** A staged next key and its signed rotation statement, not yet in force. */
	record PendingRotation(String previousFingerprint, ActiveKey next, String statement, Path stagedPrivate,
			Path stagedPublic) {
	}

}
