package org.sanxiang.inspection;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The draw's random stream (docs/inspection-draw.md §3): block i = HMAC-SHA256(key =
 * seed, message = digest ‖ i as 8 bytes big-endian), read as unsigned 32-bit big-endian
 * words; an integer in [0, n) by rejection sampling, so no value is favoured.
 */
final class DrawStream {

	private static final long TWO_POW_32 = 1L << 32;

	private final Mac mac;

	private final byte[] message;

	private final ByteBuffer block = ByteBuffer.allocate(32);

	private long counter;

	DrawStream(byte[] seed, byte[] digest) {
		try {
			this.mac = Mac.getInstance("HmacSHA256");
			this.mac.init(new SecretKeySpec(seed, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
		this.message = new byte[digest.length + 8];
		System.arraycopy(digest, 0, this.message, 0, digest.length);
		this.block.position(32);
	}

	/** A uniform integer in [0, n), 1 ≤ n ≤ 2^31 − 1. */
	int below(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be positive: " + n);
		}
		long limit = TWO_POW_32 - (TWO_POW_32 % n);
		while (true) {
			long word = Integer.toUnsignedLong(nextWord());
			if (word < limit) {
				return (int) (word % n);
			}
		}
	}

	private int nextWord() {
		if (!this.block.hasRemaining()) {
			ByteBuffer.wrap(this.message).putLong(this.message.length - 8, this.counter++);
			this.block.clear();
			this.block.put(this.mac.doFinal(this.message)).flip();
		}
		return this.block.getInt();
	}

}
