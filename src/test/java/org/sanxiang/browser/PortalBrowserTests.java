package org.sanxiang.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.identity.AgencyDirectory;
import org.sanxiang.publicity.PublishedDecisions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal as a citizen uses it, in a real browser: searches a company among the
 * published decisions, opens its decision, checks an officer's certificate; every portal
 * page has no serious or critical WCAG 2.1 AA violation (axe-core) and no horizontal
 * scrolling at phone width (390 px).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sanxiang.test.context=portal-browser")
class PortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	BusinessTime time;

	WebDriver browser;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** A published decision of 牡丹江市生态环境局 against a company; its public id. */
	String published(String company) {
		long agency = this.agencies.all()
			.stream()
			.filter((a) -> a.name().equals("牡丹江市生态环境局"))
			.findFirst()
			.orElseThrow()
			.id();
		return PublishedDecisions.publish(this.context, 970_000_000L + System.nanoTime() % 1_000_000L, agency,
				company + "超标排放大气污染物案", this.time.today().minusDays(3), "罚款人民币拾万元", "《中华人民共和国大气污染防治法》第九十九条",
				"一般：超标倍数 0.5 倍以下");
	}

	String officerNumber() {
		// the demo's first officer of 牡丹江市生态环境局 (张伟), certificate valid from two years
		// back
		return "231000" + this.time.today().minusYears(2).getYear() + "0001";
	}

	/** The opaque token of 张伟's certificate, as its printed QR code leads to it (事中). */
	String officerToken() {
		return this.context.getBean(org.sanxiang.officer.OfficerPublicTokens.class).tokenOf(officerId());
	}

	long officerId() {
		return this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select id from officer where certificate_number = :number")
			.param("number", officerNumber())
			.query(Long.class)
			.single();
	}

	/** The portal pages, each with what the citizen must see on it. */
	Map<String, String> portalPages(String decisionId) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/", "执法决定公示");
		pages.put("/portal/decisions", "执法决定公示");
		pages.put("/portal/decisions/" + decisionId, "超标排放大气污染物案");
		pages.put("/portal/certificates?number=" + officerNumber(), "张伟");
		pages.put("/portal/powers", "权责清单");
		pages.put("/portal/discretion", "裁量");
		pages.put("/portal/review-catalogue", "法制审核");
		pages.put("/portal/verify", "核验");
		pages.put("/portal/agencies", "执法主体");
		pages.put("/portal/officers", "执法人员");
		pages.put("/portal/procedures", "执法程序");
		pages.put("/portal/remedies", "救济途径");
		pages.put("/portal/video-recording", "音像记录");
		pages.put("/portal/guide", "服务指南");
		pages.put("/portal/officers/" + officerToken(), "张伟");
		return pages;
	}

	@Test
	void aCitizenSearchesACompanyOpensTheDecisionAndChecksTheOfficer() throws IOException {
		String id = published("牡丹江澄泉印染有限公司");
		this.browser = Chromium.start(1280, 900);
		this.browser.get(url("/portal/decisions"));
		this.browser.findElement(By.id("q")).sendKeys("澄泉印染");
		org.openqa.selenium.WebElement form = this.browser.findElement(By.tagName("html"));
		Chromium.click(this.browser, By.cssSelector("#decision-search button[type=submit]"));
		Chromium.awaitNewPage(this.browser, form);
		assertThat(this.browser.findElement(By.id("decision-total")).getText()).contains("1");
		assertThat(this.browser.getCurrentUrl()).as("no personal data in URLs").doesNotContain("澄泉", "%E6%BE%84");
		Chromium.click(this.browser, By.cssSelector("#decision-list a[href='/portal/decisions/" + id + "']"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> d.getCurrentUrl().endsWith(id));
		assertThat(this.browser.findElement(By.id("decision")).getText()).contains("牡丹江澄泉印染有限公司超标排放大气污染物案", "罚款人民币拾万元",
				"第九十九条");
		Chromium.screenshot(this.browser, "portal-decision");

		this.browser.get(url("/portal/certificates"));
		this.browser.findElement(By.name("number")).sendKeys(officerNumber());
		Chromium.click(this.browser, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.id("certificate-result")).isEmpty());
		assertThat(this.browser.findElement(By.id("certificate-result")).getText()).contains("张伟", "牡丹江市生态环境局",
				officerNumber());

		// 事中: the QR code printed on the certificate leads to the officer's public page
		String qrLink = this.context.getBean(org.sanxiang.officer.OfficerPublicTokens.class).publicUrl(officerId());
		assertThat(qrLink).endsWith("/portal/officers/" + officerToken()).doesNotContain(officerNumber());
		this.browser.get(url(java.net.URI.create(qrLink).getPath()));
		assertThat(this.browser.findElement(By.id("officer-card")).getText()).contains("张伟", "牡丹江市生态环境局",
				officerNumber(), "有效");
	}

	@Test
	void everyPortalPageHasNoSeriousAccessibilityViolation() throws Exception {
		String id = published("宁安北溪造纸有限公司");
		this.browser = Chromium.start(1280, 900);
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, String> page : portalPages(id).entrySet()) {
			this.browser.get(url(page.getKey()));
			assertThat(this.browser.findElement(By.tagName("body")).getText()).as(page.getKey())
				.contains(page.getValue());
			assertThat(this.browser.findElement(By.cssSelector(".sx-portal-title")).getText())
				.as(page.getKey() + ": the header names the bureau")
				.contains("黑龙江省生态环境厅");
			for (String violation : AxeCore.seriousViolations(this.browser)) {
				found.add(page.getKey() + ": " + violation);
			}
		}
		assertThat(found).as("serious or critical WCAG 2.1 AA violations (axe-core %s)", AxeCore.PACKAGE).isEmpty();
		// the check itself works: an image without a text alternative and an unlabelled
		// field are reported
		((JavascriptExecutor) this.browser).executeScript("""
				document.querySelector('main').insertAdjacentHTML('beforeend',
				    '<img src="/favicon.svg"><input type="text" name="probe">')""");
		assertThat(String.join("\n", AxeCore.seriousViolations(this.browser))).contains("image-alt (critical)",
				"label (critical)");
	}

	@Test
	void everyPortalPageFitsAPhone() throws IOException {
		String id = published("东宁金川建材有限公司");
		this.browser = Chromium.phone(390, 844);
		List<String> overflowing = new ArrayList<>();
		for (String path : portalPages(id).keySet()) {
			this.browser.get(url(path));
			JavascriptExecutor js = (JavascriptExecutor) this.browser;
			assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
			Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
			if (scrollWidth.intValue() > 390) {
				Object wide = js.executeScript(
						"""
								return [...document.querySelectorAll('body *')]
								    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
								    .slice(0, 5).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ')""");
				overflowing.add(path + " (" + scrollWidth + " px: " + wide + ")");
			}
			Object broken = js.executeScript("""
					return [...document.querySelectorAll('.sx-portal-header nav a')]
					    .filter((a) => {
					        const s = getComputedStyle(a);
					        const text = a.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
					        return a.getClientRects().length > 1 || text > 1.5 * parseFloat(s.lineHeight); })
					    .map((a) => a.textContent.trim()).join(', ')""");
			if (!"".equals(broken)) {
				overflowing.add(path + " (header links broken over lines: " + broken + ")");
			}
			Object wideTables = js.executeScript("""
					return [...document.querySelectorAll('main table')]
					    .filter((t) => t.getBoundingClientRect().right > window.innerWidth + 1)
					    .map((t) => t.id || t.className).join(', ')""");
			if (!"".equals(wideTables)) {
				overflowing
					.add(path + " (tables wider than the phone, scrolled sideways in their box: " + wideTables + ")");
			}
			Chromium.screenshot(this.browser, "portal-phone" + path.replaceAll("[^a-z0-9]+", "-"));
		}
		assertThat(overflowing).as("portal pages wider than a 390 px phone").isEmpty();
	}

}
