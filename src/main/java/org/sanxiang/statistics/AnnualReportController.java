package org.sanxiang.statistics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.sanxiang.core.Paging;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政执法统计年报: the page with its charts, the records behind each figure, the workbook, the
 * PDF, the figures as JSON, and the rebuild of a year from the records. A bad year or
 * agency is explained on the page, and answered 400 elsewhere.
 */
@Controller
class AnnualReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReports reports;

	private final AnnualReportPdf pdf;

	private final StatisticFacts facts;

	private final AnnualReportSeals seals;

	private final org.sanxiang.core.BusinessTime time;

	private final org.springframework.context.MessageSource messages;

	AnnualReportController(AnnualReports reports, AnnualReportPdf pdf, StatisticFacts facts, AnnualReportSeals seals,
			org.sanxiang.core.BusinessTime time, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.pdf = pdf;
		this.facts = facts;
		this.seals = seals;
		this.time = time;
	}

	@GetMapping("/statistics/annual")
	String page(@AuthenticationPrincipal SanxiangPrincipal reader, @RequestParam(required = false) String year,
			@RequestParam(required = false) String agency, Model model, java.util.Locale locale) {
		model.addAttribute("agencies", this.reports.agenciesOf(reader));
		model.addAttribute("year", year);
		model.addAttribute("agency", agency);
		try {
			AnnualReport report = this.reports.report(reader, ReportParameters.year(year),
					ReportParameters.agency(agency));
			model.addAttribute("report", report);
			model.addAttribute("chart",
					AnnualReportCharts.json(report,
							(line) -> this.messages.getMessage(line.messageKey(), null, line.label(), locale),
							(group) -> this.messages.getMessage(Figure.groupMessageKey(group), null, group, locale)));
			this.seals.check(reader, report.year(), report.agencyId()).ifPresent((check) -> {
				model.addAttribute("seal", check);
				model.addAttribute("sealedAt", this.time.format(check.seal().sealedAt()));
			});
			model.addAttribute("yearOver", report.year() < this.time.today().getYear());
		}
		catch (RuleViolation ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorCode", ex.code());
		}
		return "statistics/annual";
	}

	@GetMapping("/statistics/annual/records")
	String records(@AuthenticationPrincipal SanxiangPrincipal reader, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String figure,
			Paging.Params paging, Model model) {
		Paging page = Paging.of(paging, "date", false, java.util.Map.of("date", "日期"));
		model.addAttribute("records", this.reports.records(reader, year, agency, figure, page));
		model.addAttribute("report", this.reports.report(reader, year, agency));
		model.addAttribute("figure", Figure.byKey(figure.strip()).orElseThrow());
		return "statistics/records";
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "行政执法统计年报（annual enforcement statistics）",
			description = "某年某执法机关（含其下级）的年报数字：各类执法行为件数、处罚种类、罚款合计、听证、法制审核、复议诉讼结果及公示及时率；" + "须登录，仅限数据范围内的机关。")
	@GetMapping("/api/v1/statistics/annual")
	@ResponseBody
	AnnualReport api(@AuthenticationPrincipal SanxiangPrincipal reader,
			@io.swagger.v3.oas.annotations.Parameter(description = "年度（year），默认上一年") @RequestParam(
					required = false) Integer year,
			@io.swagger.v3.oas.annotations.Parameter(description = "执法机关编号（agency id），默认本人所在机关") @RequestParam(
					required = false) Long agency) {
		return this.reports.report(reader, year, agency);
	}

	@GetMapping("/statistics/annual.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SanxiangPrincipal reader,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agency) {
		AnnualReport report = this.reports.report(reader, year, agency);
		return file(AnnualReportXlsx.write(report), XLSX, report, "xlsx");
	}

	@GetMapping("/statistics/annual.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SanxiangPrincipal reader,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agency) {
		AnnualReport report = this.reports.report(reader, year, agency);
		return file(this.pdf.render(report), MediaType.APPLICATION_PDF, report, "pdf");
	}

	@PostMapping("/statistics/annual/rebuild")
	String rebuild(@AuthenticationPrincipal SanxiangPrincipal reader, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long agency, RedirectAttributes redirect) {
		AnnualReport report = this.reports.report(reader, year, agency);
		int records = this.facts.rebuild(report.year());
		redirect.addFlashAttribute("rebuilt", records);
		return "redirect:/statistics/annual?year=" + report.year() + "&agency=" + report.agencyId();
	}

	/**
	 * Publishes (finalises) the report of a year: first the confirm page, then,
	 * confirmed, its statement sealed into the ledger. A refusal is explained on the
	 * report page.
	 */
	@PostMapping("/statistics/annual/publish")
	String publish(@AuthenticationPrincipal SanxiangPrincipal head, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String confirmed, Model model,
			RedirectAttributes redirect) {
		AnnualReport report = this.reports.report(head, year, agency);
		String back = "redirect:/statistics/annual?year=" + report.year() + "&agency=" + report.agencyId();
		if (!"true".equals(confirmed)) {
			model.addAttribute("report", report);
			return "statistics/publish-confirm";
		}
		try {
			AnnualReportSeals.Seal seal = this.seals.publish(head, report.year(), report.agencyId());
			redirect.addFlashAttribute("published", seal.version());
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("publishError", ex.getMessage());
			redirect.addFlashAttribute("publishErrorCode", ex.code());
		}
		return back;
	}

	/**
	 * The exact statement of a published version, whose SHA-256 and SM3 the ledger holds:
	 * anyone with it can check the digests or upload it on the portal's 核验 page.
	 */
	@GetMapping("/statistics/annual/sealed.txt")
	ResponseEntity<byte[]> sealed(@AuthenticationPrincipal SanxiangPrincipal reader,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Integer version) {
		AnnualReportSeals.Seal seal = this.seals.sealed(reader, year, agency, version);
		String name = seal.year() + "-" + seal.agencyId() + "-v" + seal.version() + "-annual-report.txt";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(AnnualReportStatement.bytes(seal.statement()));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, AnnualReport report, String extension) {
		String name = report.agencyName() + report.year() + "年度行政执法统计年报." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
