package org.sanxiang.evidence;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 requests at once on the evidence endpoints, over real HTTP, from one officer's
 * session: 50 {@code HEAD} and 50 {@code PATCH} of tus uploads (several PATCHes racing
 * for one upload, some completing and finalising it), 50 range requests for a video's
 * bytes and 50 multipart uploads of a photo as new items. Every request is answered
 * without a 5xx; the database pool is never exceeded and nobody waits for a connection
 * until a timeout; the live heap after a collection stays flat; the server answers
 * afterwards; the races are logged as what they are, without an error or a stack trace
 * (two requests of one node once got into one upload at once: an
 * {@code OverlappingFileLockException}). The figures are printed ({@code [load]}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sanxiang.test.context=evidence-load")
@Import(DemoAccounts.class)
class EvidenceUnderLoadIT {

	private static final int EACH = 50;

	private static final String UPLOADS = "/api/v1/evidence/uploads";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	String csrfHeader;

	String csrf;

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void twoHundredConcurrentEvidenceRequestsAreAllAnsweredWithoutA5xxAndStayBounded(CapturedOutput output)
			throws Exception {
		logIn("demo-officer");
		String page = new String(get("/evidence/upload").body(), StandardCharsets.UTF_8);
		Matcher token = Pattern.compile("data-csrf-header=\"([^\"]+)\" data-csrf-token=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		this.csrfHeader = token.group(1);
		this.csrf = token.group(2);
		String certificate = certificate();

		// a video item to stream, and the uploads to race on
		byte[] video = EvidenceFiles.concat(EvidenceFiles.ftyp("isom"),
				EvidenceFiles.box("moov", EvidenceFiles.box("mvhd", new byte[100])),
				EvidenceFiles.box("mdat", new byte[256 * 1024]));
		HttpResponse<byte[]> created = send(multipart(certificate, video, "video/mp4", "a.mp4", "AUDIO_VISUAL"));
		assertThat(created.statusCode()).isEqualTo(302);
		String content = created.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^.*(/evidence/\\d+)$", "$1/content");
		byte[] jpeg = EvidenceFiles.jpeg();
		List<String> uploads = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			HttpResponse<byte[]> upload = send(tus("POST", UPLOADS).header("Upload-Length", String.valueOf(jpeg.length))
				.header("Upload-Metadata",
						"filename " + b64("a.jpg") + ",filetype " + b64("image/jpeg") + ",ownerKind "
								+ b64("INSPECTION") + ",ownerId " + b64("LOAD-1") + ",stage " + b64("ON_SITE"))
				.POST(HttpRequest.BodyPublishers.noBody()));
			assertThat(upload.statusCode()).isEqualTo(201);
			uploads.add(URI.create(upload.headers().firstValue("Location").orElseThrow()).getPath());
		}

		HikariPoolMXBean pool = ((HikariDataSource) this.dataSource).getHikariPoolMXBean();
		int poolSize = ((HikariDataSource) this.dataSource).getMaximumPoolSize();
		long heapBefore = liveHeap();
		int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger maxActive = new AtomicInteger();
		AtomicInteger maxWaiting = new AtomicInteger();
		AtomicInteger maxThreads = new AtomicInteger();
		Thread monitor = new Thread(() -> {
			while (running.get()) {
				maxActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
				maxWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
				maxThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		monitor.setDaemon(true);
		monitor.start();

		Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(4 * EACH);
		List<Future<?>> answers = new ArrayList<>();
		long began = System.nanoTime();
		try {
			for (int i = 0; i < EACH; i++) {
				String upload = uploads.get(i % uploads.size());
				int n = i;
				answers.add(clients.submit(() -> record(statuses, "HEAD", start,
						tus("HEAD", upload).method("HEAD", HttpRequest.BodyPublishers.noBody()))));
				answers.add(clients.submit(() -> record(statuses, "PATCH", start,
						tus("PATCH", upload).header("Upload-Offset", "0")
							.header("Content-Type", "application/offset+octet-stream")
							.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(jpeg)))));
				long from = ThreadLocalRandom.current().nextLong(video.length - 1);
				answers.add(clients.submit(() -> record(statuses, "GET range", start,
						HttpRequest.newBuilder(uri(content)).header("Range", "bytes=" + from + "-" + (from + 65535)))));
				answers.add(clients.submit(() -> record(statuses, "POST multipart", start,
						multipart(certificate, jpeg, "image/jpeg", "现场-" + n + ".jpg", "PHYSICAL"))));
			}
			start.countDown();
			for (Future<?> answer : answers) {
				answer.get(5, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
			running.set(false);
			monitor.join();
		}
		long seconds = Duration.ofNanos(System.nanoTime() - began).toMillis();
		long heapAfter = liveHeap();
		Thread.sleep(1000);
		int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
		System.out.printf(
				"[load] %d concurrent evidence requests in %d ms: %s; Hikari pool %d, at most %d active and %d "
						+ "waiting; JVM threads %d before, %d at most, %d after; live heap %d MB before, %d MB after%n",
				4 * EACH, seconds, new TreeMap<>(statuses), poolSize, maxActive.get(), maxWaiting.get(), threadsBefore,
				maxThreads.get(), threadsAfter, heapBefore >> 20, heapAfter >> 20);

		assertThat(statuses.get("HEAD").keySet()).as("an upload finished meanwhile is gone: 404")
			.isSubsetOf(204, 404, 423);
		assertThat(statuses.get("PATCH").keySet())
			.as("a PATCH that loses a race gets 409 or 423; one on a " + "finished upload 403 or 404, never a 5xx")
			.isSubsetOf(204, 403, 404, 409, 423)
			.contains(204);
		assertThat(statuses.get("GET range").keySet()).containsExactly(206);
		assertThat(statuses.get("POST multipart").keySet()).containsExactly(302);
		assertThat(statuses.values()
			.stream()
			.mapToInt((s) -> s.values().stream().mapToInt(AtomicInteger::get).sum())
			.sum()).isEqualTo(4 * EACH);
		assertThat(maxActive.get()).isLessThanOrEqualTo(poolSize);
		assertThat(heapAfter).as("live heap after the burst").isLessThan(heapBefore + (64L << 20));
		assertThat(output.getOut() + output.getErr()).as("races are expected, and no error")
			.doesNotContain(" ERROR ")
			.doesNotContain("Exception");
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(send(HttpRequest.newBuilder(uri(content)).header("Range", "bytes=0-99")).statusCode())
			.isEqualTo(206);
	}

	private Void record(Map<String, Map<Integer, AtomicInteger>> statuses, String kind, CountDownLatch start,
			HttpRequest.Builder request) throws Exception {
		start.await();
		int status = send(request).statusCode();
		statuses.computeIfAbsent(kind, (k) -> new ConcurrentHashMap<>())
			.computeIfAbsent(status, (s) -> new AtomicInteger())
			.incrementAndGet();
		return null;
	}

	private HttpRequest.Builder tus(String method, String path) {
		return HttpRequest.newBuilder(uri(path)).header("Tus-Resumable", "1.0.0").header(this.csrfHeader, this.csrf);
	}

	private HttpRequest.Builder multipart(String certificate, byte[] file, String type, String name, String kind) {
		String boundary = "----sanxiang" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
		Map<String, String> fields = new TreeMap<>(Map.of("ownerKind", "INSPECTION", "ownerId", "LOAD-1", "ownerStage",
				"ON_SITE", "kind", kind, "description", "现场照片", "officerCertificate", certificate, "place", "牡丹江市某厂",
				"captureStart", LocalDate.now().minusDays(1) + "T09:30", "captureEnd",
				LocalDate.now().minusDays(1) + "T09:40", "_csrf", this.csrf));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((key, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + key + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri("/evidence"))
			.header(this.csrfHeader, this.csrf)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private String certificate() {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		return this.officers.within(Set.of(officer.agencyId()), null)
			.stream()
			.filter((o) -> o.isQualifiedOn(LocalDate.now().minusDays(1)))
			.findFirst()
			.orElseThrow()
			.certificateNumber();
	}

	private void logIn(String username) throws Exception {
		String page = new String(get("/login").body(), StandardCharsets.UTF_8);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode("Sanxiang@2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<byte[]> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.timeout(Duration.ofMinutes(4)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String b64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static long liveHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
