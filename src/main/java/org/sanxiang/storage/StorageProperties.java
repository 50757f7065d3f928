package org.sanxiang.storage;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which blob store the installation uses ({@code sanxiang.storage.*}): the file system
 * ({@code sanxiang.blobs.dir}, the default for one machine) or an S3-compatible object
 * store. Settings that cannot work stop the start-up here, with the property named.
 *
 * @param kind {@code filesystem} (default) or {@code s3}
 * @param s3 the object store, read only when {@code kind=s3}
 */
@ConfigurationProperties("sanxiang.storage")
public record StorageProperties(@DefaultValue("filesystem") Kind kind, @DefaultValue S3 s3) {

	public StorageProperties {
		if (kind == Kind.S3) {
			List<String> problems = s3.problems();
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException(
						"sanxiang.storage.kind=s3 needs valid settings: " + String.join("; ", problems));
			}
		}
	}

	public enum Kind {

		FILESYSTEM, S3

	}

	/**
	 * An S3-compatible object store.
	 *
	 * @param endpoint the store's URL, e.g. {@code https://minio.example:9000}; empty for
	 * AWS itself
	 * @param region the signing region ({@code us-east-1} for most other stores)
	 * @param bucket the bucket, which must exist (created with Object Lock enabled for
	 * WORM)
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param pathStyle whether the bucket is part of the path (MinIO, most private
	 * stores) rather than of the host name
	 * @param retentionDays the Object Lock retention in compliance mode set on every
	 * blob, in days; 0 for none
	 */
	public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("0") int retentionDays) {

		List<String> problems() {
			List<String> problems = new ArrayList<>();
			if (this.endpoint != null && (this.endpoint.getHost() == null
					|| !("http".equals(this.endpoint.getScheme()) || "https".equals(this.endpoint.getScheme())))) {
				problems.add("sanxiang.storage.s3.endpoint must be an http(s) URL with a host, not " + this.endpoint);
			}
			if (blank(this.region)) {
				problems.add("sanxiang.storage.s3.region is missing");
			}
			if (blank(this.bucket)) {
				problems.add("sanxiang.storage.s3.bucket is missing");
			}
			else if (!this.bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
				problems.add("sanxiang.storage.s3.bucket is not a valid bucket name: " + this.bucket);
			}
			if (blank(this.accessKey)) {
				problems.add("sanxiang.storage.s3.access-key is missing");
			}
			if (blank(this.secretKey)) {
				problems.add("sanxiang.storage.s3.secret-key is missing");
			}
			if (this.retentionDays < 0 || this.retentionDays > 36_500) {
				problems
					.add("sanxiang.storage.s3.retention-days must be between 0 and 36500, not " + this.retentionDays);
			}
			return problems;
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

		@Override
		public String toString() {
			return "S3[endpoint=" + this.endpoint + ", region=" + this.region + ", bucket=" + this.bucket
					+ ", pathStyle=" + this.pathStyle + ", retentionDays=" + this.retentionDays + "]";
		}

	}

}
