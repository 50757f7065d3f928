package org.sanxiang.storage;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The one blob store of the installation: {@link FileSystemBlobStore} unless
 * {@code sanxiang.storage.kind=s3}, then {@link S3BlobStore} (settings checked by
 * {@link StorageProperties}, the bucket reached at start-up).
 */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	/**
	 * Parts of 64 MiB: 5 GiB (S3's largest single request) is 80 parts, 640 GiB is
	 * 10,000.
	 */
	static final long PART_SIZE = 64L * 1024 * 1024;

	@Bean
	@Conditional(StorageKindCondition.S3.class)
	S3BlobStore s3BlobStore(StorageProperties storage, BlobStoreProperties blobs, ObjectProvider<Clock> clock) {
		return new S3BlobStore(client(storage.s3()), storage.s3().bucket(), blobs.dir().resolve("tmp"),
				clock.getIfAvailable(Clock::systemUTC), Duration.ofDays(storage.s3().retentionDays()), PART_SIZE);
	}

	static S3Client client(StorageProperties.S3 s3) {
		return clientBuilder(s3).build();
	}

	static S3ClientBuilder clientBuilder(StorageProperties.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
			.forcePathStyle(s3.pathStyle())
			// the SHA-256 of every object is sent with it; no other checksum is asked of
			// the store
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		URI endpoint = s3.endpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder;
	}

}
