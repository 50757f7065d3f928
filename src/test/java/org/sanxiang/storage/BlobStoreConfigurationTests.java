package org.sanxiang.storage;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sanxiang.storage.kind} chooses the one blob store; settings that cannot work
 * stop the start with the property named.
 */
class BlobStoreConfigurationTests {

	static S3ProxyServer server;

	@TempDir
	static Path data;

	@BeforeAll
	static void startServer(@TempDir Path objects) throws Exception {
		server = new S3ProxyServer(objects);
		try (var admin = server.client()) {
			admin.createBucket((b) -> b.bucket("sanxiang-blobs"));
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, FileSystemBlobStore.class, BlobStoreConfiguration.class)
		.withPropertyValues("sanxiang.blobs.dir=" + data.resolve("blobs"));

	@Test
	void theFileSystemIsTheDefault() {
		this.contexts.run((context) -> assertThat(context).hasSingleBean(BlobStore.class)
			.getBean(BlobStore.class)
			.isInstanceOf(FileSystemBlobStore.class));
		for (String kind : new String[] { "filesystem", "FILESYSTEM", "file-system" }) {
			this.contexts.withPropertyValues("sanxiang.storage.kind=" + kind)
				.run((context) -> assertThat(context).hasSingleBean(BlobStore.class)
					.getBean(BlobStore.class)
					.isInstanceOf(FileSystemBlobStore.class));
		}
	}

	@Test
	void kindS3MakesTheObjectStoreTheOnlyBlobStore() {
		this.contexts.withPropertyValues("sanxiang.storage.kind=S3",
				"sanxiang.storage.s3.endpoint=" + server.endpoint(), "sanxiang.storage.s3.bucket=sanxiang-blobs",
				"sanxiang.storage.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
				"sanxiang.storage.s3.secret-key=" + S3ProxyServer.SECRET_KEY, "sanxiang.storage.s3.retention-days=3650")
			.run((context) -> {
				assertThat(context).hasSingleBean(BlobStore.class).doesNotHaveBean(FileSystemBlobStore.class);
				BlobStore store = context.getBean(BlobStore.class);
				assertThat(store).isInstanceOf(S3BlobStore.class);
				assertThat(store.read(store.put(new byte[] { 4, 2 }).sha256())).contains(new byte[] { 4, 2 });
			});
	}

	@Test
	void missingOrInvalidS3SettingsStopTheStartNamingEachProperty() {
		this.contexts
			.withPropertyValues("sanxiang.storage.kind=s3", "sanxiang.storage.s3.endpoint=ftp://store",
					"sanxiang.storage.s3.secret-key=x", "sanxiang.storage.s3.retention-days=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sanxiang.storage.kind=s3 needs valid settings")
				.hasMessageContaining("sanxiang.storage.s3.endpoint must be an http(s) URL")
				.hasMessageContaining("sanxiang.storage.s3.bucket is missing")
				.hasMessageContaining("sanxiang.storage.s3.access-key is missing")
				.hasMessageContaining("sanxiang.storage.s3.retention-days must be between 0 and 36500"));
	}

	@Test
	void anUnknownKindStopsTheStart() {
		this.contexts.withPropertyValues("sanxiang.storage.kind=minio")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("sanxiang.storage.kind"));
	}

	@Test
	void aBucketThatDoesNotExistStopsTheStart() {
		this.contexts
			.withPropertyValues("sanxiang.storage.kind=s3", "sanxiang.storage.s3.endpoint=" + server.endpoint(),
					"sanxiang.storage.s3.bucket=no-such-bucket",
					"sanxiang.storage.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
					"sanxiang.storage.s3.secret-key=" + S3ProxyServer.SECRET_KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("the object store's bucket 'no-such-bucket' cannot be reached"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ StorageProperties.class, BlobStoreProperties.class })
	static class Properties {

	}

}
