package org.sanxiang.evidence.upload;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.core.ContentDigests;

/**
 * SHA-256 and SM3 of each upload computed while its {@code PATCH} bodies are read, so
 * that finalising does not read the whole file again. A running digest is trusted only
 * while it has seen exactly the upload's offset: a refused, cut or checksum-failed
 * {@code PATCH}, an upload resumed after a restart (the state is in memory only) or two
 * requests racing leave none, and the finaliser reads the file as before. At most
 * {@link #MAX} uploads are followed at once.
 */
final class UploadDigests {

	static final int MAX = 1024;

	private final Map<UUID, Running> running = new ConcurrentHashMap<>();

	/**
	 * The digest to feed with a {@code PATCH} of the upload at {@code offset}: the one
	 * that has seen exactly {@code offset} bytes, or a new one at offset 0.
	 */
	Optional<Running> before(UUID id, long offset) {
		Running current = this.running.get(id);
		if (current != null && current.size == offset) {
			return Optional.of(current);
		}
		if (current != null) {
			this.running.remove(id, current);
		}
		if (offset != 0 || this.running.size() >= MAX) {
			return Optional.empty();
		}
		Running fresh = new Running();
		return (this.running.putIfAbsent(id, fresh) == null) ? Optional.of(fresh) : Optional.empty();
	}

	/** After the {@code PATCH}: kept only if it saw exactly what the upload now holds. */
	void after(UUID id, Running digest, long offset) {
		if (digest.size != offset) {
			this.running.remove(id, digest);
		}
	}

	/**
	 * The digests of a complete upload of {@code length} bytes, if they were followed.
	 */
	Optional<ContentDigests> complete(UUID id, long length) {
		Running digest = this.running.get(id);
		return (digest != null && digest.size == length) ? Optional.of(digest.digests()) : Optional.empty();
	}

	void forget(UUID id) {
		this.running.remove(id);
	}

	/** One upload's running digests. */
	static final class Running {

		private final MessageDigest sha256;

		private final SM3Digest sm3 = new SM3Digest();

		private volatile long size;

		private Running() {
			try {
				this.sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private synchronized void update(byte[] bytes, int offset, int length) {
			this.sha256.update(bytes, offset, length);
			this.sm3.update(bytes, offset, length);
			this.size += length;
		}

		private synchronized ContentDigests digests() {
			try {
				MessageDigest sha = (MessageDigest) this.sha256.clone();
				SM3Digest sm = new SM3Digest(this.sm3);
				byte[] out = new byte[sm.getDigestSize()];
				sm.doFinal(out, 0);
				return new ContentDigests(HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(out));
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The request whose body feeds this digest as it is read. */
		HttpServletRequest reading(HttpServletRequest request) {
			return new HttpServletRequestWrapper(request) {

				@Override
				public ServletInputStream getInputStream() throws IOException {
					return new Digesting(super.getInputStream(), Running.this);
				}

			};
		}

	}

	private static final class Digesting extends ServletInputStream {

		private final ServletInputStream in;

		private final Running digest;

		Digesting(ServletInputStream in, Running digest) {
			this.in = in;
			this.digest = digest;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				this.digest.update(new byte[] { (byte) b }, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			int n = this.in.read(bytes, offset, length);
			if (n > 0) {
				this.digest.update(bytes, offset, n);
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
