package org.sanxiang.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.casefile.CaseStages;
import org.sanxiang.casefile.Cases;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acts after the notice and after the decision in a real browser: the officer waives
 * the defence for the party and submits the legal review from the case page (the decision
 * form is another's); the head grants a payment plan in two instalments, the officer
 * records the 催告 with the issued 催告书; the page at 1280 and at 390 wide.
 */
// the context and its clock (Tuesday 29 September 2026) are CaseBrowserTests'
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sanxiang.security.password.max-age=3650d")
@org.springframework.context.annotation.Import({ DemoAccounts.class, CaseBrowserTests.Clocks.class })
class CaseLaterActsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Cases cases;

	@Autowired
	OfficerRegistry officers;

	@Autowired
	BusinessTime time;

	@Autowired
	Documents documents;

	@Autowired
	DocumentTypes types;

	@Autowired
	EvidenceItems evidence;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	CaseStages stages() {
		return new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void logIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Sanxiang@2026");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

	void submit(By by) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		Chromium.click(this.browser, by);
		Chromium.awaitNewPage(this.browser, page);
	}

	String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	void type(String id, String value) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	void act(String act, Runnable fill) {
		Chromium.click(this.browser, By.cssSelector("#act-" + act + " > summary"));
		fill.run();
		submit(By.cssSelector("#act-form-" + act + " button[type='submit']"));
	}

	@Test
	void afterTheNoticeTheOfficerWaivesForThePartyAndSubmitsTheLegalReview() throws IOException {
		long id = stages().served("牡丹江浏览器审核化工有限公司", false);
		stages().readyForReview(id);
		this.browser = Chromium.start(1280, 1000);
		logIn("demo-officer");
		this.browser.get(url("/cases/" + id));
		assertThat(text("case-stage")).isEqualTo("陈述申辩（听证）");

		act("WAIVE_STATEMENT", () -> {
		});
		assertThat(text("case-timeline")).contains("放弃陈述申辩");
		// the review needs the draft decision: drafted from the case
		submit(By.id("draft-PENALTY_DECISION"));
		assertThat(this.browser.getCurrentUrl()).matches(".*/documents/\\d+");
		this.browser.get(url("/cases/" + id));

		// a review without the facts is refused in place, in Chinese, the fields kept
		act("SUBMIT_FOR_LEGAL_REVIEW", () -> {
			type("review-address", "黑龙江省牡丹江市阳明区某工业园区88号");
			type("review-violated", "《中华人民共和国水污染防治法》第十条");
			type("review-basis", "《中华人民共和国水污染防治法》第八十三条第二项");
			type("note-SUBMIT_FOR_LEGAL_REVIEW", "首次违法，属一般情节");
			((org.openqa.selenium.JavascriptExecutor) this.browser)
				.executeScript("document.getElementById('review-facts').removeAttribute('required')");
		});
		assertThat(this.browser.findElement(By.id("act-error")).getAttribute("data-code"))
			.isEqualTo("REVIEW_SNAPSHOT_INVALID");
		assertThat(text("act-error")).contains("请填写认定的违法事实");
		type("review-facts", "废水总排口化学需氧量超标1.5倍。");
		submit(By.cssSelector("#act-form-SUBMIT_FOR_LEGAL_REVIEW button[type='submit']"));
		assertThat(this.browser.findElements(By.id("act-error"))).as(() -> text("act-error")).isEmpty();
		assertThat(text("case-timeline")).contains("提交法制审核", "法制审核申请第");
		assertThat(this.cases.caseOf(id, this.demo.principal("demo-officer")).reviewDigest()).isNotNull();
		Chromium.screenshot(this.browser, "case-review-submitted");
	}

	@Test
	void afterTheDecisionTheHeadGrantsInstalmentsAndTheOfficerRemindsTheParty() throws IOException {
		long id = stages().decisionServed("牡丹江浏览器执行化工有限公司");
		long approval = stages().issued(id, "FINE_INSTALMENT_NOTICE");
		long reminder = stages().issued(id, "DEMAND_NOTICE");
		this.browser = Chromium.start(1280, 1000);
		logIn("demo-head");
		this.browser.get(url("/cases/" + id));
		assertThat(text("case-stage")).isEqualTo("决定已送达（执行）");
		Chromium.screenshot(this.browser, "case-served-1280");

		act("GRANT_PAYMENT_PLAN", () -> {
			type("plan-due-0", "10302026");
			type("plan-amount-0", "20000");
			type("plan-due-1", "11302026");
			type("plan-amount-1", "30000");
			Chromium.click(this.browser, By.id("doc-GRANT_PAYMENT_PLAN-" + approval));
		});
		assertThat(text("case-timeline")).contains("批准延期（分期）缴纳", "批准分2期缴纳");

		logIn("demo-officer");
		this.browser.get(url("/cases/" + id));
		assertThat(this.browser.findElements(By.id("act-form-GRANT_PAYMENT_PLAN"))).isEmpty();
		act("REMIND", () -> Chromium.click(this.browser, By.id("doc-REMIND-" + reminder)));
		assertThat(text("case-timeline")).contains("催告", "催告书送达");

		this.browser.quit();
		this.browser = Chromium.phone(390, 844);
		logIn("demo-officer");
		this.browser.get(url("/cases/" + id));
		Chromium.screenshot(this.browser, "case-served-390");
		Chromium.click(this.browser, By.cssSelector("#act-APPLY_FOR_REMEDY > summary"));
		Chromium.screenshot(this.browser, "case-served-390-remedy");
		Object width = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
	}

}
