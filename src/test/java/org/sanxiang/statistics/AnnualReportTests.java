package org.sanxiang.statistics;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanxiang.casefile.CaseStages;
import org.sanxiang.casefile.Cases;
import org.sanxiang.core.BusinessTime;
import org.sanxiang.document.DocumentTypes;
import org.sanxiang.document.Documents;
import org.sanxiang.evidence.EvidenceItems;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.officer.OfficerRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 行政执法统计年报: a case decided through the real acts is counted by the facts its events
 * derive (立案, 处罚决定, 罚款 and its amount); each figure's link lists exactly the records it
 * counts; the workbook and the PDF carry the same totals; a rebuild from the records
 * restores lost facts; administrators and officers are refused; bad parameters are
 * answered in Chinese.
 */
@SpringBootTest(properties = { "sanxiang.test.context=statistics", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, AnnualReportTests.Clocks.class })
class AnnualReportTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		org.sanxiang.MovableClock movableClock() {
			return new org.sanxiang.MovableClock(java.time.Instant.parse("2026-09-29T02:00:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports reports;

	@Autowired
	StatisticFacts facts;

	@Autowired
	JdbcClient jdbc;

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

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	private long decidedCase() {
		long id = new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence)
			.decisionServed("牡丹江某化工有限公司");
		// the facts follow the case's events after its transaction committed
		await().atMost(Duration.ofSeconds(20)).until(() -> factsOf(id).contains("PENALTY:FINE"));
		return id;
	}

	private List<String> factsOf(long caseId) {
		return this.jdbc
			.sql("select kind || case when category = '' then '' else ':' || category end from statistics_fact"
					+ " where record_type = 'CASE' and record_id = :id")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

	@Test
	void aDecidedCaseIsCountedInItsFiguresFromItsEvents() {
		AnnualReport before = this.reports.report(head(), 2026, null);
		AnnualReport lastYear = this.reports.report(head(), 2025, null);
		long id = decidedCase();
		AnnualReport after = this.reports.report(head(), 2026, null);

		assertThat(factsOf(id)).containsExactlyInAnyOrder("CASE_FILED", "DECISION_ISSUED", "PENALTY:FINE");
		assertThat(after.line("CASE_FILED").count()).isEqualTo(before.line("CASE_FILED").count() + 1);
		assertThat(after.line("DECISION_ISSUED").count()).isEqualTo(before.line("DECISION_ISSUED").count() + 1);
		assertThat(after.line("PENALTY:FINE").count()).isEqualTo(before.line("PENALTY:FINE").count() + 1);
		assertThat(after.line("PENALTY:FINE").amount())
			.isEqualByComparingTo(before.line("PENALTY:FINE").amount().add(new BigDecimal("50000")));
		assertThat(after.line("NOT_PUNISHED").count()).isEqualTo(before.line("NOT_PUNISHED").count());
		assertThat(after.line("HEARING_HELD").count()).isEqualTo(before.line("HEARING_HELD").count());
		// not in another year's report
		assertThat(this.reports.report(head(), 2025, null)).isEqualTo(lastYear);
	}

	@Autowired
	org.sanxiang.review.Reviews reviews;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Test
	void aPassedReviewRoundIsCountedFromItsEvent() {
		AnnualReport before = this.reports.report(head(), 2026, null);
		SanxiangPrincipal officer = this.demo.principal("demo-officer");
		SanxiangPrincipal reviewer = this.demo.principal("demo-reviewer");
		long caseId = new CaseStages(this.cases, this.officers, this.time, this.demo, this.documents, this.types,
				this.evidence)
			.served("牡丹江某造纸有限公司", false);
		var proposal = org.sanxiang.review.ReviewProposals.forCase(this.json, officer.agencyId(), caseId, "50000",
				this.time.today(), this.time.today().plusDays(1), List.of());
		long request = this.reviews.submit(proposal, officer).id();
		this.reviews.take(request, reviewer);
		this.reviews.pass(request, org.sanxiang.review.ReviewProposals.findingsWanting(null), reviewer);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from statistics_fact where record_type = 'REVIEW_REQUEST' and record_id = :id"
						+ " and kind = 'REVIEW' and category = 'PASSED'")
				.param("id", request)
				.query(Long.class)
				.single() == 1);
		AnnualReport after = this.reports.report(head(), 2026, null);
		assertThat(after.line("REVIEW:PASSED").count()).isEqualTo(before.line("REVIEW:PASSED").count() + 1);
		assertThat(after.line("REVIEW:RETURNED").count()).isEqualTo(before.line("REVIEW:RETURNED").count());
		assertThat(this.reports
			.records(head(), 2026, null, "REVIEW:PASSED", new org.sanxiang.core.Paging(0, 100, "date", true))
			.items()).anyMatch((r) -> r.recordType().equals("REVIEW_REQUEST") && r.recordId() == request);
	}

	@Test
	void eachFigureLinksToExactlyTheRecordsItCounts() throws Exception {
		long id = decidedCase();
		AnnualReport report = this.reports.report(head(), 2026, null);
		for (String key : List.of("CASE_FILED", "DECISION_ISSUED", "PENALTY:FINE", "NOT_PUNISHED")) {
			Set<String> listed = new HashSet<>();
			for (int page = 0; page < 1000; page++) {
				String html = this.mvc
					.perform(get("/statistics/annual/records").param("year", "2026")
						.param("figure", key)
						.param("size", "100")
						.param("page", Integer.toString(page))
						.with(user(head())))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				Matcher m = Pattern.compile("data-record=\"([A-Z_]+:\\d+)\"").matcher(html);
				int found = 0;
				while (m.find()) {
					listed.add(m.group(1));
					found++;
				}
				if (found < 100) {
					break;
				}
			}
			assertThat(listed).as(key).hasSize((int) report.line(key).count());
			if (!key.equals("NOT_PUNISHED")) {
				assertThat(listed).as(key).contains("CASE:" + id);
			}
			else {
				assertThat(listed).doesNotContain("CASE:" + id);
			}
		}
	}

	@Test
	void theWorkbookCarriesTheSameTotals() throws Exception {
		decidedCase();
		AnnualReport report = this.reports.report(head(), 2026, null);
		byte[] xlsx = this.mvc.perform(get("/statistics/annual.xlsx").param("year", "2026").with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("年报");
			int checked = 0;
			for (Row row : sheet) {
				if (row.getCell(2) == null
						|| row.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					continue;
				}
				String label = row.getCell(1).getStringCellValue();
				AnnualReport.Line line = report.figures()
					.stream()
					.filter((l) -> l.label().equals(label) && l.group().equals(row.getCell(0).getStringCellValue()))
					.findFirst()
					.orElseThrow();
				assertThat((long) row.getCell(2).getNumericCellValue()).as(label).isEqualTo(line.count());
				if (line.money()) {
					assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())).as(label)
						.isEqualByComparingTo(line.amount());
				}
				checked++;
			}
			assertThat(checked).isEqualTo(report.figures().size());
			assertThat(report.line("PENALTY:FINE").amount()).isPositive();
		}
	}

	@Test
	void thePdfStatesTheTotals() throws Exception {
		decidedCase();
		AnnualReport report = this.reports.report(head(), 2026, null);
		byte[] pdf = this.mvc.perform(get("/statistics/annual.pdf").param("year", "2026").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// kept for a look (pdftoppm target/statistics-annual.pdf)
		java.nio.file.Files.write(java.nio.file.Path.of("target", "statistics-annual.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("2026年度行政执法统计年报",
					"罚款 " + report.line("PENALTY:FINE").count() + " " + report.line("PENALTY:FINE").amountText(),
					"立案 " + report.line("CASE_FILED").count(), "作出行政处罚决定 " + report.line("DECISION_ISSUED").count());
		}
	}

	@Test
	void aRebuildFromTheRecordsRestoresLostFacts() throws Exception {
		long id = decidedCase();
		AnnualReport before = this.reports.report(head(), 2026, null);
		this.jdbc.sql("delete from statistics_fact where record_type = 'CASE' and record_id = :id")
			.param("id", id)
			.update();
		assertThat(this.reports.report(head(), 2026, null).line("DECISION_ISSUED").count())
			.isEqualTo(before.line("DECISION_ISSUED").count() - 1);
		this.mvc.perform(post("/statistics/annual/rebuild").param("year", "2026").with(csrf()).with(user(head())))
			.andExpect(status().is3xxRedirection());
		assertThat(factsOf(id)).containsExactlyInAnyOrder("CASE_FILED", "DECISION_ISSUED", "PENALTY:FINE");
		assertThat(this.reports.report(head(), 2026, null)).isEqualTo(before);
	}

	@Test
	void administratorsAndOfficersAreRefusedTheHeadsAndThePublisherRead() throws Exception {
		for (String account : List.of("demo-sysadmin", "demo-secadmin", "demo-auditor", "demo-officer",
				"demo-reviewer")) {
			this.mvc.perform(get("/statistics/annual").with(user(this.demo.principal(account))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/statistics/annual").with(user(this.demo.principal(account))))
				.andExpect(status().isForbidden());
		}
		for (String account : List.of("demo-head", "demo-unithead", "demo-publisher")) {
			this.mvc.perform(get("/statistics/annual").param("year", "2026").with(user(this.demo.principal(account))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"annual-charts\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("2026年1月1日至12月31日")));
		}
		this.mvc
			.perform(post("/statistics/annual/rebuild").with(csrf()).with(user(this.demo.principal("demo-unithead"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void badParametersAreAnsweredInChinese() throws Exception {
		this.mvc.perform(get("/statistics/annual").param("year", "abc").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("统计年度须为四位数字年份")));
		this.mvc.perform(get("/statistics/annual").param("year", "2027").with(user(head())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("统计年度须在2000年至2026年之间")));
		this.mvc.perform(get("/api/v1/statistics/annual").param("year", "1999").with(user(head())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("STATISTICS_YEAR"));
		this.mvc.perform(get("/api/v1/statistics/annual").param("agency", "999999").with(user(head())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("只能统计本机关")));
		this.mvc
			.perform(get("/statistics/annual/records").param("year", "2026").param("figure", "DROP").with(user(head())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/statistics/annual.pdf").param("year", "x").with(user(head())))
			.andExpect(status().isBadRequest());
	}

}
