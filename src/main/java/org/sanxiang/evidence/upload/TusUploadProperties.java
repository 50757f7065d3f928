package org.sanxiang.evidence.upload;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Resumable uploads ({@code sanxiang.evidence.uploads.*}).
 *
 * @param dir where partial uploads are kept until they are finished, terminated or
 * expire; on several nodes a directory all of them share (the clean-up job runs on one
 * node at a time)
 * @param maxSize the largest upload accepted
 * @param expiration how long an upload that receives no bytes is kept
 * @param maxUnfinishedPerAccount how many unfinished uploads one account may hold at once
 * (a creation beyond is refused with 429 until one is finished, terminated or expires)
 * @param chunkSize how many bytes the upload page sends in one {@code PATCH}
 */
@ConfigurationProperties("sanxiang.evidence.uploads")
public record TusUploadProperties(@DefaultValue("./data/uploads") Path dir, @DefaultValue("4GB") DataSize maxSize,
		@DefaultValue("24h") Duration expiration, @DefaultValue("20") int maxUnfinishedPerAccount,
		@DefaultValue("8MB") DataSize chunkSize) {

	public TusUploadProperties {
		if (maxSize.toBytes() <= 0 || expiration.isNegative() || expiration.isZero() || maxUnfinishedPerAccount < 1
				|| chunkSize.toBytes() <= 0) {
			throw new IllegalArgumentException(
					"sanxiang.evidence.uploads: max-size, expiration, max-unfinished-per-account and chunk-size must be positive");
		}
	}

}
