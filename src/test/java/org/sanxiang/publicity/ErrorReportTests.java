package org.sanxiang.publicity;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.casefile.CaseEvent;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public error report (纠错): sent from a published decision's page (CSRF, limited per
 * address, nothing echoed back), it reaches the publisher's to-do list and board — a
 * script in it escaped — where the publisher answers and closes it, audited.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class ErrorReportTests {

	private static final AtomicLong CASES = new AtomicLong(System.nanoTime() % 1_000_000_000L + 700_000_000L);

	private static final AtomicLong ADDRESSES = new AtomicLong();

	@Autowired
	MockMvc mvc;

	@Autowired
	Publications publications;

	@Autowired
	ErrorReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal publisher;

	@BeforeEach
	void setUp() {
		this.clock.set("2026-09-29");
		this.publisher = this.demo.principal("demo-publisher");
	}

	private Publication published(String title) {
		long caseId = CASES.incrementAndGet();
		this.publications.issued(new CaseEvent.DecisionIssued(caseId, this.publisher.agencyId(), title + caseId,
				LocalDate.parse("2026-09-29"), "罚款 50000 元", "0".repeat(64), null, null));
		Publication p = this.publications.ofCase(caseId).get(0);
		return this.publications.approve(p.id(), p.version(), p.proposedTitle(), p.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aReportReachesThePublishersToDoAndBoardEscapedAndIsAnsweredAndClosed() throws Exception {
		Publication p = published("某化工有限公司超标排放案");
		String address = "10.1.0." + ADDRESSES.incrementAndGet();
		this.mvc.perform(get("/portal/decisions/{id}", p.publicId()))
			.andExpect(content().string(containsString("id=\"report-form\"")));
		String script = "<script>alert('x')</script>罚款金额写错了";
		// no CSRF token: refused
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(from(address)).param("content", script))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from(address))
				.param("content", script)
				.param("contact", "13912345678"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已收到您的纠错反馈")))
			.andExpect(content().string(not(containsString("13912345678"))))
			.andExpect(content().string(not(containsString("罚款金额写错了"))));
		ErrorReports.ErrorReport report = this.reports.open(this.publisher.dataScope().agencyIds(), 500)
			.stream()
			.filter((r) -> r.publicationId() == p.id())
			.findFirst()
			.orElseThrow();
		assertThat(report.content()).isEqualTo(script);
		assertThat(report.contact()).isEqualTo("13912345678");

		String workspace = this.mvc.perform(get("/workspace").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(workspace).contains("/publicity/reports/" + report.id());
		String board = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(board).contains("id=\"board-reports\"", "data-report=\"" + report.id() + "\"")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert('x')");
		this.mvc.perform(get("/publicity/reports/{id}", report.id()).with(user(this.publisher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
		this.mvc.perform(get("/publicity/reports/{id}", report.id()).with(user(this.demo.principal("demo-officer"))))
			.andExpect(status().isForbidden());

		// an empty answer is re-shown with the message; then answered and closed, audited
		this.mvc
			.perform(post("/publicity/reports/{id}/close", report.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", String.valueOf(report.version()))
				.param("answer", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写答复")));
		this.mvc
			.perform(post("/publicity/reports/{id}/close", report.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", String.valueOf(report.version()))
				.param("answer", "经核实，罚款金额无误。"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/publicity/reports/" + report.id()));
		assertThat(this.reports.get(report.id(), this.publisher.dataScope().agencyIds()).open()).isFalse();
		assertThat(this.mvc.perform(get("/workspace").with(user(this.publisher)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/publicity/reports/" + report.id());
		assertThat(this.jdbc.sql(
				"select count(*) from audit_record where action = 'PUBLICATION_ERROR_REPORT_CLOSED' and object_id = :id")
			.param("id", String.valueOf(report.id()))
			.query(Long.class)
			.single()).isEqualTo(1L);
		// closing again: 409
		this.mvc
			.perform(post("/publicity/reports/{id}/close", report.id()).with(user(this.publisher))
				.with(csrf())
				.param("version", String.valueOf(report.version() + 1))
				.param("answer", "再次答复"))
			.andExpect(status().isConflict());
	}

	@Test
	void badReportsAreRefusedInChineseWithoutEchoAndTooManyFromOneAddressAre429() throws Exception {
		Publication p = published("某养殖场废水案");
		String address = "10.2.0." + ADDRESSES.incrementAndGet();
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from(address))
				.param("content", " ")
				.param("contact", "13812345678"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请写明公示内容哪里有误")))
			.andExpect(content().string(not(containsString("13812345678"))));
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from(address))
				.param("content", "错".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("纠错内容不能超过 1000 字")));
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from(address))
				.param("content", "有误")
				.param("contact", "长".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("联系方式不能超过 100 字")));
		this.mvc
			.perform(post("/portal/decisions/{id}/report", "0".repeat(24)).with(csrf())
				.with(from(address))
				.param("content", "有误"))
			.andExpect(status().isNotFound());
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
					.with(from(address))
					.param("content", "第" + i + "处有误"))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from(address))
				.param("content", "又一处有误"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("提交过于频繁")));
		// another address is still heard
		this.mvc
			.perform(post("/portal/decisions/{id}/report", p.publicId()).with(csrf())
				.with(from("10.3.0." + ADDRESSES.incrementAndGet()))
				.param("content", "有误"))
			.andExpect(status().isOk());
	}

}
