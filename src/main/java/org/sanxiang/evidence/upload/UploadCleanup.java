package org.sanxiang.evidence.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sanxiang.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clean-up of partial uploads: a complete upload nobody finalised (the server stopped
 * after acknowledging its last bytes) is finalised, so that no acknowledged upload is
 * lost; an upload that received nothing for {@code sanxiang.evidence.uploads.expiration}
 * is deleted with its bytes, as are stale locks. What a crash left and nobody touched for
 * as long goes too: an upload whose creation was cut short before it had a description,
 * and the blob store's temporary files of an interrupted finalisation.
 */
@Component
class UploadCleanup {

	private static final Logger log = LoggerFactory.getLogger(UploadCleanup.class);

	private final TusUploads uploads;

	private final UploadFinaliser finaliser;

	private final BlobStore blobs;

	private final TusUploadProperties properties;

	private final Clock clock;

	UploadCleanup(TusUploads uploads, UploadFinaliser finaliser, BlobStore blobs, TusUploadProperties properties,
			Clock clock) {
		this.uploads = uploads;
		this.finaliser = finaliser;
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sanxiang.evidence.uploads.cleanup-interval:PT15M}",
			initialDelayString = "${sanxiang.evidence.uploads.cleanup-interval:PT15M}")
	@SchedulerLock(name = "evidence.upload-cleanup", lockAtMostFor = "PT1H")
	void run() {
		for (UUID id : this.uploads.all()) {
			try {
				this.finaliser.finishAbandoned(id);
			}
			catch (RuntimeException ex) {
				log.warn("complete upload {} could not be finalised; it is kept for the next run", id, ex);
			}
		}
		this.uploads.removeExpired();
		Instant before = this.clock.instant().minus(this.properties.expiration());
		this.uploads.removeUndescribed(before);
		int removed = this.blobs.removeAbandonedTemporaryFiles(before);
		if (removed > 0) {
			log.info("removed {} temporary blob files left by an interrupted finalisation", removed);
		}
	}

}
