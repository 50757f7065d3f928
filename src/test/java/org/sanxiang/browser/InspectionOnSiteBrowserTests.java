package org.sanxiang.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.inspection.DrawnTask;
import org.sanxiang.inspection.InspectionTask;
import org.sanxiang.inspection.InspectionTasks;
import org.sanxiang.inspection.InspectionsDrawn;
import org.sanxiang.inspection.TaskStatus;
import org.sanxiang.officer.Officer;
import org.sanxiang.officer.OfficerRegistry;
import org.sanxiang.subject.PartyRegistry;
import org.sanxiang.subject.PartySummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector on a phone (390×844): opens the task from 我的检查任务, fills the checklist,
 * registers a photo through the evidence form, loses the connection and goes on filling
 * and signing (离线，已保存在本机), reloads while the server is still out of reach and finds the
 * draft restored, gets the connection back (已同步), finishes after the confirm page; the
 * 现场检查笔录 is issued and its PDF is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoAccounts.class)
class InspectionOnSiteBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InspectionTasks tasks;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	PartyRegistry parties;

	@Autowired
	JdbcClient jdbc;

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
	void anInspectorFillsTheRecordOfflineReloadsSyncsSignsAndTheRecordIsIssued() throws Exception {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Officer first = officerOf("demo-officer");
		Officer second = officerOf("demo-officer2");
		PartySummary party = this.parties.search(officer.dataScope().agencyIds(), null, null, 0).items().get(0);
		LocalDate today = this.tasks.today();
		InspectionTask task = this.tasks.fromDraw(new InspectionsDrawn(9101, officer.agencyId(), "牡环抽〔2026〕9号",
				List.of(new DrawnTask(party.id(), party.name(), "KEY_POLLUTER", 3L, "排污许可证执行情况检查", "《排污许可管理条例》第三十条",
						List.of("排污口设置是否规范", "污染防治设施是否正常运行", "自行监测记录是否齐全"), List.of(first.id(), second.id()), today,
						today.plusDays(20)))))
			.get(0);
		Path photo = Files.createTempDirectory("sanxiang-photo").resolve("site-photo.png");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().setColor(Color.ORANGE);
		image.getGraphics().fillRect(5, 5, 40, 30);
		ImageIO.write(image, "png", photo.toFile());

		this.browser = Chromium.phone(390, 844);
		logIn("demo-officer");
		this.browser.get(url("/inspection/tasks"));
		Chromium.click(this.browser, By.linkText(task.taskNumber()));
		wait(20).until((d) -> d.getCurrentUrl().endsWith("/inspection/tasks/" + task.id()));
		Chromium.click(this.browser, By.id("itask-onsite"));
		wait(20).until((d) -> state().equals("success"));
		assertThat(text("onsite-sync")).isEqualTo("已同步");
		assertThat(width()).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(390);

		// the first line, synced at once
		Chromium.click(this.browser, By.cssSelector("label[for='r0-OK']"));
		this.browser.findElement(By.id("n0")).sendKeys("设有规范化排污口标志牌");
		this.browser.findElement(By.id("n0")).sendKeys(org.openqa.selenium.Keys.TAB);
		wait(20).until((d) -> serverDraft(task).contains("设有规范化排污口标志牌") && state().equals("success"));
		Thread.sleep(1000);
		synced();

		// a photo registered as the task's evidence through the evidence form
		Chromium.click(this.browser, By.id("onsite-photo"));
		wait(20).until((d) -> d.getCurrentUrl().contains("/evidence/new"));
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("AUDIO_VISUAL");
		this.browser.findElement(By.id("description")).sendKeys("污水处理站现场照片");
		this.browser.findElement(By.id("officerCertificate")).sendKeys(first.certificateNumber());
		this.browser.findElement(By.id("place")).sendKeys("厂区污水处理站");
		LocalDateTime taken = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(30).withSecond(0).withNano(0);
		js("document.getElementById('captureStart').value = arguments[0];"
				+ "document.getElementById('captureEnd').value = arguments[1];", taken.toString(),
				taken.plusMinutes(1).toString());
		this.browser.findElement(By.id("file")).sendKeys(photo.toString());
		Chromium.click(this.browser, By.cssSelector("#evidence-form button[type=submit]"));
		wait(20).until((d) -> d.getCurrentUrl().matches(".*/evidence/\\d+$"));
		this.browser.get(url("/inspection/tasks/" + task.id() + "/onsite"));
		synced();
		assertThat(text("onsite-evidence")).contains("污水处理站现场照片");
		assertThat(this.browser.findElement(By.id("r0-OK")).isSelected()).as("the synced draft is shown").isTrue();

		// the connection is lost: everything goes on in the browser
		((HasNetworkConditions) this.browser).setNetworkConditions(offline());
		Chromium.click(this.browser, By.cssSelector("label[for='r1-NOK']"));
		this.browser.findElement(By.id("n1")).sendKeys("生化池未运行");
		Chromium.click(this.browser, By.cssSelector("label[for='r2-NA']"));
		this.browser.findElement(By.id("place")).sendKeys("厂区污水处理站及东墙外雨水井");
		this.browser.findElement(By.id("onSitePerson")).sendKeys("李某某，生产部经理");
		Chromium.click(this.browser, By.id("violation-yes"));
		this.browser.findElement(By.id("finding")).sendKeys("污染防治设施未正常运行，涉嫌逃避监管排放水污染物");
		this.browser.findElement(By.id("partySigner")).sendKeys("李某某");
		sign("sig-party");
		sign("sig-" + first.id());
		sign("sig-" + second.id());
		wait(20).until((d) -> text("onsite-sync").equals("离线，已保存在本机"));
		Chromium.screenshot(this.browser, "inspection-onsite-offline");
		assertThat(serverDraft(task)).as("nothing reached the server").doesNotContain("生化池未运行");

		// reloaded while the server is still out of reach: the draft is restored from the
		// browser
		ChromiumDriver cdp = (ChromiumDriver) this.browser;
		cdp.executeCdpCommand("Network.enable", Map.of());
		cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/inspection/*")));
		((HasNetworkConditions) this.browser).deleteNetworkConditions();
		this.browser.navigate().refresh();
		wait(20).until((d) -> text("onsite-sync").equals("离线，已保存在本机"));
		assertThat(this.browser.findElement(By.id("r1-NOK")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.id("r2-NA")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.id("n1")).getDomProperty("value")).isEqualTo("生化池未运行");
		assertThat(this.browser.findElement(By.id("place")).getDomProperty("value")).isEqualTo("厂区污水处理站及东墙外雨水井");
		assertThat(this.browser.findElement(By.id("violation-yes")).isSelected()).isTrue();
		wait(10).until((d) -> inked("sig-party") && inked("sig-" + second.id()));
		assertThat(serverDraft(task)).doesNotContain("生化池未运行");

		// the connection is back: the draft is sent
		cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
		wait(30).until((d) -> state().equals("success"));
		assertThat(text("onsite-sync")).isEqualTo("已同步");
		assertThat(serverDraft(task)).contains("生化池未运行", "厂区污水处理站及东墙外雨水井", "data:image/png;base64,");
		Chromium.screenshot(this.browser, "inspection-onsite-synced");

		// finished after the confirm page
		Chromium.click(this.browser, By.id("onsite-done"));
		wait(20).until((d) -> d.getCurrentUrl().endsWith("/inspection/tasks/" + task.id()));
		WebElement page = this.browser.findElement(By.tagName("html"));
		Chromium.click(this.browser, By.id("itask-finish"));
		Chromium.awaitNewPage(this.browser, page);
		assertThat(text("itask-confirm")).contains("完成检查任务", task.taskNumber(), "签发后检查记录不能再修改");
		page = this.browser.findElement(By.tagName("html"));
		Chromium.click(this.browser, By.cssSelector("#itask-confirm-form button[type=submit]"));
		Chromium.awaitNewPage(this.browser, page);
		wait(30).until((d) -> d.findElement(By.id("itask-status")).getDomAttribute("data-status").equals("DONE"));
		assertThat(text("itask-result")).contains("涉嫌逃避监管");
		assertThat(this.tasks.task(task.id(), officer).status()).isEqualTo(TaskStatus.DONE);
		Long documentId = this.tasks.task(task.id(), officer).recordDocumentId();
		Object pdf = ((JavascriptExecutor) this.browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch('/api/v1/documents/' + arguments[0] + '/file', { credentials: 'same-origin' })
						    .then((r) => r.arrayBuffer().then((b) => done(r.status + ' ' + new TextDecoder().decode(b.slice(0, 5)))))
						    .catch((e) => done(String(e)));""",
				documentId);
		assertThat(pdf).isEqualTo("200 %PDF-");
		assertThat(this.jdbc.sql("select type_code from document where id = :id")
			.param("id", documentId)
			.query(String.class)
			.single()).isEqualTo("SITE_INSPECTION_RECORD");
		Chromium.screenshot(this.browser, "inspection-task-done");
	}

	private Officer officerOf(String username) {
		SanxiangPrincipal principal = this.demo.principal(username);
		return this.officers.within(Set.of(principal.agencyId()), null)
			.stream()
			.filter((o) -> o.accountId() != null && o.accountId() == principal.accountId())
			.findFirst()
			.orElseThrow();
	}

	private String serverDraft(InspectionTask task) {
		String draft = this.jdbc.sql("select draft from inspection_task where id = :id")
			.param("id", task.id())
			.query((rs, n) -> String.valueOf(rs.getString(1)))
			.single();
		return draft;
	}

	/** Draws a stroke on the signature pad. */
	private void sign(String canvasId) {
		WebElement canvas = this.browser.findElement(By.id(canvasId));
		js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", canvas);
		new Actions(this.browser).moveToElement(canvas, -60, 0)
			.clickAndHold()
			.moveByOffset(30, 15)
			.moveByOffset(30, -20)
			.moveByOffset(40, 10)
			.release()
			.perform();
	}

	/** Whether the canvas shows something drawn. */
	private boolean inked(String canvasId) {
		return (Boolean) js("""
				const c = document.getElementById(arguments[0]);
				const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { return true; } }
				return false;""", canvasId);
	}

	/** Waits for 已同步, or fails saying what the page says instead. */
	private void synced() throws Exception {
		try {
			wait(20).until((d) -> state().equals("success"));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Chromium.screenshot(this.browser, "inspection-onsite-not-synced");
			throw new AssertionError(
					"not synced: " + text("onsite-sync") + " / "
							+ this.browser.findElement(By.id("onsite-conflict-text")).getDomProperty("textContent"),
					ex);
		}
	}

	private String state() {
		return String.valueOf(this.browser.findElement(By.id("onsite-sync")).getDomAttribute("data-state"));
	}

	private long width() {
		return ((Number) js("return document.documentElement.scrollWidth;")).longValue();
	}

	private static ChromiumNetworkConditions offline() {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(true);
		return conditions;
	}

	private void logIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Sanxiang@2026");
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

}
