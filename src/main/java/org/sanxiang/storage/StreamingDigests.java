package org.sanxiang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.core.ContentDigests;

/**
 * SHA-256 and SM3 of a stream in one pass through a fixed buffer, optionally copying the
 * bytes on: memory stays constant whatever the size.
 */
final class StreamingDigests {

	private final MessageDigest sha256;

	private final SM3Digest sm3 = new SM3Digest();

	private final long partSize;

	private final List<String> partMd5s = new ArrayList<>();

	private MessageDigest partMd5;

	private long inPart;

	private long size;

	private StreamingDigests(long partSize) {
		this.partSize = partSize;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
			this.partMd5 = (partSize > 0) ? MessageDigest.getInstance("MD5") : null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Digests everything {@code in} holds, writing it to {@code out} when given. */
	static StreamingDigests copy(InputStream in, OutputStream out) throws IOException {
		return copy(in, out, 0);
	}

	/**
	 * Also the MD5 of each part of {@code partSize} bytes (base64, as {@code Content-MD5}
	 * wants it): what an object store checks each request's body against.
	 */
	static StreamingDigests copy(InputStream in, OutputStream out, long partSize) throws IOException {
		StreamingDigests digests = new StreamingDigests(partSize);
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = in.read(buffer)) >= 0) {
			if (n == 0) {
				continue;
			}
			digests.sha256.update(buffer, 0, n);
			digests.sm3.update(buffer, 0, n);
			digests.partMd5(buffer, n);
			if (out != null) {
				out.write(buffer, 0, n);
			}
			digests.size += n;
		}
		return digests;
	}

	private void partMd5(byte[] buffer, int n) {
		if (this.partMd5 == null) {
			return;
		}
		int off = 0;
		while (off < n) {
			int take = (int) Math.min(n - off, this.partSize - this.inPart);
			this.partMd5.update(buffer, off, take);
			this.inPart += take;
			off += take;
			if (this.inPart == this.partSize) {
				this.partMd5s.add(Base64.getEncoder().encodeToString(this.partMd5.digest()));
				this.inPart = 0;
			}
		}
	}

	/**
	 * The MD5 of each part, the last one possibly shorter; one (of nothing) for an empty
	 * stream.
	 */
	List<String> partMd5s() {
		List<String> all = new ArrayList<>(this.partMd5s);
		if (this.inPart > 0 || all.isEmpty()) {
			all.add(Base64.getEncoder().encodeToString(this.partMd5.digest()));
		}
		return all;
	}

	ContentDigests digests() {
		byte[] sm = new byte[this.sm3.getDigestSize()];
		this.sm3.doFinal(sm, 0);
		return new ContentDigests(HexFormat.of().formatHex(this.sha256.digest()), HexFormat.of().formatHex(sm));
	}

	long size() {
		return this.size;
	}

}
