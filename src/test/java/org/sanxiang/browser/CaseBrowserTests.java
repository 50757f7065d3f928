package org.sanxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.document.Document;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A penalty case in a real browser, as issue 16 asks: the officer files a case (it gets
 * its 案号), records an inquiry with a second officer, sees the handling period; ends the
 * investigation; the unit head approves the case (案件审查, refused to the officer); the
 * officer drafts the 行政处罚事先告知书 from the case, writes its text, issues it (asked first)
 * and records the notice on the case with it, the amount taken from the issued notice;
 * the notice's PDF names the party and the amount.
 */
// the case is filed on Tuesday 29 September 2026: its 90-day handling period ends in the
// calendar year loaded (2027's holidays are not yet announced)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sanxiang.security.password.max-age=3650d")
@org.springframework.context.annotation.Import({ DemoAccounts.class, CaseBrowserTests.Clocks.class })
class CaseBrowserTests {

	@org.springframework.boot.test.context.TestConfiguration
	static class Clocks {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		org.sanxiang.MovableClock movableClock() {
			return new org.sanxiang.MovableClock(java.time.Instant.parse("2026-09-29T02:00:00Z"));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Documents documents;

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

	void logIn(String username) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Sanxiang@2026");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

	void click(By by) {
		Chromium.click(this.browser, by);
	}

	/**
	 * Submits a form and waits for the next page (a read too early finds the old one).
	 */
	void submit(By by) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		click(by);
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

	/**
	 * Opens an act's form (a closed {@code details}) and submits it after {@code fill}.
	 */
	void act(String act, Runnable fill) {
		click(By.cssSelector("#act-" + act + " > summary"));
		fill.run();
		submit(By.cssSelector("#act-form-" + act + " button[type='submit']"));
	}

	@Test
	void anOfficerFilesInvestigatesTheUnitHeadApprovesAndTheNoticeIsIssuedAndRecorded() throws IOException {
		String party = "牡丹江浏览器测试化工有限公司" + (System.nanoTime() % 100000);
		this.browser = Chromium.start(1280, 1000);
		logIn("demo-officer");

		// 立案
		this.browser.get(url("/cases/new"));
		type("title", "某化工公司超标排放大气污染物案");
		type("partyName", party);
		submit(By.cssSelector("#case-form button[type='submit']"));
		String caseUrl = this.browser.getCurrentUrl();
		assertThat(caseUrl).matches(".*/cases/\\d+");
		assertThat(text("case-number")).matches("牡环罚立〔\\d{4}〕\\d+号");
		assertThat(text("case-stage")).isEqualTo("调查取证");
		// the handling period runs from the filing, with its badge
		WebElement handling = this.browser
			.findElement(By.cssSelector("#case-deadlines tr.case-deadline[data-kind='CASE_HANDLING']"));
		assertThat(handling.getText()).contains("办案期限", "正常");

		// 调查询问 by two officers: one alone is refused in place, with the article
		act("RECORD_INQUIRY", () -> click(By.cssSelector("#act-form-RECORD_INQUIRY input[name='officerIds']")));
		assertThat(this.browser.findElement(By.id("act-error")).getAttribute("data-code"))
			.isEqualTo("CASE_GATE_QUALIFIED_OFFICERS");
		assertThat(text("act-error")).contains("不得少于两人", "第四十二条");
		Chromium.screenshot(this.browser, "case-refusal");
		List<WebElement> officers = this.browser
			.findElements(By.cssSelector("#act-form-RECORD_INQUIRY input[name='officerIds']"));
		assertThat(officers).hasSizeGreaterThanOrEqualTo(2);
		// the refused form kept the officer chosen: choose the first two, whatever is
		// checked
		for (String id : List.of(officers.get(0).getAttribute("id"), officers.get(1).getAttribute("id"))) {
			if (!this.browser.findElement(By.id(id)).isSelected()) {
				click(By.id(id));
			}
		}
		type("note-RECORD_INQUIRY", "询问当事人生产负责人");
		submit(By.cssSelector("#act-form-RECORD_INQUIRY button[type='submit']"));
		assertThat(text("case-timeline")).contains("调查询问", "询问当事人生产负责人", "执法证号");

		act("END_INVESTIGATION", () -> type("note-END_INVESTIGATION", "调查终结，事实清楚"));
		assertThat(text("case-stage")).isEqualTo("调查终结");
		// the officer is offered no 案件审查
		assertThat(this.browser.findElements(By.id("act-form-EXAMINE"))).isEmpty();
		Chromium.screenshot(this.browser, "case-investigation-ended");

		// 案件审查 by the unit head
		logIn("demo-unithead");
		this.browser.get(caseUrl);
		act("EXAMINE", () -> type("note-EXAMINE", "事实清楚，证据确凿，同意告知"));
		assertThat(text("case-stage")).isEqualTo("案件审查完毕");
		assertThat(text("case-timeline")).contains("案件审查", "王强");

		// the officer drafts the notice from the case, writes it and issues it
		logIn("demo-officer");
		this.browser.get(caseUrl);
		submit(By.id("draft-PENALTY_NOTICE"));
		assertThat(this.browser.getCurrentUrl()).matches(".*/documents/\\d+");
		long noticeId = Long.parseLong(this.browser.getCurrentUrl().replaceAll(".*/documents/(\\d+).*", "$1"));
		assertThat(this.browser.findElement(By.id("f-partyName")).getAttribute("value")).isEqualTo(party);
		for (Map.Entry<String, String> field : Map
			.of("partyIdentifier", "91231000MA1B2C3D4E", "partyAddress", "黑龙江省牡丹江市阳明区某工业园区88号", "facts",
					"现场检查发现废气排放超过国家规定的排放标准。", "evidence", "现场检查笔录、调查询问笔录、监测报告", "violatedProvisions",
					"《中华人民共和国大气污染防治法》第十八条", "penaltyBasis", "《中华人民共和国大气污染防治法》第九十九条第二项", "discretionReason",
					"首次违法，属一般情节", "proposedPenalty", "罚款人民币壹拾贰万元整", "proposedFineAmount", "120000", "statementRights",
					"你（单位）可在收到本告知书之日起五个工作日内提出陈述、申辩。")
			.entrySet()) {
			type("f-" + field.getKey(), field.getValue());
		}
		type("f-contactInfo", "执法支队 0453-1234567");
		this.browser.findElement(By.id("document-form")).submit();
		assertThat(text("document-status")).isEqualTo("草稿");
		submit(By.cssSelector("#issue-form button"));
		submit(By.cssSelector("#confirm-issue-form button"));
		assertThat(text("document-status")).isEqualTo("已签发");
		String number = text("document-number");

		// 事先告知, recorded with the issued notice; the amount is the notice's
		this.browser.get(caseUrl);
		assertThat(text("case-documents")).contains("行政处罚事先（听证）告知书", number);
		act("NOTIFY", () -> click(By.id("doc-NOTIFY-" + noticeId)));
		assertThat(text("case-stage")).isEqualTo("已告知待送达");
		assertThat(text("case-timeline")).contains("事先告知", "120000");
		Chromium.screenshot(this.browser, "case-notified");

		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		Document notice = this.documents.get(noticeId, officer.dataScope().agencyIds());
		assertThat(notice.owner()).isEqualTo(new Document.Owner("CASE", caseUrl.replaceAll(".*/cases/", "")));
		String pdf = pdfText(notice);
		assertThat(pdf).contains(party, "120,000.00", "行政处罚事先");

		// at phone width: nothing wider than the screen, the forms usable
		this.browser.quit();
		this.browser = Chromium.phone(390, 844);
		logIn("demo-officer");
		this.browser.get(caseUrl);
		Chromium.screenshot(this.browser, "case-phone");
		click(By.cssSelector("#act-RECORD_NOTICE_SERVICE > summary"));
		Chromium.screenshot(this.browser, "case-phone-form");
		submit(By.cssSelector("#act-form-RECORD_NOTICE_SERVICE button[type='submit']"));
		assertThat(text("case-stage")).isEqualTo("陈述申辩（听证）");
		Object width = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
	}

	String pdfText(Document document) throws IOException {
		byte[] pdf = this.documents.pdf(document);
		Path file = Path.of("target", "screenshots", "case-notice-" + document.id() + ".pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s+", "");
		}
	}

}
