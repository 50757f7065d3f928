package org.sanxiang.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SHA-256 and SM3 digests of a record's bytes, as lowercase hex: SHA-256 for
 * interoperability (RFC 9162), SM3 for 国密 (GB/T 39786). Both are carried wherever a
 * record is sealed.
 */
public record ContentDigests(String sha256, String sm3) {

	private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

	public ContentDigests {
		if (sha256 == null || !HEX_256.matcher(sha256).matches() || sm3 == null || !HEX_256.matcher(sm3).matches()) {
			throw new IllegalArgumentException("digests must be 64 lowercase hex characters");
		}
	}

	public static ContentDigests of(byte[] content) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(content);
			SM3Digest sm3 = new SM3Digest();
			sm3.update(content, 0, content.length);
			byte[] sm = new byte[sm3.getDigestSize()];
			sm3.doFinal(sm, 0);
			return new ContentDigests(HexFormat.of().formatHex(sha), HexFormat.of().formatHex(sm));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
