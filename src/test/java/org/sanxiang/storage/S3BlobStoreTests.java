package org.sanxiang.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectLockConfigurationResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The blob store contract on an S3-compatible server started inside the test; large blobs
 * go up in parts (of 8 MiB here), small ones in one request.
 */
class S3BlobStoreTests extends BlobStoreContract {

	private static final long PART_SIZE = 8L * 1024 * 1024;

	private static final AtomicInteger buckets = new AtomicInteger();

	static S3ProxyServer server;

	static S3Client admin;

	@TempDir
	Path spool;

	String bucket;

	S3BlobStore store;

	@BeforeAll
	static void startServer(@TempDir Path objects) throws Exception {
		server = new S3ProxyServer(objects);
		admin = server.client();
	}

	@AfterAll
	static void stopServer() throws Exception {
		admin.close();
		server.close();
	}

	@BeforeEach
	void createStore() {
		this.bucket = "evidence-" + buckets.incrementAndGet();
		admin.createBucket((b) -> b.bucket(this.bucket));
		this.store = new S3BlobStore(BlobStoreConfiguration.client(server.settings(this.bucket, 0)), this.bucket,
				this.spool, Clock.systemUTC(), Duration.ZERO, PART_SIZE);
	}

	@AfterEach
	void closeStore() throws IOException {
		this.store.close();
		try (Stream<Path> left = Files.list(this.spool)) {
			assertThat(left).as("no spooled file is left behind").isEmpty();
		}
	}

	@Override
	BlobStore store() {
		return this.store;
	}

	@Override
	List<String> storeArguments() {
		return List.of("s3", server.endpoint().toString(), this.bucket, this.spool.toString(),
				Long.toString(PART_SIZE));
	}

	@Override
	void tamper(String sha256, byte[] content) {
		admin.putObject((b) -> b.bucket(this.bucket).key(S3BlobStore.keyOf(sha256)), RequestBody.fromBytes(content));
	}

	@Override
	void remove(String sha256) {
		admin.deleteObject((b) -> b.bucket(this.bucket).key(S3BlobStore.keyOf(sha256)));
	}

	@Test
	void objectsAreKeyedLikeTheFileSystemStore() {
		String sha256 = this.store.put(new byte[] { 7 }).sha256();
		String key = "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
		assertThat(admin.listObjectsV2((b) -> b.bucket(this.bucket)).contents())
			.anySatisfy((o) -> assertThat(o.key()).isEqualTo(key));
	}

	@Test
	void aStoreWithoutObjectLockStartsAndStoresWithoutLocking() {
		try (S3BlobStore locked = new S3BlobStore(BlobStoreConfiguration.client(server.settings(this.bucket, 3650)),
				this.bucket, this.spool, Clock.systemUTC(), Duration.ofDays(3650), S3BlobStore.MIN_PART)) {
			assertThat(locked.locksObjects()).as("s3proxy's file-system backend has no Object Lock").isFalse();
			assertThat(locked.exists(locked.put(new byte[] { 1, 2 }).sha256())).isTrue();
		}
	}

	/**
	 * s3proxy has no Object Lock: the client here is told the bucket has it, and the lock
	 * headers of each write are recorded (then removed, which s3proxy would refuse).
	 */
	@Test
	void everyWriteIsLockedInComplianceModeForTheRetentionWhenTheBucketHasObjectLock() throws IOException {
		List<String> locks = new CopyOnWriteArrayList<>();
		ExecutionInterceptor objectLockBucket = new ExecutionInterceptor() {

			@Override
			public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
				if (context.request() instanceof PutObjectRequest put && put.objectLockMode() != null) {
					locks.add("put " + put.objectLockModeAsString() + " " + put.objectLockRetainUntilDate());
					return put.toBuilder().objectLockMode((String) null).objectLockRetainUntilDate(null).build();
				}
				if (context.request() instanceof CreateMultipartUploadRequest create
						&& create.objectLockMode() != null) {
					locks.add("parts " + create.objectLockModeAsString() + " " + create.objectLockRetainUntilDate());
					return create.toBuilder().objectLockMode((String) null).objectLockRetainUntilDate(null).build();
				}
				return context.request();
			}

			@Override
			public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
				if (context.response() instanceof GetObjectLockConfigurationResponse) {
					return GetObjectLockConfigurationResponse.builder()
						.objectLockConfiguration((c) -> c.objectLockEnabled(ObjectLockEnabled.ENABLED))
						.build();
				}
				return context.response();
			}

		};
		S3Client client = BlobStoreConfiguration.clientBuilder(server.settings(this.bucket, 3650))
			.overrideConfiguration((c) -> c.addExecutionInterceptor(objectLockBucket))
			.build();
		Instant now = Instant.parse("2026-11-30T04:00:00Z");
		try (S3BlobStore locked = new S3BlobStore(client, this.bucket, this.spool, Clock.fixed(now, ZoneOffset.UTC),
				Duration.ofDays(3650), S3BlobStore.MIN_PART)) {
			assertThat(locked.locksObjects()).isTrue();
			String small = locked.put(new byte[] { 1, 2, 3 }).sha256();
			String large = locked.put(new GeneratedContent(S3BlobStore.MIN_PART + 1, 9)).sha256();
			locked.put(new byte[] { 1, 2, 3 });
			assertThat(locks).as("each new object once, none for the repeated put")
				.containsExactly("put COMPLIANCE 2036-11-27T04:00:00Z", "parts COMPLIANCE 2036-11-27T04:00:00Z");
			assertThat(locked.exists(small)).isTrue();
			assertThat(locked.digestsOf(large).orElseThrow().sha256()).isEqualTo(large);
		}
	}

	@Test
	void spooledFilesACrashLeftAreSweptAtStartButNotOnesInUse() throws IOException {
		Path stale = Files.writeString(this.spool.resolve("crashed.s3part"), "half a video");
		Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		Path fresh = Files.writeString(this.spool.resolve("in-use.s3part"), "a put under way");
		new S3BlobStore(BlobStoreConfiguration.client(server.settings(this.bucket, 0)), this.bucket, this.spool,
				Clock.systemUTC(), Duration.ZERO, S3BlobStore.MIN_PART)
			.close();
		assertThat(stale).doesNotExist();
		assertThat(fresh).exists();
		Files.delete(fresh);
	}

	@Test
	void aBucketThatCannotBeReachedStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new S3BlobStore(BlobStoreConfiguration.client(server.settings("no-such-bucket", 0)),
					"no-such-bucket", this.spool, Clock.systemUTC(), Duration.ZERO, S3BlobStore.MIN_PART))
			.withMessageContaining("'no-such-bucket'")
			.withMessageContaining("sanxiang.storage.s3");
	}

}
