package org.sanxiang.evidence.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import me.desair.tus.server.upload.UploadInfo;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.storage.BlobStore;
import org.sanxiang.storage.BlobStore.StoredBlob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a complete upload into a stored blob: the bytes go into the blob store with their
 * SHA-256 and SM3 — as computed while the {@code PATCH}es were received, the file taken
 * as it is where the store can ({@link BlobStore#putFile}); otherwise streamed from the
 * file in one pass — forced to disk, then the record and every {@link UploadCompletion}
 * run in one transaction, then the partial upload is deleted. A crash between any two
 * steps is repaired by finalising again (the clean-up job does it for uploads nobody asks
 * about): the blob store is content-addressed and the record exists at most once, so
 * finalising twice stores nothing new and answers the same.
 */
@Service
public class UploadFinaliser {

	private static final Logger log = LoggerFactory.getLogger(UploadFinaliser.class);

	private final TusUploads uploads;

	private final UploadResults results;

	private final BlobStore blobs;

	private final ObjectProvider<UploadCompletion> completions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	UploadFinaliser(TusUploads uploads, UploadResults results, BlobStore blobs,
			ObjectProvider<UploadCompletion> completions, PlatformTransactionManager transactions, Clock clock) {
		this.uploads = uploads;
		this.results = results;
		this.blobs = blobs;
		this.completions = completions;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Where an upload of the account stands, finalising it if its bytes are all there.
	 */
	public UploadState finish(UUID uploadId, long accountId) {
		Optional<FinishedUpload> done = this.results.find(uploadId);
		if (done.isPresent()) {
			if (done.get().accountId() != accountId) {
				return new UploadState.Unknown();
			}
			this.uploads.delete(uploadId, TusUploads.ownerKey(accountId));
			return new UploadState.Finished(done.get());
		}
		try {
			Optional<UploadInfo> info = this.uploads.info(uploadId, accountId);
			if (info.isEmpty()) {
				return new UploadState.Unknown();
			}
			if (info.get().isUploadInProgress()) {
				return new UploadState.InProgress(info.get().getOffset(), info.get().getLength());
			}
			return new UploadState.Finished(store(uploadId, accountId, info.get()));
		}
		catch (TusUploads.Locked ex) {
			log.info("upload {}: another request holds it at this moment, asked to come again", uploadId);
			return new UploadState.Busy();
		}
	}

	/** Finalises an upload found complete on disk, whoever created it (clean-up job). */
	Optional<FinishedUpload> finishAbandoned(UUID uploadId) {
		Optional<UploadInfo> info = this.uploads.info(uploadId);
		if (info.isEmpty() || info.get().isUploadInProgress() || info.get().getOwnerKey() == null
				|| !info.get().getOwnerKey().startsWith("account-")) {
			return Optional.empty();
		}
		long accountId = Long.parseLong(info.get().getOwnerKey().substring("account-".length()));
		return (finish(uploadId, accountId) instanceof UploadState.Finished finished) ? Optional.of(finished.upload())
				: Optional.empty();
	}

	private FinishedUpload store(UUID uploadId, long accountId, UploadInfo info) {
		String ownerKey = TusUploads.ownerKey(accountId);
		UploadMetadata metadata = UploadMetadata.of(info.getMetadata());
		StoredBlob blob;
		Optional<ContentDigests> received = info.hasLength() ? this.uploads.receivedDigests(uploadId, info.getLength())
				: Optional.empty();
		if (received.isPresent()) {
			blob = this.blobs.putFile(this.uploads.dataOf(uploadId), received.get());
		}
		else {
			try (InputStream in = this.uploads.bytes(uploadId, ownerKey)) {
				blob = this.blobs.put(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (info.hasLength() && blob.size() != info.getLength()) {
			throw new IllegalStateException("upload " + uploadId + " holds " + blob.size() + " bytes, not the "
					+ info.getLength() + " declared");
		}
		FinishedUpload upload = new FinishedUpload(uploadId, accountId, metadata.owner(), metadata.fileName(),
				metadata.mediaType(), blob.digests(), blob.size(), this.clock.instant());
		try {
			this.transaction.executeWithoutResult(
					(status) -> this.completions.orderedStream().forEach((completion) -> completion.completed(upload)));
		}
		catch (DuplicateKeyException ex) {
			// finalised meanwhile by another request: that one's record stands
			return this.results.find(uploadId).orElseThrow(() -> ex);
		}
		this.uploads.delete(uploadId, ownerKey);
		return upload;
	}

	/** Where an upload stands for the account asking. */
	public sealed interface UploadState {

		/** No such upload, or another account's. */
		record Unknown() implements UploadState {
		}

		/** Bytes still to come. */
		record InProgress(long offset, Long length) implements UploadState {
		}

		/** Stored and recorded. */
		record Finished(FinishedUpload upload) implements UploadState {
		}

		/**
		 * Another request (a {@code PATCH}, a {@code HEAD}, another finalisation) holds
		 * the upload at this moment: ask again shortly.
		 */
		record Busy() implements UploadState {
		}

	}

}
