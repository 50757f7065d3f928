package org.sanxiang.subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal data (ID numbers, phones) with SM4-GCM (GB/T 32907, 国密): a random
 * 12-byte nonce per value, the field name as associated data, stored as
 * {@code SM4-GCM:<key version>:<base64(nonce ‖ ciphertext ‖ tag)>}. A changed bit fails
 * the GCM tag and {@link #open} throws. The keys live in a file outside the database
 * ({@code sanxiang.subject.key-file}), created on first start readable by the owner only:
 * one SM4 key and one HMAC-SM3 key for the blind index of ID numbers.
 */
@Component
class PersonalDataCipher {

	static final String ALGORITHM = "SM4-GCM";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final int keyVersion;

	private final byte[] sealingKey;

	private final byte[] indexKey;

	PersonalDataCipher(@Value("${sanxiang.subject.key-file:./data/keys/subject-sm4.key}") Path keyFile) {
		Properties keys = loadOrCreate(keyFile);
		this.keyVersion = Integer.parseInt(keys.getProperty("version"));
		this.sealingKey = Base64.getDecoder().decode(keys.getProperty("sm4"));
		this.indexKey = Base64.getDecoder().decode(keys.getProperty("hmac-sm3"));
		if (this.sealingKey.length != 16 || this.indexKey.length != 32) {
			throw new IllegalStateException("Personal-data key file " + keyFile + " is malformed");
		}
	}

	String seal(String plaintext, String field) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		GCMModeCipher cipher = cipher(true, nonce, field);
		byte[] output = new byte[NONCE_BYTES + cipher.getOutputSize(input.length)];
		System.arraycopy(nonce, 0, output, 0, NONCE_BYTES);
		int length = cipher.processBytes(input, 0, input.length, output, NONCE_BYTES);
		try {
			cipher.doFinal(output, NONCE_BYTES + length);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException(ex);
		}
		return ALGORITHM + ":" + this.keyVersion + ":" + Base64.getEncoder().encodeToString(output);
	}

	/**
	 * The plaintext of a sealed value; throws if it was altered or sealed with another
	 * key.
	 */
	String open(String sealed, String field) {
		String[] parts = sealed.split(":", 3);
		if (parts.length != 3 || !parts[0].equals(ALGORITHM) || !parts[1].equals(String.valueOf(this.keyVersion))) {
			throw new SealBroken("unknown algorithm or key version");
		}
		byte[] data;
		try {
			data = Base64.getDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new SealBroken("not base64");
		}
		if (data.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new SealBroken("too short");
		}
		byte[] nonce = java.util.Arrays.copyOf(data, NONCE_BYTES);
		GCMModeCipher cipher = cipher(false, nonce, field);
		byte[] output = new byte[cipher.getOutputSize(data.length - NONCE_BYTES)];
		int length = cipher.processBytes(data, NONCE_BYTES, data.length - NONCE_BYTES, output, 0);
		try {
			length += cipher.doFinal(output, length);
		}
		catch (InvalidCipherTextException ex) {
			throw new SealBroken("authentication tag does not match: the stored value was altered");
		}
		return new String(output, 0, length, StandardCharsets.UTF_8);
	}

	/** HMAC-SM3 of a value, hex: finds a person by exact ID number without decrypting. */
	String blindIndex(String value) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(this.indexKey));
		byte[] input = value.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private GCMModeCipher cipher(boolean encrypt, byte[] nonce, String field) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(new KeyParameter(this.sealingKey), TAG_BITS, nonce,
				field.getBytes(StandardCharsets.UTF_8)));
		return cipher;
	}

	private Properties loadOrCreate(Path keyFile) {
		try {
			if (!Files.exists(keyFile)) {
				create(keyFile);
			}
			Properties keys = new Properties();
			try (var in = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
				keys.load(in);
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the personal-data key file " + keyFile, ex);
		}
	}

	private void create(Path keyFile) throws IOException {
		Path dir = keyFile.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		byte[] sm4 = new byte[16];
		byte[] hmac = new byte[32];
		this.random.nextBytes(sm4);
		this.random.nextBytes(hmac);
		String content = "# Sanxiang personal-data keys (subject module). Back up separately from the database;\n"
				+ "# without this file sealed ID numbers and phones cannot be read.\nversion=1\nsm4="
				+ Base64.getEncoder().encodeToString(sm4) + "\nhmac-sm3=" + Base64.getEncoder().encodeToString(hmac)
				+ "\n";
		Path temporary = dir.resolve(keyFile.getFileName() + ".tmp");
		Files.writeString(temporary, content, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: rely on the directory's protection
		}
		Files.move(temporary, keyFile);
	}

	/**
	 * A sealed value failed to open: altered, truncated, or sealed with an unknown key.
	 */
	static class SealBroken extends IllegalStateException {

		SealBroken(String reason) {
			super("Sealed personal data cannot be opened: " + reason);
		}

	}

}
