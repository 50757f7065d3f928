package org.sanxiang.document;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One officer asks for 40 PDF previews at once, over real HTTP, on the 1 GB heap the
 * failsafe JVM runs with: every request is answered (the PDF, or 503 with
 * {@code Retry-After} when the render queue is full), the server answers afterwards, and
 * the heap left after a collection is no larger than after a single render (within 1.5×).
 * A font parsed per worker thread broke all three.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PdfPreviewUnderLoadIT {

	private static final int CONCURRENT = 40;

	private static final String PREVIEW = "/api/v1/documents/templates/PENALTY_DECISION/preview?format=pdf";

	@LocalServerPort
	int port;

	@Autowired
	DocumentFonts fonts;

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void fortyConcurrentPreviewsAreAllAnsweredAndLeaveTheHeapFlat() throws Exception {
		if (!this.fonts.available()) {
			assertThat(System.getenv("CI")).as("CI=true needs the CJK font the build fetches").isNotEqualTo("true");
			Assumptions.abort("No CJK TrueType font on this machine (build with npm to fetch Noto Serif SC)");
		}
		logIn("demo-officer");
		HttpResponse<byte[]> first = get(PREVIEW);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(new String(first.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		long single = liveHeap();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
		List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
		long began = System.nanoTime();
		try {
			for (int i = 0; i < CONCURRENT; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return get(PREVIEW);
				}));
			}
			start.countDown();
			int ok = 0;
			int busy = 0;
			for (Future<HttpResponse<byte[]>> answer : answers) {
				HttpResponse<byte[]> response = answer.get(5, TimeUnit.MINUTES);
				if (response.statusCode() == 200) {
					assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
					ok++;
				}
				else {
					assertThat(response.statusCode()).isEqualTo(503);
					assertThat(response.headers().firstValue("Retry-After"))
						.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
					assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
					assertThat(new String(response.body(), StandardCharsets.UTF_8))
						.contains("\"code\":\"DOCUMENT_RENDER_BUSY\"")
						.contains("秒后重试");
					busy++;
				}
			}
			long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
			long concurrent = liveHeap();
			System.out.printf(
					"[load] %d concurrent previews: %d × 200, %d × 503 in %d s; live heap after one "
							+ "render %d MB, after the %d %d MB (%.2f×)%n",
					CONCURRENT, ok, busy, seconds, single >> 20, CONCURRENT, concurrent >> 20,
					(double) concurrent / single);
			assertThat(ok).as("some previews are rendered").isPositive();
			assertThat(ok + busy).isEqualTo(CONCURRENT);
			assertThat(concurrent).as("live heap after %d concurrent renders vs one", CONCURRENT)
				.isLessThanOrEqualTo(single * 3 / 2);
		}
		finally {
			pool.shutdownNow();
		}

		HttpResponse<byte[]> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(new String(health.body(), StandardCharsets.UTF_8)).contains("\"status\":\"UP\"");
		assertThat(get(PREVIEW).statusCode()).as("a preview after the burst").isEqualTo(200);
	}

	private void logIn(String username) throws Exception {
		String page = new String(get("/login").body(), StandardCharsets.UTF_8);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode("Sanxiang@2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<byte[]> login = this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(4)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static long liveHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
