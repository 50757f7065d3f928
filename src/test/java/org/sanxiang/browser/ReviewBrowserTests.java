package org.sanxiang.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.core.Money;
import org.sanxiang.document.Documents;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.legalbasis.PartyType;
import org.sanxiang.review.DecisionAction;
import org.sanxiang.review.MaterialKind;
import org.sanxiang.review.ProposedDecision;
import org.sanxiang.review.ReviewPoint;
import org.sanxiang.review.ReviewRequest;
import org.sanxiang.review.ReviewRound;
import org.sanxiang.review.Reviews;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legal review in a real browser: the reviewer takes a request, returns it with a problem
 * (the page asks first), the handling unit fixes and resubmits it (through the review
 * API, as the case module will), the reviewer sees what changed and the answer, passes it
 * (asked first), and the 法制审核意见书 of each round is issued as a sealed PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(DemoAccounts.class)
class ReviewBrowserTests {

	/** Today in the agency's zone, as the application counts business dates. */
	static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Reviews reviews;

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

	static ProposedDecision proposal(long agencyId, String subject, long fine, List<MaterialKind> extra) {
		String hash = "d".repeat(64);
		List<ProposedDecision.Material> materials = new java.util.ArrayList<>();
		for (MaterialKind kind : List.of(MaterialKind.DRAFT_DECISION, MaterialKind.INVESTIGATION_REPORT,
				MaterialKind.NOTICE, MaterialKind.NOTICE_SERVICE)) {
			materials.add(new ProposedDecision.Material(kind, null, hash));
		}
		extra.forEach((kind) -> materials.add(new ProposedDecision.Material(kind, null, hash)));
		return new ProposedDecision("CASE", subject, agencyId, "关于牡丹江江滨造纸有限公司超标排放水污染物案的行政处罚决定", today(),
				new ProposedDecision.Party(PartyType.UNIT, "牡丹江江滨造纸有限公司", "91231000MA1B2C3D4E", "黑龙江省牡丹江市江滨工业园区18号"),
				"2026年11月3日现场检查，废水总排口化学需氧量超过排放标准1.2倍。",
				List.of(new ProposedDecision.EvidenceRef("证据-1", "书证", "监测报告", hash)),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第十条", LocalDate.of(2018, 1, 1))),
				List.of(new ProposedDecision.Provision("《中华人民共和国水污染防治法》第八十三条第二项", LocalDate.of(2018, 1, 1))),
				new ProposedDecision.Discretion("较重", "超标1.2倍，属较重情节", false), Set.of(DecisionAction.FINE),
				Money.yuan(fine), Money.ZERO, false, Set.of(), List.of(), materials);
	}

	void logIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Sanxiang@2026");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

	void click(By by) {
		Chromium.click(this.browser, by);
	}

	void findings(ReviewPoint problem, String comment) {
		for (ReviewPoint point : ReviewPoint.values()) {
			String id = (point == problem) ? "problem-" + point.name() : "lawful-" + point.name();
			click(By.id(id));
			if (point == problem) {
				this.browser.findElement(By.name("comment." + point.name())).sendKeys(comment);
			}
		}
	}

	String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	String pdfText(long documentId, SanxiangPrincipal who) throws IOException {
		byte[] pdf = this.documents.pdf(this.documents.get(documentId, who.dataScope().agencyIds()));
		Path file = Path.of("target", "screenshots", "review-opinion-" + documentId + ".pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	@Test
	void aReviewerReturnsTheOfficerFixesAndTheReviewerPassesWithTheOpinionIssued() throws IOException {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		String subject = "B" + System.nanoTime();
		long id = this.reviews.submit(proposal(officer.agencyId(), subject, 300_000, List.of()), officer).id();

		this.browser = Chromium.start(1280, 1000);
		logIn("demo-reviewer");
		this.browser.get(url("/review/" + id));
		assertThat(text("review-status")).isEqualTo("待审核");
		assertThat(text("review-grounds")).contains("法制审核目录清单（第1版，2026-01-01施行）第1项");
		click(By.cssSelector("#review-take button"));
		assertThat(text("review-status")).isEqualTo("审核中");

		findings(ReviewPoint.EVIDENCE, "监测报告未加盖检测机构印章");
		click(By.id("ptype-FACTS_OR_EVIDENCE"));
		this.browser.findElement(By.name("advice.FACTS_OR_EVIDENCE")).sendKeys("补充加盖印章的监测报告");
		click(By.cssSelector("#review-opinion button[value='return']"));
		assertThat(text("review-confirm")).contains("补充加盖印章的监测报告", "监测报告未加盖检测机构印章");
		assertThat(this.reviews.request(id, reviewer).status()).isEqualTo(ReviewRequest.Status.IN_REVIEW);
		click(By.cssSelector("#review-confirm-form button"));
		assertThat(text("review-status")).isEqualTo("已退回");
		Chromium.screenshot(this.browser, "review-returned");

		this.reviews.resubmit(id, proposal(officer.agencyId(), subject, 250_000, List.of()),
				List.of("已补充加盖印章的监测报告；罚款调整为25万元"), officer);

		this.browser.get(url("/review/" + id));
		assertThat(text("review-changes")).contains("罚款", "300000.00", "250000.00");
		assertThat(text("review-answers")).contains("已补充加盖印章的监测报告");
		findings(null, null);
		click(By.cssSelector("#review-opinion button[value='pass']"));
		assertThat(text("review-confirm")).contains("审核通过后不能撤回");
		click(By.cssSelector("#review-confirm-form button"));
		assertThat(text("review-status")).isEqualTo("审核通过");
		assertThat(text("review-history")).contains("法制审核意见书");
		Chromium.screenshot(this.browser, "review-passed");

		List<ReviewRound> rounds = this.reviews.request(id, reviewer).rounds();
		String returned = pdfText(rounds.get(0).opinionDocumentId(), reviewer);
		assertThat(returned).contains("法制审核意见书", "退回", "补充加盖印章的监测报告");
		String passed = pdfText(rounds.get(1).opinionDocumentId(), reviewer);
		assertThat(passed).contains("法制审核意见书", "通过", "250,000.00", "刘洋");
		assertThat(this.reviews.mayDecide(rounds.get(1).digest()).allowed()).isTrue();
		assertThat(this.reviews.mayDecide(rounds.get(0).digest()).allowed()).isFalse();
	}

	void type(String id, String value) {
		org.openqa.selenium.WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	@Test
	void theHeadRecordsACollectiveDiscussionOnADisagreementAddingAndRemovingAttendees() throws IOException {
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		SanxiangPrincipal head = this.demo.principal("demo-head");
		long id = this.reviews
			.submit(proposal(officer.agencyId(), "K" + System.nanoTime(), 300_000, List.of()), officer)
			.id();
		this.reviews.take(id, reviewer);
		List<org.sanxiang.review.Finding> findings = java.util.Arrays.stream(ReviewPoint.values())
			.map((point) -> new org.sanxiang.review.Finding(point, point != ReviewPoint.EVIDENCE,
					(point == ReviewPoint.EVIDENCE) ? "监测报告未加盖印章" : ""))
			.toList();
		this.reviews.returnWith(id, findings, List
			.of(new org.sanxiang.review.Problem(org.sanxiang.review.ProblemType.FACTS_OR_EVIDENCE, "补充加盖印章的监测报告")),
				reviewer);
		this.reviews.disagree(id, "监测报告已由检测机构电子签章", officer);
		this.reviews.coordinate(id, new org.sanxiang.review.Coordination(today(), List.of("刘洋"), List.of("张伟"),
				"印章缺失，证据不足", "电子签章有效", org.sanxiang.review.Coordination.Result.UNRESOLVED), reviewer);
		this.reviews.decideDispute(id, org.sanxiang.review.ReviewDispute.HeadDecision.REFER, null, head);

		this.browser = Chromium.start(1280, 1000);
		logIn("demo-head");
		this.browser.get(url("/review/" + id));
		assertThat(text("review-status")).isEqualTo("待集体讨论");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('discussion-date').value = arguments[0];", today().toString());
		type("discussion-place", "局三楼会议室");
		type("discussion-presider", "陈静");
		type("discussion-recorder", "王强");
		type("attendee-name-0", "陈静");
		type("attendee-opinion-0", "同意");
		type("attendee-name-1", "误填人员");
		type("attendee-opinion-1", "无");
		click(By.id("discussion-add-row"));
		// the form comes back with a third row: wait for the new page before reading it
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> !d.findElements(By.id("attendee-name-2")).isEmpty());
		assertThat(this.browser.findElement(By.id("discussion-place")).getAttribute("value")).isEqualTo("局三楼会议室");
		type("attendee-name-2", "赵刚");
		type("attendee-opinion-2", "同意，电子签章有效");
		click(By.cssSelector("#review-discussion button[value='remove-1']"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> d.findElements(By.id("attendee-name-2")).isEmpty());
		assertThat(this.browser.findElement(By.id("attendee-name-1")).getAttribute("value")).isEqualTo("赵刚");
		assertThat(this.browser.findElements(By.id("attendee-name-2"))).isEmpty();
		type("discussion-conclusion", "按送审内容作出处罚决定");
		click(By.id("discussion-agreed"));
		click(By.cssSelector("#review-discussion button.btn-primary[value='record']"));
		assertThat(text("review-confirm-act")).contains("赵刚", "同意，电子签章有效").doesNotContain("误填人员");
		Chromium.screenshot(this.browser, "review-discussion-confirm");
		click(By.cssSelector("#review-confirm-act-form button"));
		assertThat(text("review-status")).isEqualTo("异议已决定");
		assertThat(text("review-discussion-held")).contains("陈静", "赵刚", "案件集体讨论笔录");
		Chromium.screenshot(this.browser, "review-discussion-recorded");
		ReviewRequest request = this.reviews.request(id, head);
		assertThat(this.reviews.mayDecide(request.current().digest()).allowed()).isTrue();
		assertThat(pdfText(request.discussionDocumentId(), head)).contains("承办机构对法制审核意见有异议", "赵刚");
	}

}
