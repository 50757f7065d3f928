package org.sanxiang.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report in a real browser under the CSP: the agency head opens this year's
 * report, ECharts draws a chart per section (canvas: its SVG renderer writes style
 * attributes, which the CSP refuses) from the page's data attribute (no inline script, no
 * CSP refusal in the console), and a figure's number leads to the records it counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsBrowserTests {

	@LocalServerPort
	int port;

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
	void theHeadSeesTheChartsAndFollowsAFigureToItsRecords() throws Exception {
		this.browser = Chromium.start(1280, 1000);
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("demo-head");
		this.browser.findElement(By.id("password")).sendKeys("Sanxiang@2026");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().endsWith("/login"));

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		this.browser.get(url("/statistics/annual?year=" + year));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.cssSelector("#annual-charts canvas")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#annual-charts .sx-chart"))).hasSizeGreaterThan(1);
		Object errors = ((JavascriptExecutor) this.browser).executeScript("return window.__errors || null;");
		assertThat(errors).isNull();
		List<LogEntry> console = this.browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(console).noneMatch((entry) -> entry.getMessage().contains("Content Security Policy"));
		Chromium.screenshot(this.browser, "statistics-annual");

		String filed = this.browser.findElement(By.cssSelector("#figure-CASE_FILED a")).getText();
		Chromium.click(this.browser, By.cssSelector("#figure-CASE_FILED a"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> d.getCurrentUrl().contains("/statistics/annual/records"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("立案");
		assertThat(this.browser.findElements(By.cssSelector("#counted-records tbody tr")))
			.hasSize(Math.min(20, Integer.parseInt(filed)));
	}

}
