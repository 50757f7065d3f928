package org.sanxiang.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.sanxiang.core.ContentDigests;

/**
 * Content-addressed, write-once store for the bytes of sealed records (rendered
 * documents, evidence): a blob's address is the SHA-256 of its bytes. {@link #put}
 * returns only once the blob is durable, so callers commit their row and ledger entry
 * after it and a crash never leaves a row without its bytes. Nothing overwrites or
 * deletes a blob. The file system ({@link FileSystemBlobStore}, the default) and an
 * S3-compatible object store with Object Lock ({@link S3BlobStore}) implement it.
 */
public interface BlobStore {

	/** Streams the content into the store, computing both digests in one pass. */
	StoredBlob put(InputStream content);

	default StoredBlob put(byte[] content) {
		return put(new ByteArrayInputStream(content));
	}

	/**
	 * Stores a file whose digests the caller computed as it wrote the file, already
	 * forced to disk and never changed afterwards: the store takes the file as it is
	 * where it can (the file system links it into place, without reading it again),
	 * otherwise it reads it as {@link #put(InputStream)} does. The caller vouches for the
	 * digests.
	 */
	default StoredBlob putFile(java.nio.file.Path file, ContentDigests digests) {
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			return put(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean exists(String sha256);

	/** Opens the blob for reading, or empty when no blob has this address. */
	Optional<InputStream> open(String sha256);

	default Optional<byte[]> read(String sha256) {
		Optional<InputStream> blob = open(sha256);
		if (blob.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = blob.get()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Re-reads the stored bytes and computes their digests now — what the ledger's
	 * integrity check compares with the sealed ones. Empty when the blob is missing.
	 */
	Optional<ContentDigests> digestsOf(String sha256);

	/**
	 * Removes what writers killed before their blob was durable left behind (temporary
	 * files untouched since {@code before}); the clean-up job of uploads calls it.
	 * @return how many were removed
	 */
	default int removeAbandonedTemporaryFiles(java.time.Instant before) {
		return 0;
	}

	/** Whether the stored bytes are still exactly the sealed ones. */
	default Integrity verify(ContentDigests sealed) {
		return digestsOf(sealed.sha256()).map((now) -> now.equals(sealed) ? Integrity.INTACT : Integrity.CHANGED)
			.orElse(Integrity.MISSING);
	}

	/** A blob as stored: its digests and its length in bytes. */
	record StoredBlob(ContentDigests digests, long size) {

		public String sha256() {
			return this.digests.sha256();
		}

	}

	/** What re-hashing a sealed blob found. */
	enum Integrity {

		INTACT, CHANGED, MISSING

	}

}
