package org.sanxiang.evidence.upload;

/**
 * What happens to an upload once its bytes are durable in the blob store. Called once per
 * upload, in the transaction that records it (a second finalisation finds the record and
 * calls nothing), before the partial upload is deleted; an exception rolls the record
 * back and leaves the partial upload for the next try. Every bean of this type is called,
 * in {@code @Order}; {@link UploadResults} comes first.
 */
@FunctionalInterface
public interface UploadCompletion {

	void completed(FinishedUpload upload);

}
