package org.sanxiang.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sanxiang.core.ContentDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The blob store in an S3-compatible object store (AWS S3, MinIO, a 政务云's object store).
 * Keys are the file system's paths ({@code sha256/ab/cd/abcd…}). A blob is first spooled
 * to a local owner-only file while both digests are computed in one pass, then sent in
 * one request, or in parts when it is large; {@code put} returns once the store has
 * acknowledged the object, so it is durable. An object is never written twice: an
 * existing address is a no-op, and the write itself is conditional
 * ({@code If-None-Match: *}). With Object Lock enabled on the bucket and a retention set,
 * every object is locked in compliance mode until its retention ends — nobody, not even
 * the bucket's owner, can delete or overwrite it before.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	/** S3's smallest part (5 MiB) is the floor; the largest single request is 5 GiB. */
	static final long MIN_PART = 5L * 1024 * 1024;

	private final S3Client client;

	private final String bucket;

	private final Path spool;

	private final Clock clock;

	private final Duration retention;

	private final long partSize;

	/**
	 * @param retention the compliance-mode retention to set on every object; zero for
	 * none, and ignored (with a log line) when the bucket has no Object Lock
	 * @param partSize blobs larger than this are sent as a multipart upload of parts of
	 * this size
	 */
	public S3BlobStore(S3Client client, String bucket, Path spool, Clock clock, Duration retention, long partSize) {
		if (partSize < MIN_PART) {
			throw new IllegalArgumentException("part size must be at least 5 MiB");
		}
		this.client = client;
		this.bucket = bucket;
		this.spool = spool.toAbsolutePath().normalize();
		this.clock = clock;
		this.partSize = partSize;
		try {
			client.headBucket((b) -> b.bucket(bucket));
		}
		catch (SdkException ex) {
			throw new IllegalStateException("the object store's bucket '" + bucket
					+ "' cannot be reached (sanxiang.storage.s3.*): " + ex.getMessage(), ex);
		}
		this.retention = objectLock(retention);
		sweepSpool();
	}

	/** Spooled files a crash left behind (older than an hour: a put may be under way). */
	private void sweepSpool() {
		if (!Files.isDirectory(this.spool)) {
			return;
		}
		Instant before = this.clock.instant().minus(Duration.ofHours(1));
		try (var files = Files.newDirectoryStream(this.spool, "*.s3part")) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					deleteQuietly(file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("cannot sweep the blob spool {}", this.spool, ex);
		}
	}

	private Duration objectLock(Duration wanted) {
		if (wanted.isZero()) {
			log.info("Blob store: S3 bucket '{}', no Object Lock retention configured "
					+ "(sanxiang.storage.s3.retention-days)", this.bucket);
			return Duration.ZERO;
		}
		try {
			var configuration = this.client.getObjectLockConfiguration((b) -> b.bucket(this.bucket))
				.objectLockConfiguration();
			if (configuration != null && configuration.objectLockEnabled() == ObjectLockEnabled.ENABLED) {
				log.info("Blob store: S3 bucket '{}', Object Lock in compliance mode for {} days on every blob",
						this.bucket, wanted.toDays());
				return wanted;
			}
			log.warn("Blob store: S3 bucket '{}' has no Object Lock enabled: blobs are write-once by the "
					+ "application only, not locked by the store (see docs/scaling.md)", this.bucket);
		}
		catch (SdkException ex) {
			log.warn(
					"Blob store: the object store does not support Object Lock on bucket '{}' ({}): blobs are "
							+ "write-once by the application only, not locked by the store (see docs/scaling.md)",
					this.bucket, ex.getMessage());
		}
		return Duration.ZERO;
	}

	/** Whether every new object is locked in compliance mode. */
	public boolean locksObjects() {
		return !this.retention.isZero();
	}

	@Override
	public StoredBlob put(InputStream content) {
		Path tmp = null;
		try {
			OwnerOnly.createDirectories(this.spool);
			tmp = OwnerOnly.createFile(this.spool.resolve(UUID.randomUUID() + ".s3part"));
			StreamingDigests streamed;
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				streamed = StreamingDigests.copy(content, out, this.partSize);
			}
			ContentDigests digests = streamed.digests();
			if (!exists(digests.sha256())) {
				upload(tmp, digests.sha256(), streamed.size(), streamed.partMd5s());
			}
			return new StoredBlob(digests, streamed.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("blob not stored (spool " + this.spool + "): " + ex.getMessage(), ex);
		}
		catch (SdkException ex) {
			throw failure(ex);
		}
		finally {
			deleteQuietly(tmp);
		}
	}

	private void upload(Path file, String sha256, long size, List<String> md5s) {
		Instant retainUntil = locksObjects() ? this.clock.instant().plus(this.retention) : null;
		try {
			if (size <= this.partSize) {
				PutObjectRequest.Builder request = PutObjectRequest.builder()
					.bucket(this.bucket)
					.key(keyOf(sha256))
					.contentLength(size)
					.contentType("application/octet-stream")
					.contentMD5(md5s.get(0))
					.ifNoneMatch("*");
				if (retainUntil != null) {
					request.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
				}
				this.client.putObject(request.build(), RequestBody.fromFile(file));
			}
			else {
				new S3MultipartUpload(this.client, this.bucket, keyOf(sha256)).send(file, size, this.partSize, md5s,
						retainUntil);
			}
		}
		catch (S3Exception ex) {
			if (!alreadyThere(ex, sha256)) {
				throw ex;
			}
		}
	}

	/** Another node stored the same bytes meanwhile: the conditional write refused. */
	private boolean alreadyThere(S3Exception ex, String sha256) {
		return (ex.statusCode() == 412 || ex.statusCode() == 409) && exists(sha256);
	}

	@Override
	public int removeAbandonedTemporaryFiles(java.time.Instant before) {
		return TemporaryFiles.removeAbandoned(this.spool, ".s3part", before);
	}

	@Override
	public boolean exists(String sha256) {
		String key = keyOf(sha256);
		try {
			this.client.headObject((b) -> b.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw failure(ex);
		}
		catch (SdkException ex) {
			throw failure(ex);
		}
	}

	@Override
	public Optional<InputStream> open(String sha256) {
		String key = keyOf(sha256);
		try {
			return Optional.of(this.client.getObject((b) -> b.bucket(this.bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw failure(ex);
		}
		catch (SdkException ex) {
			throw failure(ex);
		}
	}

	@Override
	public Optional<ContentDigests> digestsOf(String sha256) {
		Optional<InputStream> blob = open(sha256);
		if (blob.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = blob.get()) {
			return Optional.of(StreamingDigests.copy(in, null).digests());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The store's failures are I/O failures to callers, as the file system's are. */
	private UncheckedIOException failure(SdkException ex) {
		return new UncheckedIOException(
				new IOException("object store bucket " + this.bucket + ": " + ex.getMessage(), ex));
	}

	/** The object's key; the address is checked so that no key can leave the layout. */
	public static String keyOf(String sha256) {
		if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
			throw new IllegalArgumentException("blob address must be 64 lowercase hex characters");
		}
		return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	@Override
	public void close() {
		this.client.close();
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("cannot delete the spooled blob {}", file, ex);
			}
		}
	}

}
