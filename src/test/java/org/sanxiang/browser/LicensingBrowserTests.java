package org.sanxiang.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.licensing.ApplicationStatus;
import org.sanxiang.licensing.Licence;
import org.sanxiang.licensing.LicenceApplication;
import org.sanxiang.licensing.Licensing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window clerk (demo-officer) receives a hazardous-waste licence application and
 * accepts it on the confirm page; the agency head (demo-head) decides 准予 on the confirm
 * page; the decision and the licence are issued as documents whose PDFs are served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoAccounts.class)
class LicensingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Licensing licensing;

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
	void theClerkReceivesAndAcceptsAndTheHeadGrantsOnTheConfirmPages() throws Exception {
		this.browser = Chromium.start(1280, 900);
		logIn("demo-officer");
		this.browser.get(url("/licensing/applications/new?type=HAZWASTE"));
		// a company (a natural person's name is published masked)
		Select parties = new Select(this.browser.findElement(By.id("partyId")));
		parties.selectByVisibleText(parties.getOptions()
			.stream()
			.map(WebElement::getText)
			.filter((name) -> name.contains("公司"))
			.findFirst()
			.orElseThrow());
		this.browser.findElement(By.id("subjectMatter")).sendKeys("废矿物油收集、贮存经营许可（浏览器）");
		for (WebElement box : this.browser.findElements(By.name("materials"))) {
			Chromium.click(this.browser, By.id(box.getDomAttribute("id")));
		}
		Chromium.click(this.browser, By.id("licensing-receive"));
		wait(20).until((d) -> d.getCurrentUrl().matches(".*/licensing/applications/\\d+$"));
		String page = this.browser.getCurrentUrl();
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		assertThat(text("licensing-status")).isEqualTo("已收件");
		Chromium.click(this.browser, By.id("licensing-do-accept"));
		wait(20).until((d) -> !d.findElements(By.id("licensing-confirm")).isEmpty());
		Chromium.click(this.browser, By.id("licensing-confirm-button"));
		wait(20).until((d) -> d.getCurrentUrl().equals(page) && !d.findElements(By.id("licensing-status")).isEmpty());
		assertThat(text("licensing-status")).isEqualTo("已受理");
		assertThat(this.browser.findElements(By.id("licensing-do-grant"))).as("the clerk does not decide").isEmpty();
		this.browser.quit();

		this.browser = Chromium.start(1280, 900);
		logIn("demo-head");
		this.browser.get(page);
		this.browser.findElement(By.id("content-grant")).clear();
		this.browser.findElement(By.id("content-grant")).sendKeys("收集、贮存HW08废矿物油，年经营规模2000吨");
		Chromium.click(this.browser, By.id("licensing-do-grant"));
		wait(20).until((d) -> !d.findElements(By.id("licensing-confirm")).isEmpty());
		assertThat(text("licensing-confirm")).contains("准予行政许可", "收集、贮存HW08废矿物油");
		Chromium.click(this.browser, By.id("licensing-confirm-button"));
		wait(20).until((d) -> d.getCurrentUrl().equals(page) && !d.findElements(By.id("licensing-status")).isEmpty());
		assertThat(text("licensing-status")).isEqualTo("准予许可");
		Chromium.screenshot(this.browser, "licensing-granted");

		SanxiangPrincipal head = this.demo.principal("demo-head");
		LicenceApplication granted = this.licensing.application(id, head);
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		Licence licence = this.licensing.licence(granted.licenceId(), head);
		long certificate = this.jdbc
			.sql("select id from document where type_code = 'LICENCE_CERTIFICATE' and doc_number = :n")
			.param("n", licence.licenceNumber())
			.query(Long.class)
			.single();
		for (long documentId : List.of(granted.decisionDocumentId(), certificate)) {
			assertThat(pdf(documentId)).as("document " + documentId).isEqualTo("200 %PDF-");
		}
		Chromium.click(this.browser, By.id("licensing-licence-link"));
		wait(20).until((d) -> !d.findElements(By.id("licensing-licence-number")).isEmpty());
		assertThat(text("licensing-licence-number")).isEqualTo(licence.licenceNumber());

		// the applicant, not logged in, finds the application's progress on the portal by
		// its number and the check code printed on the 受理通知书 (posted, not in the URL)
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/portal/licensing/progress"));
		this.browser.findElement(By.id("number")).sendKeys(granted.applicationNumber());
		this.browser.findElement(By.id("checkCode")).sendKeys(granted.checkCode());
		this.browser.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
		wait(20).until((d) -> !d.findElements(By.id("progress-status")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).doesNotContain(granted.checkCode());
		assertThat(text("progress-decision")).isEqualTo(granted.decisionNumber());
		Chromium.screenshot(this.browser, "licensing-progress");

		// the publisher approves the decision's redacted publication (双公示), and the
		// citizen
		// finds it on the portal by the company's name (the search is posted)
		long publication = org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select id from publicity_publication where origin = 'LICENSING' and case_id = :id")
				.param("id", id)
				.query(Long.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
		logIn("demo-publisher");
		this.browser.get(url("/publicity/publications/" + publication));
		Chromium.click(this.browser, By.id("approve"));
		wait(20)
			.until((d) -> "PUBLISHED".equals(this.jdbc.sql("select status from publicity_publication where id = :id")
				.param("id", publication)
				.query(String.class)
				.single()));
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/portal/decisions"));
		this.browser.findElement(By.id("party")).sendKeys(licence.partyName());
		Chromium.click(this.browser, By.cssSelector("#decision-search button[type=submit]"));
		wait(20).until((d) -> !d.findElements(By.cssSelector("a[href^='/portal/decisions/']")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).doesNotContain("q=");
		Chromium.click(this.browser, By.cssSelector("a[href^='/portal/decisions/']"));
		wait(20).until((d) -> d.getPageSource().contains(granted.decisionNumber()));
		assertThat(this.browser.getPageSource()).contains(licence.licenceNumber());
		Chromium.screenshot(this.browser, "licensing-decision-on-portal");
	}

	private Object pdf(long documentId) {
		return ((JavascriptExecutor) this.browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch('/api/v1/documents/' + arguments[0] + '/file', { credentials: 'same-origin' })
						    .then((r) => r.arrayBuffer().then((b) => done(r.status + ' ' + new TextDecoder().decode(b.slice(0, 5)))))
						    .catch((e) => done(String(e)));""",
				documentId);
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

}
