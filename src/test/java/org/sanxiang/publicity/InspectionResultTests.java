package org.sanxiang.publicity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.MovableClock;
import org.sanxiang.identity.DemoAccounts;
import org.sanxiang.identity.SanxiangPrincipal;
import org.sanxiang.inspection.InspectionCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Random-inspection results on the portal: due 20 working days after the inspection on
 * the official calendar (across National Day), overdue on the publisher's board, the
 * redacted copy approved (personal data left refused), served escaped on the portal page
 * and as JSON and CSV; an inspection not drawn at random is not published here.
 */
@SpringBootTest(
		properties = { "sanxiang.test.context=publicity-lifecycle", "sanxiang.security.password.max-age=3650d" })
@AutoConfigureMockMvc
@Import({ DemoAccounts.class, PublicationLifecycleTests.Clocks.class })
class InspectionResultTests {

	private static final AtomicLong TASKS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionResults results;

	@Autowired
	MovableClock clock;

	@Autowired
	DemoAccounts demo;

	SanxiangPrincipal publisher;

	@BeforeEach
	void beforeTheNationalDay() {
		this.clock.set("2026-09-29");
		this.publisher = this.demo.principal("demo-publisher");
	}

	private static String creditCode(long task) {
		return "912310" + String.format("%012d", task);
	}

	private InspectionCompleted completed(long task, Long drawId, String party, String creditCode, String result) {
		return new InspectionCompleted(task, this.publisher.agencyId(), "牡环随检〔2026〕" + task + "号", drawId, 7L, party,
				creditCode, "排污许可证执行情况检查", LocalDate.parse("2026-09-29"), false, result,
				Instant.parse("2026-09-29T08:00:00Z"));
	}

	private InspectionResult recorded(InspectionCompleted event) {
		long id = this.results.completed(event).orElseThrow();
		return this.results.get(id, this.publisher.dataScope().agencyIds());
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void aResultOfAnInspectionBeforeTheNationalDayIsDueAfterTheHolidayAndShowsOverdueOnTheBoard() throws Exception {
		long task = TASKS.incrementAndGet();
		InspectionCompleted event = completed(task, 41L, "牡丹江市某化工有限公司", creditCode(task), "排污许可证载明事项执行到位，未发现问题。");
		InspectionResult r = recorded(event);
		// 9-30, (10-1..10-7 off), 10-8, 10-9, 10-10 (调休), 10-12 … 10-30 and 11-2: the
		// 20th
		assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2026-11-02"));
		assertThat(r.status()).isEqualTo(InspectionResult.PENDING);
		// delivered twice: one result; not drawn at random: not published here
		assertThat(this.results.completed(event)).contains(r.id());
		assertThat(this.results.completed(completed(TASKS.incrementAndGet(), null, "某公司", null, "未发现问题"))).isEmpty();

		String marker = "data-inspection-result=\"" + r.id() + "\"";
		this.clock.set("2026-11-02");
		String due = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String row = section(due, "board-inspection-results");
		assertThat(row).contains(marker);
		assertThat(row.substring(row.indexOf(marker))).doesNotContain("已超期未公开");
		this.clock.set("2026-11-03");
		String overdue = this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String late = section(overdue, "board-inspection-results");
		assertThat(late.substring(late.indexOf(marker))).contains("已超期未公开");

		this.results.approve(r.id(), r.version(), r.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
		assertThat(section(this.mvc.perform(get("/publicity/board").with(user(this.publisher)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "board-inspection-results")).doesNotContain(marker);
		assertThatThrownBy(() -> this.results.approve(r.id(), r.version(), r.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds()))
			.hasMessageContaining("已公开");
	}

	@Test
	void personalDataPlantedInTheResultIsRedactedAndAnApprovalLeavingItIsRefused() throws Exception {
		long task = TASKS.incrementAndGet();
		String planted = "现场检查时联系人王建国在场，公民身份号码110101199003074514，电话13912345678；当事人李四光未按规定设置标志牌。";
		InspectionResult r = recorded(completed(task, 42L, "李四光", null, planted));
		assertThat(r.publicParty()).isEqualTo("李某某");
		assertThat(r.proposedText()).doesNotContain("王建国", "110101199003074514", "13912345678", "李四光")
			.contains("王某某", "李某某");

		this.mvc
			.perform(post("/publicity/inspection-results/{id}/approve", r.id()).with(csrf())
				.with(user(this.publisher))
				.param("version", String.valueOf(r.version()))
				.param("text", "当事人李四光未设置标志牌"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("公开文本仍含个人信息（自然人姓名）")));
		this.mvc
			.perform(post("/publicity/inspection-results/{id}/approve", r.id()).with(csrf())
				.with(user(this.publisher))
				.param("version", String.valueOf(r.version()))
				.param("text", r.proposedText()))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc
			.perform(post("/portal/inspection-results").with(csrf()).param("party", "李某某").param("from", "2026-09-29"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("李某某", "未按规定设置标志牌").doesNotContain("李四光", "王建国", "110101199003074514", "13912345678");
		// the full name finds nothing: the public name is what is searched
		assertThat(this.mvc.perform(post("/portal/inspection-results").with(csrf()).param("party", "李四光"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("共 0 条");
		String json = this.mvc.perform(get("/api/v1/public/inspection-results").param("party", "李某某"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("李某某").doesNotContain("李四光", "王建国", "110101199003074514", "13912345678");
	}

	@Test
	void htmlInTheResultIsEscapedOnThePortalPage() throws Exception {
		long task = TASKS.incrementAndGet();
		InspectionResult r = recorded(completed(task, 43L, "某<script>alert('p')</script>有限公司", creditCode(task),
				"<script>alert(1)</script><img src=x onerror=alert(2)>未发现问题"));
		this.results.approve(r.id(), r.version(), r.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
		String page = this.mvc
			.perform(post("/portal/inspection-results").with(csrf()).param("creditCode", creditCode(task)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
			.doesNotContain("<script>alert(1)", "<img src=x", "<script>alert('p')");
	}

	@Test
	void theOpenDataServesJsonAndCsvWithCacheHeadersAndRefusesBadParameters() throws Exception {
		long task = TASKS.incrementAndGet();
		InspectionResult r = recorded(completed(task, 44L, "牡丹江市某热电有限公司", creditCode(task), "=HYPERLINK(\"x\")，未发现问题"));
		this.mvc.perform(get("/api/v1/public/inspection-results").param("creditCode", creditCode(task)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.results.approve(r.id(), r.version(), r.proposedText(), "demo-publisher",
				this.publisher.dataScope().agencyIds());
		this.mvc
			.perform(get("/api/v1/public/inspection-results").param("creditCode", creditCode(task))
				.param("from", "2026-09-29")
				.param("to", "2026-09-29"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(r.publicId()))
			.andExpect(jsonPath("$.items[0].party").value("牡丹江市某热电有限公司"))
			.andExpect(jsonPath("$.items[0].creditCode").value(creditCode(task)))
			.andExpect(jsonPath("$.items[0].inspectedOn").value("2026-09-29"))
			.andExpect(jsonPath("$.items[0].outcome").value("未发现问题"))
			.andExpect(jsonPath("$.items[0].partyName").doesNotExist())
			.andExpect(jsonPath("$.items[0].taskId").doesNotExist());
		this.mvc
			.perform(get("/api/v1/public/inspection-results").param("creditCode", creditCode(task))
				.param("from", "2026-09-30"))
			.andExpect(jsonPath("$.total").value(0));
		String csv = this.mvc
			.perform(get("/api/v1/public/inspection-results.csv").param("creditCode", creditCode(task)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + PublicInspectionResult.CSV_COLUMNS)
			.contains("\"" + r.publicId() + "\"", "\"'=HYPERLINK(\"\"x\"\")，未发现问题\"");

		this.mvc.perform(get("/api/v1/public/inspection-results").param("creditCode", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PUBLIC_SEARCH_PARAMETER"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("统一社会信用代码")));
		this.mvc.perform(get("/api/v1/public/inspection-results").param("from", "2026-13-01"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/public/inspection-results").param("size", "1000"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/portal/inspection-results").with(csrf()).param("to", "昨天"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("截止日期应为")));
		this.mvc.perform(get("/portal/inspection-results"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=60")));
	}

}
