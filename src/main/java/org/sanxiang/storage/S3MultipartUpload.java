package org.sanxiang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * A large spooled blob sent as an S3 multipart upload: parts read from the file (each
 * with its {@code Content-MD5}), locked as a whole when a retention is given, completed
 * only if the key is still free ({@code If-None-Match: *}), aborted on any failure so
 * that no half-object stays behind.
 */
final class S3MultipartUpload {

	private final S3Client client;

	private final String bucket;

	private final String key;

	S3MultipartUpload(S3Client client, String bucket, String key) {
		this.client = client;
		this.bucket = bucket;
		this.key = key;
	}

	void send(Path file, long size, long partSize, List<String> md5s, Instant retainUntil) {
		String uploadId = this.client.createMultipartUpload((b) -> {
			b.bucket(this.bucket).key(this.key).contentType("application/octet-stream");
			if (retainUntil != null) {
				b.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
			}
		}).uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			for (long offset = 0, number = 1; offset < size; offset += partSize, number++) {
				long start = offset;
				long length = Math.min(partSize, size - offset);
				int partNumber = (int) number;
				// each attempt (the SDK retries) reads the part afresh from the file
				ContentStreamProvider bytes = () -> part(file, start, length);
				String etag = this.client
					.uploadPart(
							(b) -> b.bucket(this.bucket)
								.key(this.key)
								.uploadId(uploadId)
								.partNumber(partNumber)
								.contentMD5(md5s.get(partNumber - 1))
								.contentLength(length),
							RequestBody.fromContentProvider(bytes, length, "application/octet-stream"))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
			}
			this.client.completeMultipartUpload((b) -> b.bucket(this.bucket)
				.key(this.key)
				.uploadId(uploadId)
				.ifNoneMatch("*")
				.multipartUpload((m) -> m.parts(parts)));
		}
		catch (SdkException ex) {
			try {
				this.client.abortMultipartUpload((b) -> b.bucket(this.bucket).key(this.key).uploadId(uploadId));
			}
			catch (SdkException abort) {
				ex.addSuppressed(abort);
			}
			throw ex;
		}
	}

	private static InputStream part(Path file, long offset, long length) {
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
			channel.position(offset);
			return new BoundedInputStream(Channels.newInputStream(channel), length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** At most {@code remaining} bytes of a stream. */
	private static final class BoundedInputStream extends InputStream {

		private final InputStream in;

		private long remaining;

		BoundedInputStream(InputStream in, long remaining) {
			this.in = in;
			this.remaining = remaining;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = this.in.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = this.in.read(buffer, off, (int) Math.min(len, this.remaining));
			if (n > 0) {
				this.remaining -= n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
