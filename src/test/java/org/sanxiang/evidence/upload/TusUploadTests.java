package org.sanxiang.evidence.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import me.desair.tus.server.upload.UploadId;
import me.desair.tus.server.upload.UploadInfo;
import me.desair.tus.server.upload.UploadLock;
import me.desair.tus.server.upload.UuidUploadIdFactory;
import me.desair.tus.server.upload.disk.DiskLockingService;
import me.desair.tus.server.upload.disk.DiskStorageService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanxiang.core.ContentDigests;
import org.sanxiang.identity.DataScope;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.identity.TestPrincipals;
import org.sanxiang.storage.BlobStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The tus 1.0 endpoint as a client sees it (core, creation, checksum, termination,
 * expiration), the owner of an upload, and its finalisation into the blob store. MockMvc
 * prints nothing: its report of every request (kept for a failure) would copy each 8 MiB
 * body into strings and blur the heap measurement.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class TusUploadTests {

	static final String ENDPOINT = "/api/v1/evidence/uploads";

	static final SanxiangPrincipal OFFICER = TestPrincipals.holding(Role.OFFICER, 1L, "/HLJ/", Set.of(1L));

	static final SanxiangPrincipal OTHER_OFFICER = new SanxiangPrincipal(-2000L, "test-other-officer", "另一执法人员", 1L,
			"测试执法主体", "/HLJ/", 1L, Set.of(Role.OFFICER), new DataScope(Set.of(1L)), true, null, false, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	TusUploads uploads;

	@Autowired
	UploadCleanup cleanup;

	@Autowired
	UploadFinaliser finaliser;

	@Autowired
	TusUploadProperties properties;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CountingCompletion completions;

	@Test
	void creationAnswers201WithTheUploadsLocationAndExpiry() throws Exception {
		MockHttpServletResponse response = create(OFFICER, 11);
		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getHeader("Location")).matches(ENDPOINT + "/[0-9a-f-]{36}");
		assertThat(response.getHeader("Upload-Expires")).isNotBlank();
		assertThat(response.getHeader("Tus-Resumable")).isEqualTo("1.0.0");
	}

	@Test
	void creationWithoutOwnerIsRefusedWith400AndCreatesNothing() throws Exception {
		int before = this.uploads.all().size();
		MockHttpServletResponse response = this.mvc
			.perform(tus(HttpMethod.POST, ENDPOINT, OFFICER).header("Upload-Length", "5")
				.header("Upload-Metadata", "filename " + b64("a.mp4")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("UPLOAD_OWNER_INVALID");
		assertThat(this.uploads.all()).hasSize(before);
	}

	@Test
	void anUploadLargerThanTheLimitIsRefusedWith413() throws Exception {
		MockHttpServletResponse response = create(OFFICER, this.properties.maxSize().toBytes() + 1);
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void aPatchAtTheWrongOffsetIsRefusedWith409() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		assertThat(patch(OFFICER, location, 0, "hello".getBytes()).getStatus()).isEqualTo(204);
		MockHttpServletResponse response = patch(OFFICER, location, 3, "world".getBytes());
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(offset(OFFICER, location)).isEqualTo(5);
	}

	@Test
	void aBadChecksumIsRefusedWith460AndTheOffsetStays() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		assertThat(patch(OFFICER, location, 0, "hello".getBytes()).getStatus()).isEqualTo(204);
		MockHttpServletResponse bad = this.mvc
			.perform(patchRequest(OFFICER, location, 5, "world".getBytes()).header("Upload-Checksum",
					"sha256 " + Base64.getEncoder().encodeToString(sha256("wrong".getBytes()))))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(460);
		assertThat(bad.getContentType()).startsWith("application/problem+json");
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"UPLOAD_CHECKSUM_MISMATCH\"");
		assertThat(offset(OFFICER, location)).isEqualTo(5);
		assertThat(Files.size(this.uploads.directoryOf(id(location)).resolve("data"))).isEqualTo(5);
		MockHttpServletResponse good = this.mvc
			.perform(patchRequest(OFFICER, location, 5, "world".getBytes()).header("Upload-Checksum",
					"sha256 " + Base64.getEncoder().encodeToString(sha256("world".getBytes()))))
			.andReturn()
			.getResponse();
		assertThat(good.getStatus()).isEqualTo(204);
		assertThat(good.getHeader("Upload-Offset")).isEqualTo("10");
	}

	@Test
	void bytesRefusedForTheirChecksumDoNotCountInTheFinishedUploadsDigests() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		assertThat(patch(OFFICER, location, 0, "hello".getBytes()).getStatus()).isEqualTo(204);
		assertThat(this.mvc
			.perform(patchRequest(OFFICER, location, 5, "wrong".getBytes()).header("Upload-Checksum",
					"sha256 " + Base64.getEncoder().encodeToString(sha256("world".getBytes()))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(460);
		assertThat(patch(OFFICER, location, 5, "world".getBytes()).getStatus()).isEqualTo(204);
		var finished = this.finaliser.finish(id(location), OFFICER.accountId());
		assertThat(((UploadFinaliser.UploadState.Finished) finished).upload().digests())
			.isEqualTo(ContentDigests.of("helloworld".getBytes()));
		assertThat(this.blobs.digestsOf(ContentDigests.of("helloworld".getBytes()).sha256()))
			.contains(ContentDigests.of("helloworld".getBytes()));
	}

	/**
	 * A process killed while a PATCH was being written leaves bytes beyond the
	 * acknowledged offset; the library then refused every later PATCH (409) because the
	 * file was longer than the offset.
	 */
	@Test
	void anUploadResumesAfterACrashLeftUnacknowledgedBytes() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		assertThat(patch(OFFICER, location, 0, "hello".getBytes()).getStatus()).isEqualTo(204);
		Files.write(this.uploads.dataOf(id(location)), "wo".getBytes(), java.nio.file.StandardOpenOption.APPEND);
		assertThat(offset(OFFICER, location)).isEqualTo(5);

		assertThat(patch(OFFICER, location, 5, "world".getBytes()).getStatus()).isEqualTo(204);

		var finished = this.finaliser.finish(id(location), OFFICER.accountId());
		assertThat(((UploadFinaliser.UploadState.Finished) finished).upload().digests())
			.isEqualTo(ContentDigests.of("helloworld".getBytes()));
	}

	/**
	 * What a crash leaves and nobody touches for the expiration period: an upload
	 * directory without a description (its creation never answered) and a temporary blob
	 * file of an interrupted finalisation.
	 */
	@Test
	void theCleanUpJobRemovesWhatACrashLeftBehind() throws Exception {
		java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime
			.from(java.time.Instant.now().minus(this.properties.expiration()).minusSeconds(60));
		java.nio.file.Path undescribed = this.uploads.directoryOf(UUID.randomUUID());
		Files.createDirectories(undescribed);
		Files.write(undescribed.resolve("data"), new byte[0]);
		Files.setLastModifiedTime(undescribed.resolve("data"), old);
		Files.setLastModifiedTime(undescribed, old);
		java.nio.file.Path freshUndescribed = this.uploads.directoryOf(UUID.randomUUID());
		Files.createDirectories(freshUndescribed);
		java.nio.file.Path blobTemporary = ((org.sanxiang.storage.FileSystemBlobStore) this.blobs)
			.pathOf("0".repeat(64))
			.getParent()
			.getParent()
			.getParent()
			.getParent()
			.resolve("tmp")
			.resolve(UUID.randomUUID() + ".part");
		Files.createDirectories(blobTemporary.getParent());
		Files.write(blobTemporary, new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(blobTemporary, old);

		this.cleanup.run();

		assertThat(undescribed).doesNotExist();
		assertThat(blobTemporary).doesNotExist();
		assertThat(freshUndescribed).isDirectory();
		Files.delete(freshUndescribed);
	}

	@Test
	void headTellsTheOffsetAndForbidsCaching() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		patch(OFFICER, location, 0, "abc".getBytes());
		MockHttpServletResponse head = this.mvc.perform(tus(HttpMethod.HEAD, location, OFFICER))
			.andReturn()
			.getResponse();
		assertThat(head.getStatus()).isEqualTo(204);
		assertThat(head.getHeader("Upload-Offset")).isEqualTo("3");
		assertThat(head.getHeader("Upload-Length")).isEqualTo("10");
		assertThat(head.getHeaders("Cache-Control")).contains("no-store");
	}

	@Test
	void terminationFreesTheSpace() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		patch(OFFICER, location, 0, "abcde".getBytes());
		assertThat(this.uploads.directoryOf(id(location))).isDirectory();
		MockHttpServletResponse delete = this.mvc.perform(tus(HttpMethod.DELETE, location, OFFICER))
			.andReturn()
			.getResponse();
		assertThat(delete.getStatus()).isEqualTo(204);
		assertThat(this.uploads.directoryOf(id(location))).doesNotExist();
		assertThat(this.mvc.perform(tus(HttpMethod.HEAD, location, OFFICER)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anExpiredUploadIsRemovedByTheCleanUpJob() throws Exception {
		String expired = create(OFFICER, 10).getHeader("Location");
		String fresh = create(OFFICER, 10).getHeader("Location");
		patch(OFFICER, expired, 0, "abc".getBytes());
		DiskStorageService storage = new DiskStorageService(this.properties.dir().toString());
		storage.setIdFactory(new UuidUploadIdFactory());
		UploadInfo info = storage.getUploadInfo(new UploadId(id(expired)));
		info.updateExpiration(-60_000);
		storage.update(info);

		this.cleanup.run();

		assertThat(this.uploads.directoryOf(id(expired))).doesNotExist();
		assertThat(this.uploads.directoryOf(id(fresh))).isDirectory();
	}

	@Test
	void anotherAccountFindsNoUpload() throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		patch(OFFICER, location, 0, "abc".getBytes());
		assertThat(
				this.mvc.perform(tus(HttpMethod.HEAD, location, OTHER_OFFICER)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(patch(OTHER_OFFICER, location, 3, "def".getBytes()).getStatus()).isEqualTo(404);
		assertThat(
				this.mvc.perform(tus(HttpMethod.DELETE, location, OTHER_OFFICER)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get(location + "/result").with(user(OTHER_OFFICER)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(offset(OFFICER, location)).isEqualTo(3);
		assertThat(this.uploads.directoryOf(id(location))).isDirectory();
	}

	@Test
	void theLastPatchStoresTheBlobWithBothDigestsOnceHoweverOftenItIsFinalised() throws Exception {
		byte[] content = "现场执法记录仪视频 bytes".repeat(1000).getBytes(StandardCharsets.UTF_8);
		String location = create(OFFICER, content.length).getHeader("Location");
		UUID id = id(location);
		int half = content.length / 2;
		patch(OFFICER, location, 0, java.util.Arrays.copyOfRange(content, 0, half));
		assertThat(this.uploads.receivedDigests(id, half)).as("digests followed while the bytes arrive")
			.contains(ContentDigests.of(java.util.Arrays.copyOfRange(content, 0, half)));
		MockHttpServletResponse pending = this.mvc.perform(get(location + "/result").with(user(OFFICER)))
			.andReturn()
			.getResponse();
		assertThat(pending.getStatus()).isEqualTo(202);
		int before = this.completions.calls.get();

		assertThat(
				patch(OFFICER, location, half, java.util.Arrays.copyOfRange(content, half, content.length)).getStatus())
			.isEqualTo(204);

		ContentDigests expected = ContentDigests.of(content);
		MockHttpServletResponse result = this.mvc.perform(get(location + "/result").with(user(OFFICER)))
			.andReturn()
			.getResponse();
		assertThat(result.getStatus()).isEqualTo(200);
		assertThat(result.getContentAsString(StandardCharsets.UTF_8)).contains(expected.sha256())
			.contains(expected.sm3())
			.contains("\"size\":" + content.length)
			.contains("INSPECTION")
			.contains("evidence.mp4");
		assertThat(this.blobs.digestsOf(expected.sha256())).contains(expected);
		assertThat(this.uploads.directoryOf(id)).doesNotExist();
		assertThat(this.completions.calls.get()).isEqualTo(before + 1);

		var again = this.finaliser.finish(id, OFFICER.accountId());
		assertThat(again).isInstanceOf(UploadFinaliser.UploadState.Finished.class);
		assertThat(((UploadFinaliser.UploadState.Finished) again).upload().digests()).isEqualTo(expected);
		assertThat(this.completions.calls.get()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from evidence_upload where upload_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCompleteUploadNobodyFinalisedIsFinalisedByTheCleanUpJob() throws Exception {
		byte[] content = "acknowledged before a crash".getBytes(StandardCharsets.UTF_8);
		String location = create(OFFICER, content.length).getHeader("Location");
		UUID id = id(location);
		// the bytes arrive without going through the endpoint, as if the server stopped
		// after acknowledging them and before finalising
		this.mvc.perform(tus(HttpMethod.HEAD, location, OFFICER));
		DiskStorageService storage = new DiskStorageService(this.properties.dir().toString());
		storage.setIdFactory(new UuidUploadIdFactory());
		storage.append(storage.getUploadInfo(new UploadId(id)), new java.io.ByteArrayInputStream(content));
		assertThat(this.jdbc.sql("select count(*) from evidence_upload where upload_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isZero();

		this.cleanup.run();

		assertThat(this.blobs.digestsOf(ContentDigests.of(content).sha256())).contains(ContentDigests.of(content));
		assertThat(this.uploads.directoryOf(id)).doesNotExist();
		assertThat(this.jdbc.sql("select sha256 from evidence_upload where upload_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.single()).isEqualTo(ContentDigests.of(content).sha256());
	}

	/**
	 * 200 MiB in 8 MiB PATCHes: no request (the last one finalises: blob store, digests)
	 * raises the old generation's peak by more than a few chunks, and nothing stays on
	 * the heap afterwards. Keeping the file in memory would add at least its 200 MiB.
	 */
	@Test
	void aLargeUploadKeepsTheHeapBounded() throws Exception {
		long size = 200L * 1024 * 1024;
		int chunk = 8 * 1024 * 1024;
		String location = create(OFFICER, size).getHeader("Location");
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		java.util.Random random = new java.util.Random(14);
		long liveBefore = liveHeap();
		long worstPeakRise = 0;
		for (long offset = 0; offset < size; offset += chunk) {
			byte[] bytes = new byte[chunk];
			random.nextBytes(bytes);
			sha256.update(bytes);
			System.gc();
			long oldBefore = oldGenerations().stream().mapToLong((pool) -> pool.getUsage().getUsed()).sum();
			oldGenerations().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
			assertThat(patch(OFFICER, location, offset, bytes).getStatus()).isEqualTo(204);
			long peak = oldGenerations().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
			worstPeakRise = Math.max(worstPeakRise, peak - oldBefore);
		}
		String expected = java.util.HexFormat.of().formatHex(sha256.digest());
		assertThat(this.blobs.exists(expected)).isTrue();
		assertThat(this.uploads.directoryOf(id(location))).doesNotExist();
		assertThat(worstPeakRise).as("rise of the old generation's peak during one PATCH").isLessThan(64L << 20);
		assertThat(liveHeap() - liveBefore).as("heap kept after the upload").isLessThan(32L << 20);
	}

	private static java.util.List<java.lang.management.MemoryPoolMXBean> oldGenerations() {
		return java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.filter((pool) -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
			.toList();
	}

	private static long liveHeap() {
		System.gc();
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	@Test
	void theUploadPageCarriesTheCsrfHeaderForItsScriptAndNoInlineScript() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/evidence/upload").with(user(OFFICER)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("上传证据文件")
			.contains("data-csrf-header=\"X-CSRF-TOKEN\"")
			.containsPattern("data-csrf-token=\"[^\"]{20,}\"")
			.contains("src=\"/js/evidence-upload.js\"")
			.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		assertThat(this.mvc.perform(get("/js/evidence-upload.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	/**
	 * A client that retries while its earlier PATCH still holds the upload's lock gets
	 * 423; the library would log that at ERROR with a stack trace, which pages an
	 * operator for nothing. It is logged at INFO with the upload; nothing at ERROR.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aLostLockRaceIsAnsweredWith423AndLoggedWithoutError(CapturedOutput output) throws Exception {
		String location = create(OFFICER, 10).getHeader("Location");
		UuidUploadIdFactory ids = new UuidUploadIdFactory();
		ids.setUploadUri(ENDPOINT);
		DiskLockingService locks = new DiskLockingService(ids,
				this.properties.dir().toAbsolutePath().normalize().toString());
		MockHttpServletResponse locked;
		try (UploadLock lock = locks.lockUploadByUri(location)) {
			assertThat(lock).as("the earlier request's lock").isNotNull();
			locked = patch(OFFICER, location, 0, "hello".getBytes());
		}
		assertThat(locked.getStatus()).isEqualTo(423);
		assertThat(locked.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"UPLOAD_LOCKED\"");
		assertThat(patch(OFFICER, location, 0, "hello".getBytes()).getStatus()).as("once the lock is free")
			.isEqualTo(204);
		assertThat(patch(OFFICER, location, 3, "xx".getBytes()).getStatus()).isEqualTo(409);
		assertThat(output.getOut() + output.getErr()).contains(" INFO ")
			.contains(location + ": refused with 423")
			.contains(location + ": refused with 409")
			.doesNotContain(" ERROR ")
			.doesNotContain("UploadAlreadyLockedException");
	}

	/**
	 * Asking for the result of a complete upload while another request holds its lock
	 * (the PATCH that completed it finalising, a HEAD) is answered 202 — ask again — not
	 * 500; once the lock is free, the upload is finalised.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theResultOfACompleteUploadAnotherRequestHoldsIsAskedForAgainNot500(CapturedOutput output) throws Exception {
		byte[] content = "complete, finalised by whoever comes first".getBytes(StandardCharsets.UTF_8);
		String location = create(OFFICER, content.length).getHeader("Location");
		DiskStorageService storage = new DiskStorageService(this.properties.dir().toString());
		storage.setIdFactory(new UuidUploadIdFactory());
		storage.append(storage.getUploadInfo(new UploadId(id(location))), new java.io.ByteArrayInputStream(content));
		UuidUploadIdFactory ids = new UuidUploadIdFactory();
		ids.setUploadUri(ENDPOINT);
		DiskLockingService locks = new DiskLockingService(ids,
				this.properties.dir().toAbsolutePath().normalize().toString());
		MockHttpServletResponse busy;
		try (UploadLock lock = locks.lockUploadByUri(location)) {
			busy = this.mvc.perform(get(location + "/result").with(user(OFFICER))).andReturn().getResponse();
		}
		assertThat(busy.getStatus()).isEqualTo(202);
		MockHttpServletResponse done = this.mvc.perform(get(location + "/result").with(user(OFFICER)))
			.andReturn()
			.getResponse();
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString(StandardCharsets.UTF_8)).contains(ContentDigests.of(content).sha256());
		assertThat(output.getOut() + output.getErr()).contains("upload " + id(location) + ": another request holds it")
			.doesNotContain(" ERROR ")
			.doesNotContain("UploadAlreadyLockedException");
	}

	private MockHttpServletResponse create(SanxiangPrincipal principal, long length) throws Exception {
		return this.mvc
			.perform(tus(HttpMethod.POST, ENDPOINT, principal).header("Upload-Length", String.valueOf(length))
				.header("Upload-Metadata",
						"filename " + b64("evidence.mp4") + ",filetype " + b64("video/mp4") + ",ownerKind "
								+ b64("INSPECTION") + ",ownerId " + b64("42") + ",stage " + b64("ON_SITE")))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse patch(SanxiangPrincipal principal, String location, long offset, byte[] bytes)
			throws Exception {
		return this.mvc.perform(patchRequest(principal, location, offset, bytes)).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder patchRequest(SanxiangPrincipal principal, String location, long offset,
			byte[] bytes) {
		return tus(HttpMethod.PATCH, location, principal).header("Upload-Offset", String.valueOf(offset))
			.header("Content-Type", "application/offset+octet-stream")
			.content(bytes);
	}

	private long offset(SanxiangPrincipal principal, String location) throws Exception {
		return Long.parseLong(this.mvc.perform(tus(HttpMethod.HEAD, location, principal))
			.andReturn()
			.getResponse()
			.getHeader("Upload-Offset"));
	}

	static MockHttpServletRequestBuilder tus(HttpMethod method, String path, SanxiangPrincipal principal) {
		return request(method, path).header("Tus-Resumable", "1.0.0").with(user(principal)).with(csrf().asHeader());
	}

	static UUID id(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	static String b64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] sha256(byte[] bytes) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(bytes);
	}

	/** Counts the completions, as the evidence items' registration will receive them. */
	static class CountingCompletion implements UploadCompletion {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public void completed(FinishedUpload upload) {
			this.calls.incrementAndGet();
		}

	}

	@TestConfiguration
	static class Completions {

		@Bean
		CountingCompletion countingCompletion() {
			return new CountingCompletion();
		}

	}

}
