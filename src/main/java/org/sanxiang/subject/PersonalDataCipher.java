package org.sanxiang.subject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.sanxiang.storage.OwnerOnly;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal data (ID numbers, phones) with SM4-GCM (GB/T 32907, 国密): a random
 * 12-byte nonce per value, the field name as associated data, stored as
 * {@code SM4-GCM:<key version>:<base64(nonce ‖ ciphertext ‖ tag)>}. A changed bit fails
 * the GCM tag and {@link #open} throws. The keys live in a file outside the database
 * ({@code sanxiang.subject.key-file}), created on first start readable by the owner only:
 * SM4 keys by version ({@code sm4.1}, {@code sm4.2}, …; the first file wrote {@code sm4})
 * with the current one named by {@code version}, and one HMAC-SM3 key for the blind index
 * of ID numbers. {@link #rotate} adds a version; values keep opening with the version
 * they name until they are sealed again. A version this node does not know (another node
 * rotated) re-reads the file once.
 */
@Component
class PersonalDataCipher {

	static final String ALGORITHM = "SM4-GCM";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final Path keyFile;

	/** The keys as last read: current version, SM4 keys by version, index key. */
	private record Keys(int version, Map<Integer, byte[]> sealing, byte[] index) {

		byte[] current() {
			return this.sealing.get(this.version);
		}

	}

	private volatile Keys keys;

	PersonalDataCipher(@Value("${sanxiang.subject.key-file:./data/keys/subject-sm4.key}") Path keyFile) {
		this.keyFile = keyFile;
		this.keys = read(loadOrCreate(keyFile));
	}

	private Keys read(Properties file) {
		try {
			int version = Integer.parseInt(file.getProperty("version", "").strip());
			Map<Integer, byte[]> sealing = new TreeMap<>();
			for (String name : file.stringPropertyNames()) {
				if (name.matches("sm4\\.[0-9]{1,6}")) {
					sealing.put(Integer.parseInt(name.substring(4)), key(file.getProperty(name), 16));
				}
			}
			if (file.getProperty("sm4") != null) {
				sealing.putIfAbsent(version, key(file.getProperty("sm4"), 16));
			}
			byte[] index = key(file.getProperty("hmac-sm3"), 32);
			if (!sealing.containsKey(version)) {
				throw new IllegalArgumentException("no key for the current version " + version);
			}
			return new Keys(version, Map.copyOf(sealing), index);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Personal-data key file " + this.keyFile + " is malformed", ex);
		}
	}

	private static byte[] key(String base64, int length) {
		byte[] key = Base64.getDecoder().decode((base64 == null) ? "" : base64.strip());
		if (key.length != length) {
			throw new IllegalArgumentException("a key of " + key.length + " bytes, not " + length);
		}
		return key;
	}

	/** Where the keys are kept. */
	Path keyFile() {
		return this.keyFile;
	}

	/** The version new values are sealed with. */
	int currentVersion() {
		return this.keys.version();
	}

	/** Every key version the file holds, oldest first. */
	List<Integer> versions() {
		return List.copyOf(new TreeMap<>(this.keys.sealing()).keySet());
	}

	/** The key version a sealed value names, or -1 if it names none. */
	static int versionOf(String sealed) {
		String[] parts = (sealed == null) ? new String[0] : sealed.split(":", 3);
		return (parts.length == 3 && parts[0].equals(ALGORITHM) && parts[1].matches("[0-9]{1,6}"))
				? Integer.parseInt(parts[1]) : -1;
	}

	/**
	 * Adds a new SM4 key as the current version, keeping the older ones, and rewrites the
	 * key file atomically (temporary file + move, owner-only). Returns the new version.
	 */
	synchronized int rotate() {
		Keys now = read(loadOrCreate(this.keyFile));
		int next = now.sealing().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		byte[] fresh = new byte[16];
		this.random.nextBytes(fresh);
		Map<Integer, byte[]> sealing = new TreeMap<>(now.sealing());
		sealing.put(next, fresh);
		StringBuilder content = new StringBuilder(HEADER).append("version=").append(next).append('\n');
		sealing.forEach((v, k) -> content.append("sm4.").append(v).append('=').append(encode(k)).append('\n'));
		content.append("hmac-sm3=").append(encode(now.index())).append('\n');
		try {
			write(this.keyFile, content.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the personal-data key file " + this.keyFile, ex);
		}
		this.keys = new Keys(next, Map.copyOf(sealing), now.index());
		return next;
	}

	private static String encode(byte[] key) {
		return Base64.getEncoder().encodeToString(key);
	}

	String seal(String plaintext, String field) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		Keys current = this.keys;
		GCMModeCipher cipher = cipher(true, nonce, field, current.current());
		byte[] output = new byte[NONCE_BYTES + cipher.getOutputSize(input.length)];
		System.arraycopy(nonce, 0, output, 0, NONCE_BYTES);
		int length = cipher.processBytes(input, 0, input.length, output, NONCE_BYTES);
		try {
			cipher.doFinal(output, NONCE_BYTES + length);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException(ex);
		}
		return ALGORITHM + ":" + current.version() + ":" + Base64.getEncoder().encodeToString(output);
	}

	/**
	 * The plaintext of a sealed value; throws if it was altered or sealed with another
	 * key.
	 */
	String open(String sealed, String field) {
		String[] parts = sealed.split(":", 3);
		int version = versionOf(sealed);
		if (version < 0) {
			throw new SealBroken("unknown algorithm");
		}
		byte[] key = keyOf(version);
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
		GCMModeCipher cipher = cipher(false, nonce, field, key);
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
		mac.init(new KeyParameter(this.keys.index()));
		byte[] input = value.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** The key of a version; a version not known here re-reads the file once. */
	private byte[] keyOf(int version) {
		byte[] key = this.keys.sealing().get(version);
		if (key == null) {
			synchronized (this) {
				this.keys = read(loadOrCreate(this.keyFile));
			}
			key = this.keys.sealing().get(version);
		}
		if (key == null) {
			throw new SealBroken("sealed with key version " + version + ", which the key file does not hold");
		}
		return key;
	}

	private GCMModeCipher cipher(boolean encrypt, byte[] nonce, String field, byte[] key) {
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt,
				new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, field.getBytes(StandardCharsets.UTF_8)));
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

	private static final String HEADER = "# Sanxiang personal-data keys (subject module). Back up separately from the database;\n"
			+ "# without this file sealed ID numbers and phones cannot be read. Keep every sm4.N that stored values\n"
			+ "# still name (see the system administrator's key page).\n";

	private void create(Path keyFile) throws IOException {
		byte[] sm4 = new byte[16];
		byte[] hmac = new byte[32];
		this.random.nextBytes(sm4);
		this.random.nextBytes(hmac);
		write(keyFile, HEADER + "version=1\nsm4.1=" + encode(sm4) + "\nhmac-sm3=" + encode(hmac) + "\n");
	}

	private static void write(Path keyFile, String content) throws IOException {
		Path dir = keyFile.toAbsolutePath().getParent();
		OwnerOnly.createDirectories(dir);
		Path temporary = dir.resolve(keyFile.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		OwnerOnly.createFile(temporary);
		Files.writeString(temporary, content, StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: rely on the directory's protection
		}
		Files.move(temporary, keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
