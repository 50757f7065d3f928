package org.sanxiang.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees, in a real browser: login, workspace, lockout, portal, English,
 * phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(org.sanxiang.identity.DemoAccounts.class)
class BrowserTests {

	static final String PASSWORD = "Sanxiang@2026";

	@LocalServerPort
	int port;

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

	void logIn(String username, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().endsWith("/login"));
	}

	void logOut() {
		this.browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> d.getCurrentUrl().contains("/login?logout"));
	}

	/**
	 * Bytes the page and everything it loaded took over the network (Resource Timing).
	 */
	long transferredBytes() {
		Number bytes = (Number) ((JavascriptExecutor) this.browser).executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				    .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)""");
		return bytes.longValue();
	}

	@SuppressWarnings("unchecked")
	List<String> loadedResources() {
		return (List<String>) ((JavascriptExecutor) this.browser)
			.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
	}

	@Test
	void anOfficerLogsInAndSeesTheWorkspaceInChinese() throws IOException {
		this.browser = Chromium.start(1366, 900);
		this.browser.get(url("/login"));
		assertThat(this.browser.getPageSource()).contains("演示模式", "demo-officer");
		Chromium.screenshot(this.browser, "login");
		logIn("demo-officer", PASSWORD);
		assertThat(this.browser.getCurrentUrl()).endsWith("/workspace");
		assertThat(this.browser.findElement(By.id("todo-title")).getText()).isEqualTo("待办事项");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("张伟", "牡丹江市生态环境局", "执法人员");
		String font = (String) ((JavascriptExecutor) this.browser).executeScript(
				"return getComputedStyle(document.body).fontFamily + '|' + getComputedStyle(document.body).fontSize");
		assertThat(font).as("the system CJK sans-serif at a readable size")
			.contains("PingFang SC", "Noto Sans CJK SC")
			.endsWith("|16px");
		Chromium.screenshot(this.browser, "workspace");
		// the links are grouped in drop-downs: open the group, then follow the link
		Chromium.click(this.browser, By.xpath(
				"//*[@id='sx-nav']//a[contains(@class,'dropdown-toggle')][following-sibling::ul//a[normalize-space()='执法人员']]"));
		Chromium.click(this.browser, By.linkText("执法人员"));
		assertThat(this.browser.findElement(By.id("officer-table")).getText()).contains("张伟", "暂扣")
			.doesNotContain("赵磊");
		Chromium.screenshot(this.browser, "officers");
		this.browser.findElement(By.linkText("English")).click();
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("Officers", "Certificate no.");
	}

	@Test
	void anOfficerSeesTheYearCalendarAndComputesADeadline() throws IOException {
		this.browser = Chromium.start(1366, 1000);
		logIn("demo-unithead", PASSWORD);
		this.browser.get(url("/workspace/calendar?year=2026"));
		assertThat(this.browser.findElement(By.cssSelector("[data-date='2026-10-01']")).getAttribute("class"))
			.contains("sx-off");
		assertThat(this.browser.findElement(By.cssSelector("[data-date='2026-10-10']")).getAttribute("class"))
			.contains("sx-work-extra");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("国务院办公厅关于2026年部分节假日安排的通知");
		Chromium.screenshot(this.browser, "calendar-2026");
		this.browser
			.get(url("/workspace/deadlines?rule=PUBLISH_PENALTY_OR_LICENCE_DECISION&start=2026-09-24&extensions=0"));
		String result = this.browser.findElement(By.id("deadline-result")).getText();
		assertThat(result).contains("2026-10-12");
		assertThat(this.browser.findElement(By.cssSelector("#deadline-result .sx-deadline")).getAttribute("title"))
			.contains("国办发〔2018〕118号");
		Chromium.screenshot(this.browser, "deadline");
	}

	@Test
	void theThreeAdministratorsEachSeeTheirOwnPages() throws IOException {
		this.browser = Chromium.start(1366, 1000);
		logIn("demo-sysadmin", PASSWORD);
		this.browser.get(url("/admin/system/agencies"));
		assertThat(this.browser.findElement(By.id("agency-table")).getText()).contains("牡丹江市生态环境局海林分局", "法制审核科");
		Chromium.screenshot(this.browser, "admin-agencies");
		this.browser.get(url("/admin/system/accounts"));
		assertThat(this.browser.findElement(By.id("account-table")).getText()).contains("demo-officer", "执法人员");
		Chromium.screenshot(this.browser, "admin-accounts");
		this.browser.get(url("/admin/system/ledger"));
		assertThat(this.browser.findElements(By.cssSelector("#key-table tbody tr"))).isNotEmpty();
		Chromium.screenshot(this.browser, "admin-ledger-keys");
		this.browser.get(url("/admin/system/personal-data-keys"));
		org.openqa.selenium.WebElement reseal = this.browser.findElement(By.cssSelector("#reseal-form button"));
		reseal.click();
		// the form posts and the page comes back: wait for it before reading it
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(reseal));
		assertThat(this.browser.findElement(By.id("key-versions")).getText()).contains("当前");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("重新加密");
		Chromium.screenshot(this.browser, "admin-personal-data-keys");
		this.browser.get(url("/admin/audit"));
		assertThat(this.browser.getPageSource()).contains("您无权访问该页面或执行该操作");
		this.browser.get(url("/workspace"));
		logOut();

		logIn("demo-secadmin", PASSWORD);
		this.browser.get(url("/admin/security/accounts"));
		assertThat(this.browser.findElement(By.id("role-table")).getText()).contains("demo-auditor", "审计管理员");
		Chromium.screenshot(this.browser, "admin-roles");
		logOut();

		logIn("demo-auditor", PASSWORD);
		this.browser.get(url("/admin/audit"));
		assertThat(this.browser.findElement(By.id("audit-table")).getText()).contains("登录", "demo-secadmin", "(UTC+8)")
			.doesNotContain("LOGIN_SUCCEEDED");
		Chromium.screenshot(this.browser, "admin-audit");
		this.browser.get(url("/admin/audit/ledger"));
		this.browser.findElement(By.id("integrity-check")).click();
		assertThat(this.browser.findElement(By.id("integrity-report")).getText()).contains("完整性核查通过");
		Chromium.screenshot(this.browser, "admin-ledger-integrity");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithAClearMessage() throws IOException {
		this.browser = Chromium.start(1366, 900);
		for (int attempt = 1; attempt <= 6; attempt++) {
			// an existing account answers as an unknown one would, until the password is
			// right
			logIn("demo-officer2", "Wrong#Password" + attempt);
			assertThat(this.browser.findElement(By.id("login-error")).getText()).contains("用户名或密码错误")
				.doesNotContain("已被锁定");
		}
		logIn("demo-officer2", PASSWORD);
		assertThat(this.browser.getCurrentUrl()).contains("/login");
		assertThat(this.browser.findElement(By.id("login-error")).getText()).contains("已被锁定");
		Chromium.screenshot(this.browser, "locked");
	}

	@Test
	void thePortalHomeRendersForThePublicAndAtPhoneWidth() throws IOException {
		this.browser = Chromium.phone(390, 844);
		this.browser.get(url("/"));
		String text = this.browser.findElement(By.tagName("body")).getText();
		assertThat(text).contains("黑龙江省生态环境厅", "执法决定公示", "执法证查询", "牡丹江市生态环境局海林分局", "工作人员登录");
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		Number viewport = (Number) js.executeScript("return window.innerWidth");
		Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
		assertThat(viewport.intValue()).isEqualTo(390);
		assertThat(scrollWidth.intValue()).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(390);
		Chromium.screenshot(this.browser, "portal-phone");
		this.browser.findElement(By.id("number")).sendKeys("23100020180031");
		this.browser.findElement(By.cssSelector("#number + button")).click();
		assertThat(this.browser.findElement(By.id("certificate-result")).getText()).contains("孙立新", "执法证无效");
		Chromium.screenshot(this.browser, "certificate-check");
	}

	@Test
	void thePortalHomeTransfersUnderOneMegabyteOnAFirstVisitAndLoadsNoFont() throws IOException {
		this.browser = Chromium.start(1366, 900);
		this.browser.get(url("/"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		assertThat(loadedResources()).isNotEmpty()
			.noneSatisfy((resource) -> assertThat(resource).containsAnyOf(".ttf", ".otf", ".woff", "/fonts/"));
		assertThat(transferredBytes()).as("bytes of the portal home and all it loads")
			.isPositive()
			.isLessThan(1024 * 1024);
		for (String path : List.of("/fonts/NotoSerifSC-Regular.ttf", "/document-fonts/NotoSerifSC-Regular.ttf")) {
			Object answer = ((JavascriptExecutor) this.browser).executeScript(
					"return fetch(arguments[0]).then((r) => r.status + ' ' + r.headers.get('content-type'))", path);
			assertThat(String.valueOf(answer)).as("the PDF font is not served: %s", path)
				.doesNotContain("font/")
				.doesNotContain("octet-stream");
		}
	}

	@Test
	void theCitizenVerifiesASealedFileOnThePortal() throws IOException {
		this.browser = Chromium.start(1280, 1000);
		this.browser.get(url("/"));
		this.browser.findElement(By.cssSelector("a[href='/portal/verify'].btn")).click();
		java.nio.file.Path sealed = java.nio.file.Path.of("src/main/resources/calendar/official-holidays.txt")
			.toAbsolutePath();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> {
			d.get(url("/portal/verify"));
			d.findElement(By.id("file")).sendKeys(sealed.toString());
			d.findElement(By.cssSelector("#verify-form button")).click();
			return d.findElement(By.id("verify-result")).getText().contains("核验通过");
		});
		assertThat(this.browser.findElement(By.id("verify-result")).getText()).contains("已签名的账本", "SM2");
		Chromium.screenshot(this.browser, "portal-verify");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.sanxiang.document.Documents documents;

	@org.springframework.beans.factory.annotation.Autowired
	org.sanxiang.document.DocumentTypes documentTypes;

	@org.springframework.beans.factory.annotation.Autowired
	org.sanxiang.identity.DemoAccounts accounts;

	@Test
	void anOfficerIssuesADocumentAndTheCitizenFindsItByNumber() throws IOException {
		this.browser = Chromium.start(1366, 1000);
		logIn("demo-officer", PASSWORD);
		this.browser.get(url("/documents"));
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.cssSelector("#new-document select")))
			.selectByVisibleText("责令改正违法行为决定书");
		this.browser.findElement(By.cssSelector("#new-document button")).click();
		this.browser.findElement(By.id("f-partyName")).sendKeys("牡丹江市某某化工有限公司");
		this.browser.findElement(By.id("document-form")).submit();
		assertThat(this.browser.findElement(By.id("document-status")).getText()).isEqualTo("草稿");
		this.browser.findElement(By.cssSelector("#issue-form button")).click();
		String refused = this.browser.findElement(By.tagName("main")).getText();
		assertThat(refused).contains("缺少必填项", "违法事实", "必填");
		Chromium.screenshot(this.browser, "document-refused");

		var officer = this.accounts.principal("demo-officer");
		var type = this.documentTypes.get("PENALTY_DECISION");
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		type.fields().forEach((f) -> values.put(f.name(), f.sample()));
		var draft = this.documents.draft(type.code(), values, null, officer, officer.dataScope().agencyIds());
		this.browser.get(url("/documents/" + draft.id()));
		Chromium.screenshot(this.browser, "document-draft");
		// a 行政处罚决定书 is signed by the agency head: the officer is told so instead of
		// offered 签发
		assertThat(this.browser.findElements(By.cssSelector("#issue-form button"))).isEmpty();
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("机关负责人");
		logOut();
		logIn("demo-head", PASSWORD);
		this.browser.get(url("/documents/" + draft.id()));
		this.browser.findElement(By.cssSelector("#issue-form button")).click();
		this.browser.findElement(By.cssSelector("#confirm-issue-form button")).click();
		String number = this.browser.findElement(By.id("document-number")).getText();
		assertThat(number).matches("牡环罚〔\\d{4}〕\\d+号");
		assertThat(this.browser.findElement(By.id("document-status")).getText()).isEqualTo("已签发");
		assertThat(this.browser.findElement(By.id("document-facts")).getText()).contains("SHA-256", "SM3");
		Chromium.screenshot(this.browser, "document-issued");
		this.browser.get(url("/documents/templates/PENALTY_DECISION"));
		assertThat(this.browser.findElement(By.id("field-table")).getText()).contains("{{facts}}", "违法事实");
		Chromium.screenshot(this.browser, "document-template");
		logOut();

		this.browser.get(url("/portal/verify"));
		this.browser.findElement(By.id("number")).sendKeys(number);
		this.browser.findElement(By.cssSelector("#number-form button")).click();
		assertThat(this.browser.findElement(By.id("number-result")).getText()).contains(number, "已于", "签发");
		Chromium.screenshot(this.browser, "portal-verify-number");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.sanxiang.ledger.Ledger ledger;

	@Test
	void issuingAndVoidingAskForConfirmationFirst() throws IOException {
		this.browser = Chromium.start(1366, 1000);
		// the officer drafts, the agency head signs (a 行政处罚决定书)
		logIn("demo-head", PASSWORD);
		var officer = this.accounts.principal("demo-officer");
		var type = this.documentTypes.get("PENALTY_DECISION");
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		type.fields().forEach((f) -> values.put(f.name(), f.sample()));
		var draft = this.documents.draft(type.code(), values, null, officer, officer.dataScope().agencyIds());
		this.browser.get(url("/documents/" + draft.id()));
		this.browser.findElement(By.cssSelector("#issue-form button")).click();
		String asked = this.browser.findElement(By.id("confirm-issue")).getText();
		assertThat(asked).contains("不可撤销", "文号登记簿", "牡环罚〔", "防篡改账本", "不能再修改");
		Chromium.screenshot(this.browser, "document-confirm-issue");
		assertThat(this.documents.get(draft.id(), officer.dataScope().agencyIds()).draft()).isTrue();
		this.browser.findElement(By.cssSelector("#confirm-issue-form button")).click();
		assertThat(this.browser.findElement(By.id("document-status")).getText()).isEqualTo("已签发");
		assertThat(this.browser.findElement(By.id("document-issuer")).getText()).isEqualTo("陈静");

		this.browser.findElement(By.id("reason")).sendKeys("当事人名称有误，作废后重新制作");
		clickInView(By.cssSelector("#void-form button"));
		assertThat(this.browser.findElement(By.id("confirm-void")).getText()).contains("不可撤销", "当事人名称有误，作废后重新制作",
				"不再使用");
		Chromium.screenshot(this.browser, "document-confirm-void");
		assertThat(this.documents.get(draft.id(), officer.dataScope().agencyIds()).status().name()).isEqualTo("ISSUED");
		clickInView(By.cssSelector("#confirm-void-form button"));
		assertThat(this.browser.findElement(By.id("document-status")).getText()).isEqualTo("已作废");
	}

	@Test
	void theVoidedDocumentsPdfOnVerifyShowsVoidedWithItsReason() throws IOException {
		var officer = this.accounts.principal("demo-head");
		var scope = officer.dataScope().agencyIds();
		var type = this.documentTypes.get("PENALTY_DECISION");
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		type.fields().forEach((f) -> values.put(f.name(), f.sample()));
		var draft = this.documents.draft(type.code(), values, null, officer, scope);
		var issued = this.documents.issue(draft.id(), draft.version(), officer, scope);
		this.documents.voidDocument(issued.id(), "罚款金额计算有误，作废后重新制作", officer, scope);
		this.ledger.checkpoint();
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("voided-", ".pdf");
		java.nio.file.Files.write(pdf, this.documents.pdf(issued));

		this.browser = Chromium.start(1280, 1000);
		this.browser.get(url("/portal/verify"));
		this.browser.findElement(By.id("file")).sendKeys(pdf.toString());
		this.browser.findElement(By.cssSelector("#verify-form button")).click();
		String result = this.browser.findElement(By.id("verify-result")).getText();
		assertThat(result).contains("文件真实", "已作废", "罚款金额计算有误，作废后重新制作", issued.number()).doesNotContain("核验通过");
		assertThat(this.browser.findElement(By.cssSelector("#verify-result .alert")).getAttribute("class"))
			.contains("alert-warning");
		Chromium.screenshot(this.browser, "portal-verify-voided");
		java.nio.file.Files.deleteIfExists(pdf);
	}

	@Test
	void anOfficerSearchesImportsAndOpensTheFileOfAParty() throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("browser-import", ".xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("监管对象");
			String[][] rows = { { "单位名称*", "统一社会信用代码*", "行政区划代码*", "地址" }, { "牡丹江市浏览器测试造纸有限公司",
					org.sanxiang.core.CreditCode.withCheckCharacter("91231002MA7BRW001").value(), "231002", "牡丹江市东安区" },
					{ "牡丹江市浏览器测试酿酒有限公司", "91231002MA7BRW0020", "231002", "牡丹江市爱民区" } };
			for (int r = 0; r < rows.length; r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		this.browser = Chromium.start(1366, 1000);
		logIn("demo-officer", PASSWORD);
		this.browser.get(url("/subjects/import"));
		this.browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.findElement(By.id("import-form")).submit();
		assertThat(this.browser.findElement(By.id("count-insert")).getText()).isEqualTo("1");
		assertThat(this.browser.findElement(By.id("import-errors")).getText()).contains("3", "统一社会信用代码", "校验");
		Chromium.screenshot(this.browser, "subject-import-preview");
		WebElement preview = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(By.cssSelector("form[action$='/confirm'] button")).click();
		// the import's answer first: a navigation started before it lands could be
		// replaced by it, or find the party not yet written
		Chromium.awaitNewPage(this.browser, preview);

		this.browser.get(url("/subjects?q=浏览器测试"));
		String table = this.browser.findElement(By.id("subject-table")).getText();
		assertThat(table).contains("牡丹江市浏览器测试造纸有限公司").doesNotContain("酿酒");
		Chromium.screenshot(this.browser, "subject-search");
		this.browser.findElement(By.linkText("牡丹江市浏览器测试造纸有限公司")).click();
		assertThat(this.browser.findElement(By.id("subject-detail")).getText()).contains("91231002MA7BRW001");
		assertThat(this.browser.findElement(By.id("subject-history")).getText()).contains("导入新增");
		Chromium.screenshot(this.browser, "subject-file");
		this.browser.get(url("/subjects/new?kind=PERSON"));
		this.browser.findElement(By.id("name")).sendKeys("浏览器测试人");
		this.browser.findElement(By.id("idNumber")).sendKeys("231002198001011234");
		this.browser.findElement(By.id("subject-form")).submit();
		assertThat(this.browser.findElement(By.id("form-errors")).getText()).contains("身份证");
		Chromium.screenshot(this.browser, "subject-form-refused");
		java.nio.file.Files.deleteIfExists(file);
	}

	@Test
	void thePortalHomeTransfersUnderOneMegabyteOnAFirstVisit() throws IOException {
		this.browser = Chromium.start(1280, 900);
		this.browser.get(url("/"));
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		js.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
		String resources = """
				return [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
					.map((e) => e.name.replace(location.origin, '') + ' ' + Math.max(e.transferSize, e.encodedBodySize))
					.join('\\n');""";
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until((d) -> {
			Object before = js.executeScript(resources);
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return before.equals(js.executeScript(resources));
		});
		String transferred = (String) js.executeScript(resources);
		long total = transferred.lines()
			.mapToLong((line) -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
		assertThat(transferred.lines()).as("the page and what it loads")
			.anyMatch((line) -> line.startsWith("/ "))
			.anyMatch((line) -> line.contains("bootstrap.min.css"));
		assertThat(total).as("bytes transferred on a first visit to the portal home:%n%s", transferred)
			.isLessThan(1024 * 1024);
	}

	@Test
	void listsBecomeCardsAtPhoneWidthAndTheNavigationMarksTheCurrentPage() throws IOException {
		this.browser = Chromium.start(1280, 900);
		logIn("demo-officer", PASSWORD);
		this.browser.get(url("/officers"));
		org.openqa.selenium.WebElement current = this.browser
			.findElement(By.cssSelector("#sx-nav [aria-current='page']"));
		assertThat(current.getAttribute("textContent").strip()).isEqualTo("执法人员");
		// the page's group is marked in the bar, and the page within the opened group
		org.openqa.selenium.WebElement group = this.browser.findElement(By.xpath(
				"//*[@id='sx-nav']//a[contains(@class,'dropdown-toggle')][following-sibling::ul//a[@aria-current='page']]"));
		assertThat(group.getCssValue("box-shadow")).as("the current group is marked visibly").contains("inset");
		Chromium.click(this.browser, By.xpath(
				"//*[@id='sx-nav']//a[contains(@class,'dropdown-toggle')][following-sibling::ul//a[@aria-current='page']]"));
		assertThat(current.getText()).isEqualTo("执法人员");
		assertThat(current.getCssValue("box-shadow")).as("the current page is marked visibly").contains("inset");
		assertThat(this.browser.findElement(By.cssSelector("#officer-table tbody tr")).getCssValue("display"))
			.isEqualTo("table-row");
		Chromium.screenshot(this.browser, "officers-desktop");
		this.browser.quit();

		this.browser = Chromium.phone(390, 844);
		logIn("demo-officer", PASSWORD);
		for (String list : new String[] { "/officers", "/subjects" }) {
			this.browser.get(url(list));
			org.openqa.selenium.WebElement row = this.browser.findElement(By.cssSelector("table.sx-cards tbody tr"));
			assertThat(row.getCssValue("display")).as(list + ": a row is a card").isEqualTo("block");
			Object label = js(this.browser).executeScript(
					"return getComputedStyle(document.querySelector('table.sx-cards tbody td'), '::before').content");
			assertThat(label).as(list + ": each line is headed by its column").isIn("\"姓名\"", "\"名称\"");
			assertThat(this.browser.findElement(By.cssSelector("table.sx-cards thead")).getSize().getHeight())
				.as(list + ": the header row is only for screen readers")
				.isLessThanOrEqualTo(1);
			Number scrollWidth = (Number) js(this.browser).executeScript("return document.documentElement.scrollWidth");
			assertThat(scrollWidth.intValue()).as(list + ": no horizontal scrolling").isLessThanOrEqualTo(390);
			Chromium.screenshot(this.browser, "cards" + list.replace('/', '-'));
		}
	}

	static JavascriptExecutor js(WebDriver browser) {
		return (JavascriptExecutor) browser;
	}

	/** Clicks a displayed element after scrolling it to the middle of the window. */
	private void clickInView(By by) {
		org.openqa.selenium.WebElement element = this.browser.findElement(by);
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		assertThat(element.isDisplayed()).isTrue();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].click()", element);
	}

}
