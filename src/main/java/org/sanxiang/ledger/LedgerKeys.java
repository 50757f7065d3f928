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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's ledger signing key (SM2): generated on first start and kept as files
 * outside the database ({@code sanxiang.ledger.key-dir}, default
 * {@code ./data/ledger-keys}; the private key readable by its owner only).
 */
@Component
class LedgerKeys {

	static final String PRIVATE_FILE = "ledger-sm2-private.pem";

	static final String PUBLIC_FILE = "ledger-sm2-public.pem";

	private final AsymmetricKeyParameter privateKey;

	private final String publicKeyPem;

	private final String fingerprint;

	LedgerKeys(@Value("${sanxiang.ledger.key-dir:./data/ledger-keys}") Path dir) {
		try {
			Files.createDirectories(dir);
			Path privatePath = dir.resolve(PRIVATE_FILE);
			Path publicPath = dir.resolve(PUBLIC_FILE);
			if (!Files.exists(privatePath)) {
				generate(privatePath, publicPath);
			}
			this.privateKey = PrivateKeyFactory.createKey(pemBytes(Files.readString(privatePath)));
			this.publicKeyPem = Files.readString(publicPath);
			this.fingerprint = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(pemBytes(this.publicKeyPem)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the ledger key in " + dir.toAbsolutePath(), ex);
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
		Files.writeString(publicPath, pem("PUBLIC KEY",
				SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded()));
		Path temporary = privatePath.resolveSibling(PRIVATE_FILE + ".tmp");
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
		return org.sanxiang.ledger.verifier.Sm2Signatures.sign(this.privateKey, message);
	}

	String publicKeyPem() {
		return this.publicKeyPem;
	}

	String fingerprint() {
		return this.fingerprint;
	}

	byte[] publicKeyPemBytes() {
		return this.publicKeyPem.getBytes(StandardCharsets.US_ASCII);
	}

}
