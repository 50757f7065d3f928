package org.sanxiang.statistics;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanxiang.casefile.Cases;
import org.sanxiang.casefile.MeasureEvent;
import org.sanxiang.casefile.MeasureKind;
import org.sanxiang.casefile.MeasureStatus;
import org.sanxiang.core.Paging;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.licensing.LicensingDecided;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 行政强制措施 and 行政许可 in the annual report: a decided coercive measure is counted under its
 * kind (two on one case and day are two; a proposed one is not), a licensing decision as
 * granted or refused from {@code LicensingDecided} (delivered twice, counted once); each
 * on the page, in the XLSX and the PDF, and each figure lists its records with their
 * pages. Uses a year of its own (2013).
 */
@SpringBootTest(properties = { "sanxiang.test.context=statistics", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, AnnualReportTests.Clocks.class })
class MeasureAndLicensingStatisticsTests {

	static final int YEAR = 2013;

	static final LocalDate ON = LocalDate.of(YEAR, 5, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports reports;

	@Autowired
	StatisticFacts facts;

	@Autowired
	DemoAccounts demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Cases cases;

	SanxiangPrincipal head() {
		return this.demo.principal("demo-head");
	}

	long measure(long caseId, MeasureKind kind, LocalDate decidedOn) {
		Timestamp at = Timestamp.from(Instant.parse("2013-05-20T02:00:00Z"));
		this.jdbc
			.sql("""
					insert into coercive_measure (case_id, agency_id, kind, ground, items, term, emergency, status,
					  proposed_on, proposed_at, decided_on, created_at, updated_at, version)
					values (:case, :agency, :kind, 'EVASION', '暗管排污泵一台', 30, false, :status, :on, :at, :decided, :at, :at, 0)""")
			.param("case", caseId)
			.param("agency", head().agencyId())
			.param("kind", kind.name())
			.param("status", (decidedOn != null) ? "DECIDED" : "PROPOSED")
			.param("on", ON)
			.param("at", at)
			.param("decided", decidedOn)
			.update();
		return this.jdbc.sql("select max(id) from coercive_measure").query(Long.class).single();
	}

	long factsOf(String recordType, long id) {
		return this.jdbc.sql("select count(*) from statistics_fact where record_type = :type and record_id = :id")
			.param("type", recordType)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	void deliver(Object event) {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
	}

	LicensingDecided decided(long applicationId, boolean granted) {
		return new LicensingDecided(applicationId, head().agencyId(), "牡环许〔2013〕" + applicationId + "号",
				granted ? 5L : null, "PWXK", "排污许可证", granted, 7L, "牡丹江某化工有限公司", "91231000MA1B2C3D4X", "王某", 9L,
				"准予行政许可决定书", "牡环许决〔2013〕1号", "普通", granted ? "排污许可证" : null, granted ? "9123100012345678" : null,
				"排污许可", ON, granted ? ON : null, null, "牡丹江市生态环境局", null, Instant.parse("2013-05-20T02:00:00Z"));
	}

	@Test
	void coerciveMeasuresAndLicensingDecisionsAreCountedWithTheirRecords() throws Exception {
		long caseId = this.cases
			.file("某公司暗管排污案" + System.nanoTime(), "牡丹江某化工有限公司", List.of(), null, this.demo.principal("demo-officer"))
			.id();
		long first = measure(caseId, MeasureKind.SEAL, ON);
		long second = measure(caseId, MeasureKind.SEAL, ON);
		long seized = measure(caseId, MeasureKind.SEIZE, ON);
		long proposed = measure(caseId, MeasureKind.SEAL, null);
		for (long id : List.of(first, second, seized, proposed)) {
			deliver(new MeasureEvent.MeasureActed(id, caseId, MeasureKind.SEAL, MeasureStatus.DECIDED, "决定"));
		}
		long applications = 9_130_000L + System.nanoTime() % 10_000L;
		LicensingDecided granted = decided(applications + 1, true);
		deliver(granted);
		deliver(granted);
		deliver(decided(applications + 2, false));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> factsOf("COERCIVE_MEASURE", seized) == 1
					&& factsOf("LICENCE_APPLICATION", applications + 2) == 1);
		assertThat(factsOf("COERCIVE_MEASURE", proposed)).isZero();

		AnnualReport report = this.reports.report(head(), YEAR, null);
		assertThat(report.line("COERCIVE_MEASURE:SEAL").count()).isEqualTo(2);
		assertThat(report.line("COERCIVE_MEASURE:SEIZE").count()).isEqualTo(1);
		assertThat(report.line("LICENSING:GRANTED").count()).isEqualTo(1);
		assertThat(report.line("LICENSING:REFUSED").count()).isEqualTo(1);

		assertThat(this.reports.records(head(), YEAR, null, "COERCIVE_MEASURE:SEAL", new Paging(0, 10, "date", false))
			.items()).extracting(AnnualReport.Counted::link)
			.containsExactlyInAnyOrder("/cases/" + caseId + "/measures/" + first,
					"/cases/" + caseId + "/measures/" + second);
		assertThat(
				this.reports.records(head(), YEAR, null, "LICENSING:GRANTED", new Paging(0, 10, "date", false)).items())
			.extracting(AnnualReport.Counted::link)
			.containsExactly("/licensing/applications/" + (applications + 1));

		String page = this.mvc.perform(get("/statistics/annual").param("year", String.valueOf(YEAR)).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"figure-COERCIVE_MEASURE:SEAL\"", "行政强制措施", "准予行政许可", "不予行政许可",
				"figure=LICENSING:GRANTED");

		byte[] xlsx = this.mvc
			.perform(get("/statistics/annual.xlsx").param("year", String.valueOf(YEAR)).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, Double> counts = new HashMap<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheet("年报")) {
				if (row.getCell(1) != null && row.getCell(2) != null
						&& row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					counts.put(row.getCell(1).getStringCellValue(), row.getCell(2).getNumericCellValue());
				}
			}
		}
		assertThat(counts).containsEntry("查封", 2.0)
			.containsEntry("扣押", 1.0)
			.containsEntry("准予行政许可", 1.0)
			.containsEntry("不予行政许可", 1.0);

		byte[] pdf = this.mvc
			.perform(get("/statistics/annual.pdf").param("year", String.valueOf(YEAR)).with(user(head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("查封 2", "扣押 1", "准予行政许可 1", "不予行政许可 1");
		}

		// a rebuild derives the measures again from their records and keeps the licensing
		// facts
		this.facts.rebuild(YEAR);
		assertThat(this.reports.report(head(), YEAR, null).figures()).isEqualTo(report.figures());
	}

}
