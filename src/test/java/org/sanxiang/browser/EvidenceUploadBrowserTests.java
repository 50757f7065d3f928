package org.sanxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer uploads body-camera video on the real upload page; the connection drops in
 * the middle and the tab is closed; the page opened again offers the unfinished upload
 * and, given the file again, finishes it from the server's offset; the video is
 * registered as evidence and plays on its detail page under the viewer's name and the
 * time. The server's side of the wire is logged by a filter (each tus request with its
 * offsets, each request for the video's bytes with its range and status); the upload page
 * sends PATCHes of 128 KiB here ({@code sanxiang.evidence.uploads.chunk-size}), so that a
 * generated video of about 1 MiB takes several.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sanxiang.evidence.uploads.chunk-size=128KB")
@Import({ DemoAccounts.class, EvidenceUploadBrowserTests.WireLog.class })
class EvidenceUploadBrowserTests {

	static final int CHUNK = 128 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	WireLog wire;

	@Autowired
	DemoAccounts demo;

	@Autowired
	OfficerRegistry officers;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aVideoUploadSurvivesADroppedConnectionAndAClosedTabAndPlaysWithTheWatermark() throws Exception {
		byte[] video = PlayableMp4.video(10, 10);
		assertThat(video.length).as("several PATCHes").isGreaterThan(6 * CHUNK);
		Path file = Files.createTempDirectory("sanxiang-video").resolve("bodycam-0930.mp4");
		Files.write(file, video);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video));

		this.browser = Chromium.start(1280, 1000);
		logIn("demo-officer", "Sanxiang@2026");
		this.browser.get(url("/evidence/upload"));
		this.browser.findElement(By.id("owner-id")).sendKeys("T-BROWSER-1");
		this.browser.findElement(By.id("upload-file")).sendKeys(file.toString());
		this.wire.slow = true; // a slow link: every PATCH takes a while to arrive
		this.browser.findElement(By.id("upload-start")).click();

		// the connection drops after three PATCHes
		wait(30).until((d) -> this.wire.patches().stream().filter((p) -> p.status() == 204).count() >= 3);
		((HasNetworkConditions) this.browser).setNetworkConditions(offline());
		wait(30).until((d) -> text("upload-status").contains("网络中断"));
		Chromium.screenshot(this.browser, "evidence-upload-offline");
		String upload = this.wire.patches().get(0).path();
		long before = this.wire.patches().size();

		// the tab is closed while offline; a new one opens the page again
		String closing = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.TAB);
		String fresh = this.browser.getWindowHandle();
		this.browser.switchTo().window(closing).close();
		this.browser.switchTo().window(fresh);
		((HasNetworkConditions) this.browser).deleteNetworkConditions();
		Thread.sleep(500); // a PATCH the dropped connection left in flight has landed by
							// now
		long serverOffset = this.wire.lastOffset(upload);
		assertThat(serverOffset).as("the server kept what arrived").isGreaterThanOrEqualTo(3L * CHUNK);
		assertThat(this.wire.patches()).as("no PATCH got through while offline or after the tab closed")
			.hasSizeLessThanOrEqualTo((int) before + 1);
		this.browser.get(url("/evidence/upload"));
		wait(20).until((d) -> d.findElement(By.id("upload-resume")).isDisplayed());
		long percent = serverOffset * 100 / video.length;
		assertThat(text("upload-pending")).contains("bodycam-0930.mp4", "已上传 " + percent + "%", "从中断处继续");
		assertThat(this.browser.findElement(By.id("owner-id")).getDomProperty("value"))
			.as("the record of the unfinished upload is filled in")
			.isEqualTo("T-BROWSER-1");
		assertThat(this.browser.findElement(By.id("upload-bar")).getText()).isEqualTo(percent + "%");
		assertThat(text("upload-resume").replace("bodycam-0930.mp4", "")).as("no code or English in the offer")
			.doesNotContainPattern("[A-Za-z]");
		Chromium.screenshot(this.browser, "evidence-upload-resume-offer");

		// the same file again: the upload goes on from the server's offset, not from 0
		int resumedFrom = this.wire.patches().size();
		this.browser.findElement(By.id("upload-file")).sendKeys(file.toString());
		this.browser.findElement(By.id("upload-start")).click();
		wait(20).until((d) -> this.wire.patches().size() > resumedFrom);
		assertThat(Integer.parseInt(this.browser.findElement(By.id("upload-bar")).getText().replace("%", "")))
			.as("the progress bar starts above 0")
			.isGreaterThanOrEqualTo((int) percent);
		this.wire.slow = false;
		wait(60).until((d) -> d.findElement(By.id("upload-result")).isDisplayed());
		List<Patch> resumed = this.wire.patches().subList(resumedFrom, this.wire.patches().size());
		assertThat(resumed).isNotEmpty().allSatisfy((p) -> assertThat(p.path()).isEqualTo(upload));
		assertThat(resumed.get(0).offset()).as("the first PATCH after reopening starts at the server's offset")
			.isEqualTo(serverOffset);
		assertThat(resumed).noneSatisfy((p) -> assertThat(p.offset()).isZero());
		assertThat(this.wire.lastOffset(upload)).isEqualTo(video.length);
		assertThat(text("result-sha256")).as("the stored bytes are the file's").isEqualTo(sha256);
		assertThat(text("upload-status")).contains("已保存");
		Chromium.screenshot(this.browser, "evidence-upload-done");

		// registered as evidence through the page
		this.browser.findElement(By.id("result-register")).click();
		wait(20).until((d) -> d.getCurrentUrl().contains("/evidence/new?uploadId="));
		assertThat(text("uploaded-file")).contains("bodycam-0930.mp4", sha256);
		this.browser.findElement(By.id("description")).sendKeys("现场检查执法记录仪视频（上传中断后续传）");
		this.browser.findElement(By.id("officerCertificate")).sendKeys(certificate());
		this.browser.findElement(By.id("place")).sendKeys("海林市某化工厂厂区");
		LocalDate yesterday = LocalDate.now().minusDays(1);
		js("document.getElementById('captureStart').value = arguments[0];"
				+ "document.getElementById('captureEnd').value = arguments[1];", yesterday + "T09:30",
				yesterday + "T09:31");
		Chromium.click(this.browser, By.cssSelector("#evidence-form button[type=submit]"));
		wait(20).until((d) -> d.getCurrentUrl().matches(".*/evidence/\\d+$"));

		// the detail page: the player plays the video, with ranges, under the watermark
		WebElement player = this.browser.findElement(By.cssSelector(".sx-evidence-player video"));
		String content = player.getDomProperty("src");
		assertThat(content).endsWith(this.browser.getCurrentUrl().replaceFirst(".*(/evidence/\\d+)$", "$1/content"));
		Object played = ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const video = document.querySelector('.sx-evidence-player video');
				video.muted = true;
				const report = () => done({ readyState: video.readyState, duration: video.duration,
				    width: video.videoWidth, time: video.currentTime, error: video.error && video.error.code });
				video.addEventListener('error', report);
				video.play().then(() => setTimeout(() => { video.pause(); report(); }, 700), report);""");
		@SuppressWarnings("unchecked")
		Map<String, Object> state = (Map<String, Object>) played;
		assertThat(state.get("error")).as("decoded without error: " + state).isNull();
		assertThat(((Number) state.get("readyState")).intValue()).isGreaterThanOrEqualTo(2);
		assertThat(((Number) state.get("duration")).doubleValue()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(0.05));
		assertThat(((Number) state.get("width")).intValue()).isEqualTo(PlayableMp4.WIDTH);
		assertThat(((Number) state.get("time")).doubleValue()).as("it played").isGreaterThan(0);
		assertThat(this.wire.contentRequests()).as("the player asked for ranges and got 206")
			.anySatisfy((r) -> assertThat(r).startsWith("bytes=").endsWith("→206"));

		WebElement watermark = this.browser.findElement(By.cssSelector(".sx-evidence-player .sx-watermark"));
		assertThat(watermark.getText()).matches("张伟 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		LocalDateTime shown = LocalDateTime.parse(watermark.getText().substring(3).replace(' ', 'T'));
		assertThat(Duration.between(shown, LocalDateTime.now(ZoneId.of("Asia/Shanghai"))).abs())
			.as("the time of viewing, as people read it (Beijing time)")
			.isLessThan(Duration.ofMinutes(2));
		assertThat(watermark.isDisplayed()).isTrue();
		@SuppressWarnings("unchecked")
		Map<String, Object> over = (Map<String, Object>) js("""
				const v = document.querySelector('.sx-evidence-player video').getBoundingClientRect();
				const w = document.querySelector('.sx-evidence-player .sx-watermark');
				const r = w.getBoundingClientRect();
				const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
				return { inside: cx > v.left && cx < v.right && cy > v.top && cy < v.bottom,
				    opacity: Number(getComputedStyle(w).opacity), color: getComputedStyle(w).color,
				    position: getComputedStyle(w).position };""");
		assertThat(over).containsEntry("inside", true).containsEntry("position", "absolute");
		assertThat(((Number) over.get("opacity")).doubleValue()).isGreaterThan(0);
		assertThat(text("custody-table")).contains("张伟");
		Chromium.screenshot(this.browser, "evidence-detail-player");
	}

	private static ChromiumNetworkConditions offline() {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(true);
		return conditions;
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

	private void logIn(String username, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login-submit")).click();
		wait(20).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

	private WebDriverWait wait(int seconds) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	/** A PATCH as the server saw it: the upload, the offset asked for, the answer. */
	record Patch(String path, long offset, int status, long newOffset) {
	}

	/**
	 * The server's side of the wire: every tus PATCH with its offsets, every request for
	 * an item's bytes with its range and status; and, while {@link #slow}, a link slow
	 * enough that an upload of a few PATCHes can be cut in the middle.
	 */
	@TestConfiguration
	static class WireLog {

		final List<Patch> patches = new CopyOnWriteArrayList<>();

		final List<String> content = new CopyOnWriteArrayList<>();

		volatile boolean slow;

		List<Patch> patches() {
			return List.copyOf(this.patches);
		}

		List<String> contentRequests() {
			return List.copyOf(this.content);
		}

		long lastOffset(String path) {
			return this.patches.stream()
				.filter((p) -> p.path().equals(path) && p.status() == 204)
				.mapToLong(Patch::newOffset)
				.max()
				.orElse(0);
		}

		@Bean
		FilterRegistrationBean<Filter> wireLogFilter() {
			Filter filter = (servletRequest, servletResponse, chain) -> {
				HttpServletRequest request = (HttpServletRequest) servletRequest;
				HttpServletResponse response = (HttpServletResponse) servletResponse;
				boolean patch = "PATCH".equals(request.getMethod());
				if (patch && this.slow) {
					try {
						Thread.sleep(400);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				chain.doFilter(request, response);
				if (patch) {
					String offset = request.getHeader("Upload-Offset");
					String after = response.getHeader("Upload-Offset");
					this.patches.add(new Patch(request.getRequestURI(), (offset != null) ? Long.parseLong(offset) : -1,
							response.getStatus(), (after != null) ? Long.parseLong(after) : -1));
				}
				else if (request.getRequestURI().endsWith("/content")) {
					this.content.add(request.getHeader("Range") + "→" + response.getStatus());
				}
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
			registration.addUrlPatterns("/api/v1/evidence/uploads/*", "/evidence/*");
			return registration;
		}

	}

}
